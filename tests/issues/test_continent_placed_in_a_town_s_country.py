"""A continent took the country of a town that shares its name: "a tour of Asia" gave a place
Asia in the Philippines (Asia is also a Philippine town in the places gazetteer)."""

from kg.extract.actors import ActorExtractor
from kg.model import PLACE, Article


def test_a_continent_is_a_place_in_no_country(nlp):
    text = "The new airliner left France on a tour of Asia and Australia."
    found = {m.name: m for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert found["Asia"].kind == PLACE
    assert found["Asia"].country is None
    assert found["France"].country == "FRA"  # a country is still a country
