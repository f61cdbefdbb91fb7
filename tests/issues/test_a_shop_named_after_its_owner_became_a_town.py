"""A shop named with its owner's possessive ("between Harlow's and Best Value") took the label
and the country of a town spelt like the owner's name (the gazetteer reads names without their
possessive): a place whose name has a possessive is the gazetteer's only when the gazetteer's
name has one too ("St. John's")."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.actors import Resolver


def actors(nlp, text):
    found, _ = Resolver().resolve_actors([Extractor()(Article("a.txt", text), nlp(text))])
    return {a.label: a.country for a in found}


def test_a_shop_keeps_its_name_and_no_town_s_country(nlp):
    found = actors(nlp, "Stores between Harlow's and Best Value were closed.")
    assert "Harlow's" in found and found["Harlow's"] is None
    assert "Harlow" not in found


def test_a_town_whose_name_has_a_possessive_is_the_town(nlp):
    assert actors(nlp, "He flew to St. John's on Monday.").get("St. John's") == "CAN"
