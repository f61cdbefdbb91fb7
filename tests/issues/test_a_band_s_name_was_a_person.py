"""A band's name was a person: the tagger reads "the Vantorels' record company" as a PERSON,
and the extractor kept it, though no one person's name takes "the" and a plural (MEANTIME dev
had five such Person mentions of a band, which it marks as an organisation). "the" before a
one-word name ending in "s" now votes Organization."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PERSON, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_the_plural_name_of_a_band_is_an_organisation(nlp):
    assert kinds(nlp, "The dispute with the Vantorels' record company, Kestrel Corps, ended.")["Vantorels"] \
        == ORGANIZATION
    assert kinds(nlp, "Fans of the Dravens said the band would tour in Elmford next year.")["Dravens"] == ORGANIZATION


def test_a_surname_ending_in_s_without_the_stays_a_person(nlp):
    found = kinds(nlp, "Steve Vole left the company. Vole said the plan had failed, and Dana Williams agreed.")
    assert found["Dana Williams"] == PERSON
