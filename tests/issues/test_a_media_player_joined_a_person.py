"""A device joined a person: after "the Quillpod, a portable media player", "the player" was a
description of a person (a role noun of person_roles.yaml) and joined the named person of the
article. In an article that uses a noun of ``things.also_people`` of a device (one of
``things.devices`` before it: "media player", "MP3 player"), the noun alone is that device, no
person; a sports article's "the player" still describes one. Invented names."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.actors import Resolver


def evidence_of(nlp, text, label):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    actors, _ = Resolver().resolve_actors([extraction])
    actor = next(a for a in actors if a.label == label)
    return [text[e.span.start:e.span.end] for e in actor.evidence]


def test_the_player_after_a_media_player_is_the_device(nlp):
    found = evidence_of(nlp, "Mark Tessel unveiled the Quillpod, a portable media player, on Monday. "
                             "The player holds 1,000 songs. Tessel said the player would sell well.", "Mark Tessel")
    assert "player" not in found


def test_the_player_in_a_sports_story_is_still_a_person(nlp):
    found = evidence_of(nlp, "Mark Tessel scored twice on Monday. The player said he was happy.", "Mark Tessel")
    assert "player" in found
