"""An officer's title after his force's name ("Elmford PD Sgt. Tom Brell") gave an
Organization 'Elmford PD Sgt': a title's dotted abbreviation (titles.yaml) before a name is
no part of the employer's name, which stays ('Elmford PD')."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_the_force_keeps_its_name_without_the_title(nlp):
    found = names(nlp, "Elmford PD Sgt. Tom Brell said the fight started inside.")
    assert "Tom Brell" in found
    assert "Elmford PD" in found
    assert not any("Sgt" in name for name in found)


def test_a_title_alone_before_a_name_is_no_actor(nlp):
    found = names(nlp, "Detective Cpl. Ann Lark said the girl was shot in the hand.")
    assert "Ann Lark" in found
    assert not any("Cpl" in name for name in found)
