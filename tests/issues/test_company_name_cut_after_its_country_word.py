"""A company named after a country lost the country word: "Singapore Airlines" became an
organisation called "Airlines", "Thai Airways International" one called "Airways International"."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, Article


def mentions(nlp, text):
    return {m.name: m for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.pronoun}


def test_a_company_keeps_the_country_word_of_its_name(nlp):
    found = mentions(nlp, "Singapore will remain the first stop, where Singapore Airlines will display the aircraft.")
    airline = found["Singapore Airlines"]
    assert (airline.kind, airline.country) == (ORGANIZATION, "SGP")
    assert "Airlines" not in found


def test_a_state_body_is_still_named_without_its_country(nlp):
    found = mentions(nlp, "The Russian Defense Ministry said the drills had ended.")
    assert found["Defense Ministry"].country == "RUS"
