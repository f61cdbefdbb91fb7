"""An article on a party shooting also told of "another shooting" in the same city four hours
earlier; the second one joined the party shooting's node, because a mention with only a class
and a city joins its story's node of that class and city. A mention the text sets apart from
its like ("another shooting", "a separate shooting", "that shooting happened four hours
earlier") joins a node only through a shared participant."""

import pytest

from kg.model import PLACE, PERSON, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

from event_dates import _events

CITY, GUEST = "place/rivertown", "person/guest-lee"
ACTORS = [Actor(key=CITY, label="Rivertown", kind=PLACE), Actor(key=GUEST, label="Lee", kind=PERSON)]
TEXT = "Lee was shot at a party in Rivertown. Police also investigate another shooting in Rivertown."


def mention(key: str, start: int, end: int, **roles) -> EventMention:
    stop = TEXT.index(".") + 1
    sentence = (0, stop) if start < stop else (stop + 1, len(TEXT))
    return EventMention(key, "Shooting", Span(start, end, TEXT[start:end]),
                        Span(*sentence, TEXT[sentence[0]:sentence[1]]), **roles)


def test_another_shooting_in_the_same_city_is_another_node():
    party = mention("v1", 8, 12, targets=["e1"], places=["e2"])
    other = mention("v2", 59, 67, places=["e3"], distinct=True)
    extraction = ArticleExtraction(Article("a", TEXT), events=[party, other])
    actor_of = {("a", "e1"): GUEST, ("a", "e2"): CITY, ("a", "e3"): CITY}
    events, _ = merge_events([extraction], actor_of, ACTORS, story_of={"a": 0})
    assert sorted(len(event.evidence) for event in events) == [1, 1]


def test_the_same_shooting_named_again_in_the_city_joins():
    party = mention("v1", 8, 12, targets=["e1"], places=["e2"])
    again = mention("v2", 59, 67, places=["e3"])
    extraction = ArticleExtraction(Article("a", TEXT), events=[party, again])
    actor_of = {("a", "e1"): GUEST, ("a", "e2"): CITY, ("a", "e3"): CITY}
    events, _ = merge_events([extraction], actor_of, ACTORS, story_of={"a": 0})
    assert [len(event.evidence) for event in events] == [2]


@pytest.mark.parametrize("text, distinct", [
    ("A separate shooting left a man dead.", True),
    ("Police also investigate another shooting in the city.", True),
    ("That shooting happened four hours earlier across town.", True),
    ("The shooting left a man dead.", False),
    ("That shooting happened at a party across town.", False),
])
def test_the_text_says_which_shooting_is_another(nlp, text, distinct):
    (shooting,) = [e for e in _events(nlp, text, None) if e.trigger.text == "shooting"]
    assert shooting.distinct is distinct
