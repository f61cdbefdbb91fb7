"""A song named as what "the song" was ("The song they bought was Le Vortex by Plume") became a
Place actor, and a band a Person: a name that is the attribute of "be" after a thing noun is
that thing, no actor; a name with "a band" in apposition is an organisation
(kg/data/name_kinds.yaml: things, organization apposition)."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_what_the_song_was_is_no_actor(nlp):
    found = kinds(nlp, "The song purchased was Le Vortex by Plume.")
    assert not any("Vortex" in name for name in found)


def test_a_band_in_apposition_is_an_organisation(nlp):
    assert kinds(nlp, "The song was written by Plume, a band from Elmford, in 1978.").get("Plume") == ORGANIZATION


def test_what_a_winner_was_is_still_a_person(nlp):
    assert "Dana Vole" in kinds(nlp, "The winner was Dana Vole, a teacher from Elmford.")
