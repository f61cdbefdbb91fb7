"""An office or a force named before a noun of its members ("Varden County Sheriff's deputies
arrested…") was typed a Place, as the tagger reads the county in it: an office's or a force's
name right before its members' noun (``members`` of kg/data/name_kinds.yaml) is the
organisation they act for."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_the_sheriff_whose_deputies_arrest_is_an_organisation(nlp):
    found = kinds(nlp, "Varden County Sheriff's deputies arrested the man on Friday.")
    assert found.get("Varden County Sheriff") == ORGANIZATION

