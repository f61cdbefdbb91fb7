"""Merge event mentions across articles into event nodes.

One node per real-world event: same type, compatible roles and date
(negated and hypothetical mentions are not asserted).
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections import defaultdict
from collections.abc import Iterator

from kg.model import COUNTRY, PLACE, Event, Evidence
from kg.resolve import identity

def merge_events(extractions, actor_of, actors=()) -> tuple[list[Event], dict]:
    """One event node per real-world event. Negated and hypothetical mentions
    are not asserted and make no node, nor does a node with no agent, target,
    place or date. A mention joins a node of its type
    whose date, when both are known, is the same, and whose places do not
    name different cities, in three passes:

    1. a mention with an agent or target joins a node whose agents (targets)
       overlap its own when both have some, and that shares a target with it,
       or an agent and a trigger word ("appealed" / "appeal"): the same
       agent doing two things of one type ("declared a state of emergency",
       "gave orders") is two events;
    2. a mention with only places joins a node sharing a city, or a place
       and a trigger word;
    3. a mention with no role joins the node of its type and trigger word
       ("the protests") when one node of that word has roles, else the one
       role-less node of that word: the articles of a cluster report one
       story, and a bare mention says nothing that could tell two apart.

    An event placed in a city is also placed in that city's country
    (``Actor.in_country`` of ``actors``, the resolved actors; without them,
    every place counts as a city).
    """
    country_of = {actor.key: actor.in_country for actor in actors if actor.in_country}
    kind_of = {actor.key: actor.kind for actor in actors}
    place_keys = {key for key, kind in kind_of.items() if kind == PLACE}
    pending = []
    for extraction in extractions:
        sid = extraction.article.source_id
        for em in extraction.events:
            if em.negated or em.hypothetical:
                continue
            agents, targets, places = ({actor_of[(sid, k)] for k in keys if (sid, k) in actor_of}
                                       for keys in (em.agents, em.targets, em.places))
            # A place is no agent or target ("Milwaukee police investigating" gave Milwaukee):
            # it places the event instead.
            places |= {key for key in agents | targets if key in place_keys}
            agents, targets = agents - place_keys, targets - place_keys
            if kind_of:  # a place mention voted into a person's node ("Bluefield") places nothing
                places = {key for key in places if kind_of.get(key) in (PLACE, COUNTRY)}
            pending.append((sid, em, agents, targets, places, _trigger_words(em.trigger.text)))
    events: list[Event] = []
    words_of: dict[int, set[str]] = {}
    event_of: dict[tuple[str, str], Event] = {}
    countries = set(country_of.values())
    # Events by (type, role, actor / place / word): a mention can only join an event that
    # shares one of these with it, so each mention looks at those events alone, in the
    # order they were started (the merge stays linear in the number of mentions).
    index: dict[tuple, list[Event]] = defaultdict(list)
    indexed: set[tuple] = set()
    order: dict[int, int] = {}

    def started(event: Event) -> int:
        return order[id(event)]

    def remember(event: Event, keys) -> None:
        for key in keys:
            if (key, id(event)) not in indexed:
                indexed.add((key, id(event)))
                bisect.insort(index[key], event, key=started)  # each list in the order events started

    def candidates(keys) -> Iterator[Event]:
        """The events sharing a key, once each, in the order they were started (lazily: most
        mentions stop at the first event that fits)."""
        seen: set[int] = set()
        for event in heapq.merge(*(index.get(key, ()) for key in keys), key=started):
            if id(event) not in seen:
                seen.add(id(event))
                yield event

    def tier(item) -> int:
        return 0 if item[2] or item[3] else 1 if item[4] else 2

    for sid, em, agents, targets, places, words in sorted(pending, key=tier):
        kind = em.type

        def compatible(event: Event) -> bool:
            return not (event.date and em.date and event.date != em.date) and _same_cities(places, event.places, countries)

        if agents or targets:
            keys = [(kind, "agent", a) for a in agents] + [(kind, "target", t) for t in targets]
            match = next((event for event in candidates(keys) if compatible(event)
                          and _same_actors(agents, targets, words, event, words_of[id(event)])), None)
        elif places:
            match = next((event for event in candidates([(kind, "place", p) for p in places]) if compatible(event)
                          and ((places & event.places) - countries or words & words_of[id(event)])), None)
        else:
            with_roles, first_bare = [], None  # only whether one or more with roles matters
            for event in candidates([(kind, "word", w) for w in words]):
                if not compatible(event):
                    continue
                if event.agents or event.targets or event.places:
                    with_roles.append(event)
                elif first_bare is None:
                    first_bare = event
                if len(with_roles) > 1 and first_bare is not None:
                    break
            match = with_roles[0] if len(with_roles) == 1 else first_bare
        if match is None:
            # Named after the mention that starts it: mentions are taken in a fixed order
            # (mentions with roles first, then by source id and offset), so articles added
            # later cannot come before it and the event keeps its IRI.
            match = Event(key=identity.event_id(em.type, sid, em.trigger.start, em.trigger.end), type=em.type)
            order[id(match)] = len(events)
            events.append(match)
            words_of[id(match)] = set()
        match.agents |= agents
        match.targets |= targets
        match.places |= places
        match.triggers.add(em.trigger.text)
        words_of[id(match)] |= words
        match.date = match.date or em.date
        match.evidence.append(Evidence(sid, em.trigger))
        event_of[(sid, em.key)] = match
        remember(match, [(kind, "agent", a) for a in agents] + [(kind, "target", t) for t in targets]
                 + [(kind, "place", p) for p in places] + [(kind, "word", w) for w in words])
    # An event with no agent, target, place or date asserts only that something of its
    # type happened somewhere, some time ("the looting", "injured"): it is not asserted.
    anchored = [event for event in events if event.agents or event.targets or event.places or event.date]
    kept = {id(event) for event in anchored}
    event_of = {ref: event for ref, event in event_of.items() if id(event) in kept}
    events = anchored
    for event in events:
        event.places |= {country_of[place] for place in event.places if place in country_of}
        event.evidence.sort(key=lambda e: (e.source_id, e.span.start))
    events.sort(key=lambda event: (event.evidence[0].source_id, event.evidence[0].span.start))
    return events, {ref: event.key for ref, event in event_of.items()}


def _same_actors(agents: set, targets: set, words: set, event: Event, event_words: set) -> bool:
    if agents and event.agents and not agents & event.agents:
        return False
    if targets and event.targets and not targets & event.targets:
        return False
    return bool(targets & event.targets or agents & event.agents and words & event_words)


def _same_cities(places: set, other: set, countries: set) -> bool:
    """False when both name places below the country level and none is shared."""
    cities, other_cities = places - countries, other - countries
    return not (cities and other_cities and not cities & other_cities)


_TRIGGER_WORD = re.compile(r"[a-z]+")
_NOT_TRIGGER_WORDS = {"a", "an", "the", "of", "to", "its", "their", "his", "her", "was", "were", "is", "are", "be",
                      "been", "being", "has", "have", "had", "still", "full", "nationwide", "at", "on", "in", "into", "with",
                      "from", "for", "up", "down", "out", "off", "over"}


def _trigger_words(trigger: str) -> set[str]:
    """Crude stems of a trigger's words ("sending troops" → send, troop), for
    telling whether two mentions use the same words; irregular forms differ."""
    stems = set()
    for word in _TRIGGER_WORD.findall(trigger.lower()):
        if word in _NOT_TRIGGER_WORDS:
            continue
        for suffix in ("ing", "ed", "es", "s", "e"):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                word = word[:-len(suffix)]
                if suffix in ("ing", "ed") and word[-1] == word[-2]:
                    word = word[:-1]  # "stopped" → stop
                break
        stems.add(word)
    return stems
