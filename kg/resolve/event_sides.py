"""Which side of a harm done to people the article's events put each mention on.

"Pat Dorn was charged in the death of Eli Marsh. The victim was found…": the
events say Eli Marsh is harmed (the target of a death) and Pat Dorn accused
(the one charged), so "the victim" is Eli Marsh and never Pat Dorn, although
the article names Pat Dorn more. The role nouns of each side are ``harmed`` and
``harmers`` of ``kg/data/described_people.yaml``.

- harmed: the target of an event of a class that is, or specialises, a death,
  an injury or an assault (a killing, a shooting);
- accused: the agent of an assault (of a killing, a shooting), or the target
  of an arrest, a charge, a trial, a conviction or a sentence.

A charge often names the one harmed beside the one charged ("charged in the
death of Eli Marsh" gives the charge both as targets): a target of justice whom
the article's events harm is not put on the accused side by it. A mention may
still be on both sides (two men who shot each other): the resolver keeps, for
each side, the people the events put on that side only.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from functools import lru_cache

from kg.knowledge.event_classes import event_ancestors
from kg.knowledge.resources import data_yaml
from kg.model import ArticleExtraction, EventMention

HARMED = "harmed"
ACCUSED = "accused"
# Event classes whose targets are harmed, or whose agents are accused (with their subclasses).
_HARMS = frozenset({"Die", "Injure", "Assault"})
_ASSAULTS = frozenset({"Assault"})
# Event classes whose targets are accused: the stages of justice after a crime.
_JUSTICE = frozenset({"Arrest", "Charge", "Trial", "Convict", "Sentence"})
STATEMENT = "Statement"  # the event class of a report of speech (kg.extract.events)


@lru_cache(maxsize=1)
def role_sides() -> dict[str, str]:
    """role noun (lower case) → HARMED or ACCUSED (``harmed`` and ``harmers`` of
    described_people.yaml)."""
    nouns = data_yaml("described_people.yaml")
    return {**dict.fromkeys(nouns["harmed"], HARMED), **dict.fromkeys(nouns["harmers"], ACCUSED)}


def _of(event_type: str, classes: frozenset[str]) -> bool:
    return bool(classes & {event_type, *event_ancestors(event_type)})


def mention_sides(extractions: list[ArticleExtraction]) -> dict[tuple[str, str], set[str]]:
    """(source id, mention key) → the sides the article's events put the mention on."""
    sides: dict[tuple[str, str], set[str]] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        events = extraction.events
        harmed = {key for e in events if _of(e.type, _HARMS) for key in e.targets}
        accused = {key for e in events if _of(e.type, _ASSAULTS) for key in e.agents}
        accused |= {key for e in events if _of(e.type, _JUSTICE) for key in e.targets} - harmed
        for key in sorted(harmed | accused):
            sides[(sid, key)] = {side for side, keys in ((HARMED, harmed), (ACCUSED, accused)) if key in keys}
    return sides


def assaults_by_agent(extraction: ArticleExtraction) -> dict[str, list[EventMention]]:
    """mention key → the article's assaults (killings, shootings) it is an agent of."""
    found: dict[str, list[EventMention]] = {}
    for event in extraction.events:
        if _of(event.type, _ASSAULTS):
            for key in event.agents:
                found.setdefault(key, []).append(event)
    return found


def speaking_mentions(extractions: list[ArticleExtraction]) -> set[tuple[str, str]]:
    """(source id, mention key) of the mentions that speak: the agents of a statement ("Deputy
    Chief Ann Roe said the victim…") and the speakers of quotes. One the article mentions only so
    reports a harm, and is a poor antecedent for a description of the one harmed."""
    return {(x.article.source_id, key) for x in extractions
            for key in [k for e in x.events if e.type == STATEMENT for k in e.agents]
            + [q.speaker for q in x.quotes if q.speaker]}


def people_by_side(people: Iterable[tuple[tuple[str, str], Hashable]],
                   sides: Mapping[tuple[str, str], set[str]]) -> dict[str, set]:
    """side → the people the events put on that side only, of ``people``: (mention, person) pairs."""
    on: dict[str, set] = {HARMED: set(), ACCUSED: set()}
    for ref, person in people:
        for side in sides.get(ref, ()):
            on[side].add(person)
    both = on[HARMED] & on[ACCUSED]
    return {side: found - both for side, found in on.items()}
