"""A shop named after its owner with a possessive ("Brell's", "Harlan's Furniture") was cut at
the apostrophe and typed a person (the tagger reads the owner's name), or took the next word
into its name ("Harlan's Furniture to"). The shop's name holds the possessive; it is a place
where something happens there and an organisation where it acts."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PERSON, PLACE, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_a_shop_alone_and_a_shop_of_a_trade_are_places_where_things_happen(nlp):
    found = kinds(nlp, "Stores from Harlan's Furniture to Brell's were closed after the shooting in Elmford.")
    assert found.get("Harlan's Furniture") == PLACE
    assert found.get("Brell's") == PLACE
    assert "Harlan" not in found and "Brell" not in found


def test_a_shop_that_speaks_is_an_organisation(nlp):
    found = kinds(nlp, "Shots rang out at Harlan's Grill on Main Street, and Harlan's said it was cooperating.")
    assert found.get("Harlan's Grill") == PLACE
    assert found.get("Harlan's") == ORGANIZATION


def test_what_a_person_owns_is_no_shop(nlp):
    found = kinds(nlp, "Dana Brell's lawyer said the car was Brell's. Tom Vickery's car was found.")
    assert found.get("Dana Brell") == PERSON
    assert found.get("Tom Vickery") == PERSON
    assert not any("'s" in name for name in found)


def test_a_possessive_alone_after_of_is_a_person_s(nlp):
    found = kinds(nlp, "Lois Brell, a friend of Dana Vole's, said Dana Vole was kind.")
    assert not any("'s" in name for name in found)


def test_a_store_listed_with_a_shop_is_a_place_too(nlp):
    found = kinds(nlp, "Stores between Vickery's and Best Value were closed.")
    assert found.get("Vickery's") == PLACE
    assert found.get("Best Value") == PLACE
