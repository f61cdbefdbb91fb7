"""A company whose name ends in a product noun or a company word ("Douglas Aircraft"-like
names: a given name or a town's name, then "Aircraft", "Airways", "Motors") was typed as the
person or the place the tagger read, and its first word alone ("Kestrel built…") became the
gazetteer's place or capital of that name (or the company's label). A capitalised company
word ending a name is a company's name (``name_ends`` in ``kg/data/name_kinds.yaml``)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from attribution_helpers import extraction  # noqa: E402
from described_people_helpers import resolved  # noqa: E402

from kg.model import COUNTRY, ORGANIZATION, PLACE  # noqa: E402


def kinds(nlp, text):
    found, _ = extraction(nlp, text)
    return {m.name: m.kind for m in found.entities if not (m.pronoun or m.nominal)}


def test_a_given_name_then_aircraft_is_a_company(nlp):
    assert kinds(nlp, "The jet was first built by Douglas Aircraft in Long Beach.")["Douglas Aircraft"] == ORGANIZATION


def test_the_first_word_of_the_company_alone_is_the_company_not_a_capital(nlp):
    text = ("The jet was first built by Douglas Aircraft in Long Beach. "
            "Douglas built 976 of the jets before the merger. "
            "The Douglas DC-9 was a workhorse for decades, said Dana Whitcombe, a pilot.")
    found, _ = resolved(nlp, text)
    kinds_by_label = {actor.label: actor.kind for actor in found.actors}
    assert COUNTRY not in kinds_by_label.values()
    douglas = [(a.label, a.kind, a.country) for a in found.actors if a.label.startswith("Douglas")]
    # one company, named in full, with no country of a town that shares its first word
    assert douglas == [("Douglas Aircraft", ORGANIZATION, None)]


def test_an_airline_stays_one_organisation(nlp):
    found, _ = resolved(nlp, "Boeing delivered the last 717 to AirTran Airways on Monday. AirTran flew it.")
    assert {(a.label, a.kind) for a in found.actors} == {("Boeing", ORGANIZATION), ("AirTran Airways", ORGANIZATION)}


def test_a_product_of_a_company_framed_as_a_thing_is_still_no_actor(nlp):
    assert "Zorb Aircraft" not in kinds(nlp, "Kestrel unveiled its new Zorb Aircraft on Monday.")


def test_a_place_named_before_a_company_elsewhere_stays_a_place(nlp):
    found = kinds(nlp, "The Berlin Aircraft plant closed. Workers flew to Berlin on Monday.")
    assert found["Berlin"] == PLACE
