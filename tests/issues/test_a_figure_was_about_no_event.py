"""Figures were about no event: "two people were injured in the shooting" gave an Injured claim
with no kg:about although the shooting is an event of the same clause (the fourth hand audit of
issue 14: none of 7 claims had its event). A claim is now about the event of its clause whose kind
can have the people it counts (an incident first: "the shooting", "the crash"; else its own verb:
"were arrested"), else the one such event of its sentence; an event of another kind is none."""

import json

import pytest

from attribution_helpers import extraction
from kg.pipeline.build import build


def about(nlp, text):
    found, _ = extraction(nlp, text)
    events = {e.key: e for e in found.events}
    return [(c.measure, int(c.value), events[c.event].type if c.event in events else None,
             events[c.event].trigger.text if c.event in events else None) for c in found.claims]


@pytest.mark.parametrize("text, expected", [
    ("Two people were injured in the shooting on Elm Street.", ("Injured", 2, "Shooting", "shooting")),
    ("The crash killed three people on Route 9.", ("Killed", 3, "Accident", "crash")),
    ("A shooting that left two people dead shocked the town.", ("Killed", 2, "Shooting", "shooting")),
    ("Three men were arrested after the robbery.", ("Detained", 3, "Arrest", "arrested")),
    ("Police said three people were killed when a gunman opened fire at a bar.",
     ("Killed", 3, "Attack", "opened fire")),
], ids=["in the shooting", "the crash killed", "a shooting that left", "own verb", "when clause"])
def test_a_figure_is_about_the_event_of_its_clause(nlp, text, expected):
    assert about(nlp, text) == [expected]


def test_an_event_of_another_kind_is_not_what_a_figure_counts(nlp):
    # A meeting is no happening protesters are counted at: about no event rather than a wrong one.
    assert about(nlp, "The governor met 300 protesters in the capital on Monday.") == [("Participants", 300, None, None)]


def test_the_claim_node_is_about_the_shooting(tmp_path):
    article = {"id": "a", "title": "Two hurt in Millbrook shooting", "date": "2021-03-06",
               "text": "A gunman opened fire outside a bar in Millbrook on Saturday, police said. "
                       "Two people were injured in the shooting, Police Chief Dana Reyes said."}
    path = tmp_path / "news.jsonl"
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    resolved = build([path]).resolved
    events = {e.key: e for e in resolved.events}
    injured = next(c for c in resolved.claims if c.measure == "Injured")
    assert injured.event in events
    assert events[injured.event].type in ("Shooting", "Attack")
