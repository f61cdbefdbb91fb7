"""A company's description beside its name was no mention of it on dev news ("Irish low cost
airline Norvair", "Kestrel, Europe's biggest aircraft manufacturer,"): MEANTIME marks them as
mentions of the company, and the graph kept them only as a source of its country. A noun phrase
headed by a noun of a kind of organisation (kg/data/name_kinds.yaml) right before an
organisation's name, with words of its own, or in apposition to it, is now a mention of that
organisation (kg.extract.org_pronouns). A bare "airline Norvair" is none. Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article


def described(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    by_key = {m.key: m for m in extraction.entities}
    return {(m.name, by_key[m.refers_to].name) for m in extraction.entities
            if m.kind == ORGANIZATION and m.key.startswith("n") and m.refers_to in by_key}


def test_a_description_before_the_name_is_the_companys(nlp):
    found = described(nlp, "Irish low cost airline Norvair has ordered ten jets.")
    assert found == {("Irish low cost airline", "Norvair")}


def test_a_description_in_apposition_is_the_companys(nlp):
    found = described(nlp, "Kestrel Dynamics, Europe's biggest aircraft manufacturer, has announced job cuts.")
    assert found == {("Europe's biggest aircraft manufacturer", "Kestrel Dynamics")}
