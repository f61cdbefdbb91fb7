"""Plural pronouns that stand for a group of people.

"The update allows users to control the phone with their voice": "their" is
the users. A "they", "them", "their", "theirs" or "themselves" whose nearest
actor before it (in its sentence or the one before) is a group of people
(``GROUP``: "users", "the people working on it", "500 engineers") gets a
pronoun mention of that group, which ``refers_to`` the group's mention;
``kg.resolve.pronouns`` puts it with the group's actor, as evidence. When the
nearest actor is an organisation or a country ("Kestrel and Norvela said
they…"), or a person, whom the pronoun stands for is left open: plural
pronouns stand for companies and states as often as for people.

A "they" that is the subject of the clause a verb's subject reports or states
("Two witnesses told police they saw a car") stands for that subject, not for
the addressee nearer to it: the group when the subject is one, else nobody
here.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import LOWER
from spacy.tokens import Doc

from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Article, EntityMention
from kg.extract.syntax import pronoun_mention
from kg.nlp.parse import positions_of

PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
_ACTORS = (GROUP, ORGANIZATION, COUNTRY, PERSON)


def group_pronoun_mentions(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """New pronoun mentions (keys ``g1``, ``g2``…) of the plural pronouns that stand for a group,
    in text order."""
    actors = sorted((m for m in entities if m.kind in _ACTORS and not m.pronoun and m.kind != PLACE),
                    key=lambda m: (m.span.end, m.span.start))
    ends = [m.span.end for m in actors]
    taken = {(m.span.start, m.span.end) for m in entities}
    found: list[EntityMention] = []
    for i in positions_of(doc, LOWER, PLURAL):  # the Doc's index of words, not a Token of every word
        token = doc[i]
        if token.pos_ != "PRON":
            continue
        span = (token.idx, token.idx + len(token.text))
        if span in taken:
            continue
        sentence = token.sent
        reach = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
        before = bisect_right(ends, token.idx) - 1
        if before < 0:
            continue
        nearest = _reporter(token, actors, ends) or actors[before]
        if nearest.kind != GROUP or nearest.span.start < reach:
            continue
        found.append(pronoun_mention(f"g{len(found) + 1}", token, article, GROUP, nearest.key))
    return found


def _reporter(token, actors: list[EntityMention], ends: list[int]) -> EntityMention | None:
    """The actor mention holding the subject of the verb whose complement clause ``token`` is the
    subject of ("Two witnesses told police they saw": "Two witnesses"), if any. ``actors`` are
    sorted by their end (``ends``)."""
    clause = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return None
    subject = next((child for child in clause.head.children if child.dep_ == "nsubj"), None)
    if subject is None:
        return None
    at = bisect_right(ends, subject.idx)  # the first mention ending after the subject's start
    holder = actors[at] if at < len(actors) else None
    return holder if holder is not None and holder.span.start <= subject.idx else None
