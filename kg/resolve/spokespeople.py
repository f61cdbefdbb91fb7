"""Spokespeople: speakers in their own right, linked to whom they speak for.

"A BBC spokesman said" names no one; the speaker is not the BBC, and not a
person the article names unless the text says so. Each article's unnamed
spokesperson for X (``EntityMention.speaks_for``, ``kg.extract.speakers``)
that the actor resolver did not join to a named person becomes one Person
actor, "spokesperson for X", with ``speaks_for`` X. One per article and
employer: two articles quoting "a BBC spokesman" may quote two people, and
the IRI depends only on the article and the employer, so it is stable as
articles are added. A spokesperson the resolver did join to a named person
("the Kremlin spokesman" = the person named with that title) keeps that
person and gains the link.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import PERSON, Actor, ArticleExtraction, Evidence
from kg.resolve import identity


def add_spokespeople(extractions: list[ArticleExtraction], actors: list[Actor],
                     actor_of: dict[tuple[str, str], str]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """``actors`` and ``actor_of`` with the spokespeople added (new lists; the inputs are not changed)."""
    by_key = {actor.key: actor for actor in actors}
    created: dict[tuple[str, str], Actor] = {}
    links: dict[str, set[str]] = {}
    mapping = dict(actor_of)
    for extraction in extractions:
        sid = extraction.article.source_id
        for mention in extraction.entities:
            employer = actor_of.get((sid, mention.speaks_for)) if mention.speaks_for else None
            if employer is None or employer not in by_key:
                continue
            known = actor_of.get((sid, mention.key))
            if known is not None:
                links.setdefault(known, set()).add(employer)
                continue
            actor = created.get((sid, employer))
            if actor is None:
                label = f"spokesperson for {by_key[employer].label}"
                key = identity.actor_id(PERSON, f"{identity.slug(label)}-{identity.digest(sid, employer, length=8)}")
                actor = created[(sid, employer)] = Actor(key=key, label=label, kind=PERSON, speaks_for={employer})
            actor.evidence.append(Evidence(sid, mention.span))
            mapping[(sid, mention.key)] = actor.key
    result = [_linked(actor, links.get(actor.key)) for actor in actors] + list(created.values())
    return result, mapping


def _linked(actor: Actor, employers: set[str] | None) -> Actor:
    if not employers:
        return actor
    return replace(actor, speaks_for=actor.speaks_for | employers)
