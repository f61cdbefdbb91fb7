"""The state of actor resolution: mentions, their identity keys, and the clusters the rules grow.

A mention is referred to by ``(source id, mention key)`` (a :data:`MentionRef`).
Mentions with the same :class:`ActorKey` start as one cluster; the name rules
(:mod:`kg.resolve.name_rules`) and the pronoun and description rules
(:mod:`kg.resolve.pronouns`) join clusters in a :class:`UnionFind`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

from kg.model import ORGANIZATION, EntityMention

MentionRef = tuple[str, str]  # (source id, mention key)


class ActorKey(NamedTuple):
    """What makes mentions one actor before any name rule runs."""

    scheme: str  # "country" (name is an ISO code), "group" (name is the group's label) or "name"
    name: str
    # An organisation's or a group's country ("Interior Ministry" of one state or another); None
    # for a group of the build's main country, whose own forces go unqualified.
    country: str | None = None
    story: int | None = None  # groups only: the story (kg.resolve.stories) they belong to


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, item):
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic root: the smaller key wins.
            if str(rb) < str(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


def is_named(m: EntityMention) -> bool:
    """A mention that names its actor (an organisation's description, "the interior ministry",
    counts), as opposed to a pronoun or a description of a person or group."""
    return not (m.pronoun or (m.nominal and m.kind != ORGANIZATION))


@dataclass
class Clustering:
    """Everything the rules read and grow while resolving the actors of one build."""

    mentions: dict[MentionRef, EntityMention]
    key_of: dict[MentionRef, ActorKey]  # named mentions only
    story_of: dict[str, int]  # source id → story
    story_name: dict[int, ActorKey]  # story → the name that tells it apart (kg.resolve.stories.story_names)
    main_country: str | None
    # Story → the country its articles mention most (kg.resolve.actors.main_country): the last
    # resort for the country of a state institution its articles name without one.
    story_country: dict[int, str | None] = field(default_factory=dict)
    union: UnionFind = field(default_factory=UnionFind)
    kinds: dict[ActorKey, set[str]] = field(default_factory=dict)  # the kinds NER gave each key's mentions
    first_of: dict[ActorKey, MentionRef] = field(default_factory=dict)  # each key's first mention
    # Kind votes that replace a mention's own (a person's surname, whatever NER made of it).
    votes: dict[MentionRef, dict[str, float]] = field(default_factory=dict)

    def votes_of(self, ref: MentionRef) -> dict[str, float]:
        return self.votes.get(ref, self.mentions[ref].votes)

    def kind_of(self, refs: list[MentionRef]) -> str:
        """The kind the weighted votes of an actor's mentions give."""
        votes: Counter = Counter()
        for ref in refs:
            for kind, weight in self.votes_of(ref).items():
                votes[kind] += weight
        return max(votes, key=lambda k: (votes[k], k)) if votes else ORGANIZATION
