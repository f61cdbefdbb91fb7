"""Words matched to a place of another country by an alternate name: "Augusta" (a US town)
became Augsburg (Germany) by one of Augsburg's Latin names, and "Lion" (a product NER read as a
person) took France from one of Lyon's exonyms (the fresh hand audit of issue 14,
docs/audits/attribution-dev-fresh.md). GeoNames lists the exonyms of every language in the Latin
script: a place's own name now beats another country's place's alternate name (a big city keeps
its exonyms), and an alternate name counts only where NER reads the words as a place."""

from kg.extract.actors import ActorExtractor
from kg.knowledge.gazetteer import Gazetteer
from kg.model import Article


def found(nlp, text):
    return {m.name: (m.kind, m.country) for m in ActorExtractor()(nlp(text), Article("a.txt", text))
            if not (m.pronoun or m.nominal)}


def test_a_town_s_own_name_beats_another_country_s_city_s_latin_name():
    gaz = Gazetteer.load()
    assert {p.country for p in gaz.places("Augusta")} == {"USA", "ITA"}
    assert gaz.place("Augsburg").country == "DEU"


def test_a_big_city_keeps_its_english_exonym():
    assert Gazetteer.load().place("Calcutta").name == "Kolkata"


def test_a_town_named_in_a_crime_report_keeps_its_own_country(nlp):
    assert found(nlp, "A toddler was shot in Augusta on Sunday, the sheriff said.")["Augusta"][1] == "USA"


def test_an_exonym_lends_no_country_to_a_name_ner_reads_as_a_person(nlp):
    # The audit's product, "Lion, the new version of its Mac operating system", is now no actor at
    # all (a thing in apposition, kg/data/name_kinds.yaml); the same word read as a person:
    names = found(nlp, "Apple showed Lion on Monday.")
    assert names["Lion"] == ("Person", None)
