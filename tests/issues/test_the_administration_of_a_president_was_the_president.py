"""A person's name modifying "administration" ("the Hale administration said …") was a mention of
the person, so what the administration did and said went to the president, and ECB+'s "Bush
administration" was joined to Bush himself. A person's name right before a noun of a body
formed around them (kg/data/person_bodies.yaml) names that body, an organisation, and so does any
name but a country's before "administration" (the tagger reads some surnames as places); the place
in "the Ostrava team" stays a place."""

from kg.extract import Extractor
from kg.model import Article, ORGANIZATION, PERSON, PLACE


def _entities(nlp, text):
    return Extractor()(Article("a.txt", text, masked=text), nlp(text)).entities


def test_the_hale_administration_is_an_organisation_not_the_president(nlp):
    text = ("President Tom Hale signed the bill on Monday. The Hale administration said the law "
            "would take effect in May.")
    entities = _entities(nlp, text)
    bodies = [m for m in entities if m.span.text == "Hale administration"]
    assert len(bodies) == 1 and bodies[0].kind == ORGANIZATION and bodies[0].name == "Hale administration"
    assert [m.kind for m in entities if m.span.text == "Tom Hale"] == [PERSON]


def test_a_place_s_team_keeps_the_place(nlp):
    text = "Fans cheered the Ostrava team on Monday when the bridge reopened."
    entities = _entities(nlp, text)
    assert not [m for m in entities if "team" in m.span.text]
    assert [m.kind for m in entities if m.span.text == "Ostrava"] == [PLACE]


def test_any_name_but_a_country_s_before_administration_is_the_body(nlp):
    text = "The Ostrava administration said on Monday that the bridge would reopen."
    entities = _entities(nlp, text)
    assert [(m.name, m.kind) for m in entities if "Ostrava" in m.span.text] == [("Ostrava administration",
                                                                                 ORGANIZATION)]
