"""Who used a side's label for a group ("bandits", "terrorists": ``side_labels`` in
``kg/data/groups.yaml``).

The word stays an alias of the group; the mention records who used it: the speaker of the quote
it stands in, else the source of its clause (the subject of the reporting verb or of a statement
noun above it, or "according to X": :func:`kg.extract.figures.source_of`). A label no one is
reported to use is the writer's own and records no one.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc

from kg.extract.figures import entity_key, source_of
from kg.knowledge import groups
from kg.model import GROUP, EntityMention, QuoteMention


def label_users(doc: Doc, entities: list[EntityMention], quotes: list[QuoteMention]) -> list[EntityMention]:
    """The entities, with ``used_by`` set on the group mentions that use a side's label."""
    found = []
    for mention in entities:
        if mention.kind == GROUP and not mention.pronoun and (
                groups.is_side_label(mention.name) or groups.is_side_label(mention.span.text)):
            user = _user(doc, mention, entities, quotes)
            if user is not None and user != mention.key:
                mention = dataclasses.replace(mention, used_by=user)
        found.append(mention)
    return found


def _user(doc: Doc, mention: EntityMention, entities: list[EntityMention],
          quotes: list[QuoteMention]) -> str | None:
    quote = next((q for q in quotes if q.span.start <= mention.span.start and mention.span.end <= q.span.end), None)
    if quote is not None:
        return quote.speaker
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None
    source = source_of(span.root, span.root.sent)
    return entity_key(source, entities) if source is not None else None
