"""Places typed Organization: "the Elmwick Recreational Center" and "Holy Rood Church", where
people walked and drove to, were organisations. A name ending in a house of worship's or a
centre's word is a place unless it acts ("the church said")."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PLACE, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text))}


def test_a_church_and_a_center_gone_to_are_places(nlp):
    found = kinds(nlp, "Dana Voss was walking near the Elmwick Recreational Center before heading to "
                       "Holy Rood Church.")
    assert found["Elmwick Recreational Center"] == PLACE
    assert found["Holy Rood Church"] == PLACE


def test_a_center_that_acts_stays_an_organisation(nlp):
    found = kinds(nlp, "The Harwell Policy Center said on Monday that taxes would rise.")
    assert found["Harwell Policy Center"] == ORGANIZATION
