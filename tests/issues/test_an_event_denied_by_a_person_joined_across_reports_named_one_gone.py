"""When the described people of two reports were joined into one (``join_by_role``,
``join_relatives``), an event's agents and targets were moved to the person kept, but not who
denied it: ``kg:deniedBy`` named the person joined away, and mapping failed with a KeyError
(``kg build`` of 10,000 articles of the scale corpus stopped there)."""

from kg.model import PERSON, Actor, Article, ArticleExtraction, EntityMention, Event, EventMention, Evidence, Span
from kg.resolve.described_people import join_by_role


def _guard(sid: str) -> tuple[ArticleExtraction, Actor]:
    mention = EntityMention("g", Span(0, 7, "a guard"), "a guard", PERSON, nominal=True, described=True)
    killed = EventMention("k", "Kill", Span(50, 56, "killed"), Span(0, 100, "x"), targets=["g"])
    actor = Actor(f"person/{sid}-g", "a guard", PERSON, evidence=[Evidence(sid, mention.span)], described=True)
    return ArticleExtraction(Article(sid, "x" * 200), entities=[mention], events=[killed]), actor


def test_who_denied_an_event_is_the_person_their_description_joined():
    (first, guard), (second, other) = _guard("a0"), _guard("a1")
    actor_of = {("a0", "g"): guard.key, ("a1", "g"): other.key}
    event = Event("event/kill-1", "Kill", targets={guard.key, other.key}, denied_by={other.key})
    event_of = {("a0", "k"): event.key, ("a1", "k"): event.key}
    actors, mapping, events = join_by_role([first, second], [guard, other], actor_of, [event], event_of)
    assert mapping[("a1", "g")] == mapping[("a0", "g")]
    kept = {actor.key for actor in actors}
    assert events[0].targets <= kept
    assert events[0].denied_by <= kept and events[0].denied_by
