"""A surname written with a space after its apostrophe was cut in two: "Ryanair CEO, Michael
O' Leary," gave a person "Michael O" and a place "Leary", so the CEO described in apposition
was tied to no one (and resolution gave the title to another article's chief executive)."""

from kg.extract.actors import ActorExtractor
from kg.model import PERSON, Article


def test_the_surname_is_joined_back_and_the_title_in_apposition_is_that_person(nlp):
    text = "Ryanair CEO, Michael O' Leary, justified his choice of plane on Monday."
    found = ActorExtractor()(nlp(text), Article("a.txt", text))
    by_name = {m.name: m for m in found}
    person = by_name["Michael O' Leary"]
    assert person.kind == PERSON
    assert "Leary" not in by_name
    assert by_name["CEO"].refers_to == person.key
