"""An article that described one person by a noun of neither sex nor age ("A 36-year-old
climber") and then wrote "The man" left "the man" no one (or a second person): only nouns
listed as alike ("a boy … the teen") joined. A grown person's noun ("man", "woman") in a later
sentence is that one person when the first description gives no other sex and no age under 18;
in the same sentence ("A judge sentenced the man who …") it is another participant
(kg/resolve/described_people.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from described_people_helpers import resolved  # noqa: E402


def described(nlp, text):
    found, _ = resolved(nlp, text)
    return [[e.span.text for e in actor.evidence] for actor in found.actors if actor.described]


def test_the_man_after_a_described_climber_is_the_climber(nlp):
    text = ("A 36-year-old climber is dead after falling about 150 metres on Mount Harrow. "
            "The man, from Elmford, fell near the glacier.")
    people = described(nlp, text)
    assert ["A 36-year-old climber", "The man"] in people


def test_the_man_after_a_described_boy_is_not_the_boy(nlp):
    text = "A 12-year-old hiker fell on Mount Harrow on Sunday. The man who found him called the rescue team."
    people = described(nlp, text)
    assert not any("The man" in p and "A 12-year-old hiker" in p for p in people)


def test_the_man_in_the_sentence_of_a_described_judge_is_another_participant(nlp):
    text = "A judge on Saturday sentenced the man who killed four people to life in prison."
    people = described(nlp, text)
    assert not any("A judge" in p and "the man" in p for p in people)
