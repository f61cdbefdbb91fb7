"""The ninth audit found "The first shooting happened at 5:50 a.m." and "The second shooting
happened at 6:35 a.m." of one article in one node. An ordinal sets an event noun's place in a
series its text tells of: two places are two happenings, the same place one."""

from kg.model import PLACE, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

from event_dates import _events

CITY = "place/marlow-springs"
ACTORS = [Actor(key=CITY, label="Marlow Springs", kind=PLACE)]
TEXT = "The first shooting happened in Marlow Springs. The second shooting happened in Marlow Springs."


def test_the_text_numbers_its_shootings(nlp):
    ordinals = {e.sentence.start: e.ordinal for e in _events(nlp, TEXT, None) if e.trigger.text == "shooting"}
    assert sorted(ordinals.values()) == [1, 2]


def mention(key: str, sentence: int, ordinal: int) -> EventMention:
    stop = TEXT.index(".") + 1
    start, end = (0, stop) if sentence == 0 else (stop + 1, len(TEXT))
    at = TEXT.index("shooting", start)
    return EventMention(key, "Shooting", Span(at, at + 8, "shooting"), Span(start, end, TEXT[start:end]),
                        places=[f"e{sentence}"], ordinal=ordinal)


def merged(*mentions: EventMention) -> list[int]:
    extraction = ArticleExtraction(Article("a", TEXT), events=list(mentions))
    actor_of = {("a", "e0"): CITY, ("a", "e1"): CITY}
    events, _ = merge_events([extraction], actor_of, ACTORS, story_of={"a": 0})
    return sorted(len(event.evidence) for event in events)


def test_the_first_and_the_second_shooting_are_two_nodes():
    assert merged(mention("v1", 0, 1), mention("v2", 1, 2)) == [1, 1]


def test_the_second_shooting_told_twice_is_one_node():
    assert merged(mention("v1", 0, 2), mention("v2", 1, 2)) == [2]
