"""A round-up of a city's shootings told its next incident "In a separate incident, a woman was
shot ... on Sunday"; the verb joined the node of the shootings told before it, which the text
gives no day, and that node took Sunday, the separate incident's day (issue 15 item 4, the
"dates of other happenings" class; written as invented articles). A verb told "in a separate
incident" / "in another attack" is set apart from the happening told before it, like the noun
"another shooting": it starts its own node, and the first shootings stay undated."""

import json

import pytest

from kg.pipeline.build import build

from event_dates import _events


def shootings(tmp_path, text: str) -> list[tuple[int, str | None]]:
    """Each Shooting node of one article dated 2019-11-05: (the offset of its first mention, its date)."""
    path = tmp_path / "news.jsonl"
    article = {"id": "a", "title": "Brookvale news", "date": "2019-11-05", "text": text}
    path.write_text(json.dumps(article) + "\n", encoding="utf-8")
    events = build([path]).resolved.events
    return sorted((min(e.span.start for e in event.evidence), event.date and event.date.isoformat())
                  for event in events if event.type == "Shooting")


def test_a_separate_incident_keeps_its_day_to_itself(tmp_path):
    text = ("Three people were shot in Brookvale overnight, police said. The victims were taken to a hospital. "
            "In a separate incident, a woman was shot in the arm on Sunday morning. Nobody has been arrested.")
    assert shootings(tmp_path, text) == [(text.index("shot in Brookvale"), None),
                                         (text.index("shot in the arm"), "2019-11-03")]


def test_the_same_shooting_told_again_still_takes_its_day(tmp_path):
    text = ("Three people were shot in Brookvale overnight, police said. The victims were taken to a hospital. "
            "In that incident, a woman was shot in the arm on Sunday morning. Nobody has been arrested.")
    assert shootings(tmp_path, text) == [(text.index("shot in Brookvale"), "2019-11-03")]


@pytest.mark.parametrize("text, distinct", [
    ("In a separate incident, a woman was shot in the arm.", True),
    ("Two more men were shot in another attack on Elm Lane.", True),
    ("A woman was shot in the arm during the robbery.", False),
    ("A woman was shot in the arm in the parking lot.", False),
])
def test_the_clause_says_the_verb_is_another_happening(nlp, text, distinct):
    (shot,) = [e for e in _events(nlp, text, None) if e.trigger.text == "shot"]
    assert shot.distinct is distinct
