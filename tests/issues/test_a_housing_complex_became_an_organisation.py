"""'Linden Terrace' was an organisation on dev news, though the text says "the Linden Terrace
housing complex": a place where people live. A name that qualifies one of the place's
``possessed`` nouns of kg/data/name_kinds.yaml ("housing complex", "apartments", "neighborhood")
is voted a place; after a possessive ("Jane Doe's apartments") it is no frame. Invented names."""

from kg.extract import Extractor
from kg.model import PERSON, PLACE, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_housing_complex_is_a_place(nlp):
    found = kinds(nlp, "The shooting happened in an apartment in the Elmview Terrace housing complex, police said.")
    assert found.get("Elmview Terrace") == PLACE


def test_a_persons_apartments_leave_the_person_a_person(nlp):
    found = kinds(nlp, "Police searched Dana Whitcombe's apartments on Monday, Dana Whitcombe said.")
    assert found.get("Dana Whitcombe") == PERSON
