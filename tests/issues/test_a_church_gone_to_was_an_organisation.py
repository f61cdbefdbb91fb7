"""A place typed Organization: "Holy Rood Church", where someone drove to, was an organisation.
A name ending in a house of worship's word is a place unless it acts ("the church said")."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PLACE, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text))}


def test_a_church_gone_to_is_a_place(nlp):
    found = kinds(nlp, "Dana Voss stopped to pick up a friend before heading to Holy Rood Church.")
    assert found["Holy Rood Church"] == PLACE


def test_a_church_that_speaks_stays_an_organisation(nlp):
    found = kinds(nlp, "The Harwell Baptist Church said on Monday that it would close its school.")
    assert found["Harwell Baptist Church"] == ORGANIZATION
