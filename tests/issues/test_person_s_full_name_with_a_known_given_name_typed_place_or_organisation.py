"""A person's full name was a place: in "Among the injured were Kenneth Vaile, 23, and Latisha
Brume" the tagger read "Kenneth Vaile" as a place, and the one vote made the victim a Place. A
known given name (the ``nicknames`` list) before one or two capitalised words that end no
institution's, place's or thing's name now votes Person, more than the tagger's one vote."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, PERSON, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_listed_victim_with_a_given_name_is_a_person(nlp):
    text = "Among the injured were Kenneth Vaile, 23, and Latisha Brume."
    assert kinds(nlp, text)["Kenneth Vaile"] == PERSON


def test_an_institution_named_after_a_person_stays_an_organisation(nlp):
    text = "The Kevin Osgood Foundation said it would pay for the funeral."
    assert kinds(nlp, text)["Kevin Osgood Foundation"] == ORGANIZATION
