"""A quote a described person wrote on social media got no speaker, or the network for one:
in "A family friend posted on Facebook: “…”" the parse read "posted" as a participle after
the noun ("a friend [who was] posted") and gave the verb no subject; in "posted a message on
Facebook saying, “…”" it made the network the subject of "saying"."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from described_people_helpers import resolved  # noqa: E402

SHOT = "A 16-year-old boy was shot on Saturday in Tarnby. "


def speakers(nlp, text):
    found, labels = resolved(nlp, text)
    return [labels.get(quote.speaker) for quote in found.quotes]


def test_posted_on_a_network_before_a_colon(nlp):
    text = SHOT + "A family friend posted on Facebook: “He was the sweetest kid. We will miss him.”"
    assert speakers(nlp, text) == ["a family friend"]


def test_posted_a_message_saying(nlp):
    text = SHOT + 'A family friend posted a message on Facebook saying, "He was the sweetest kid."'
    assert speakers(nlp, text) == ["a family friend"]


def test_wrote_and_tweeted_keep_their_speaker(nlp):
    assert speakers(nlp, SHOT + 'A family friend wrote on Facebook: "He was the sweetest kid."') == ["a family friend"]
    assert speakers(nlp, SHOT + 'His aunt tweeted: "Pray for my nephew, he is fighting for his life."') == ["his aunt"]


def test_a_photo_posted_online_says_nothing(nlp):
    text = SHOT + "A photo posted on Facebook: “He was the sweetest kid,” the caption read."
    assert "a photo" not in speakers(nlp, text)
