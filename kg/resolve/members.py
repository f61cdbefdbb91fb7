"""Members: a person linked to the organisation their title names ("Brindle CEO Tom Harl").

``EntityMention.member_of`` (``kg.extract.offices``) holds the mention of the
organisation in the same article; once every actor is made and joined, the
person's actor gains the organisation's actor in ``member_of`` (``kg:memberOf``).
Only actors of the graph are linked: the organisation was named in the text.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import PERSON, Actor, ArticleExtraction


def add_memberships(extractions: list[ArticleExtraction], actors: list[Actor],
                    actor_of: dict[tuple[str, str], str]) -> list[Actor]:
    """``actors`` with each person's ``member_of`` filled in (a new list; the inputs are not changed)."""
    kinds = {actor.key: actor.kind for actor in actors}
    links: dict[str, set[str]] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        for mention in extraction.entities:
            if not mention.member_of:
                continue
            person, body = actor_of.get((sid, mention.key)), actor_of.get((sid, mention.member_of))
            if kinds.get(person) == PERSON and body in kinds and body != person and kinds[body] != PERSON:
                links.setdefault(person, set()).add(body)
    return [replace(actor, member_of=actor.member_of | links[actor.key]) if actor.key in links else actor
            for actor in actors]
