"""A shopping centre, a mall or a restaurant where something happened ("Police closed the
entire Elmford Marketplace", "met in the parking lot of the Harbor Grill") was typed an
Organization: a name ending in a venue's word (``places`` of kg/data/name_kinds.yaml) is a
place unless it acts."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PLACE, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_a_shopping_centre_closed_by_the_police_is_a_place(nlp):
    assert kinds(nlp, "Police closed the entire Elmford Marketplace after the fight.").get("Elmford Marketplace") \
        == PLACE


def test_a_mall_that_speaks_is_an_organisation(nlp):
    found = kinds(nlp, "The Corvale Mall said in a statement that it would reopen on Monday.")
    assert found.get("Corvale Mall") == ORGANIZATION
