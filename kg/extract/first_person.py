"""First-person pronouns in a quote stand for its speaker.

"I have always said that my job was hard," said Dana Vole: the "I" and the
"my" between the quotation marks are Dana Vole. For each quote whose speaker
is a named person's mention (``QuoteMention.speaker``), every "I", "me",
"my", "mine" or "myself" of its quoted words gets a pronoun mention that
``refers_to`` the speaker; ``kg.resolve.pronouns`` puts it with the speaker's
actor, so the graph keeps it as evidence of that person. A quote of a
described or unnamed speaker ("a spokesman said") gives none: whom the
pronoun is stays as unknown as the speaker. "we" and "our" may be the speaker's
organisation or group, and "you" someone else: left alone.

The other way round, a third-person "he", "him", "his" or "she" in a named person's quote is
not the speaker, who would have said "I" (:func:`mark_not_speaker`: the pronoun's
``disjoint``, unless syntax set one already).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc

from kg.model import PERSON, PRONOUN_GENDER, Article, EntityMention, QuoteMention
from kg.extract.syntax import pronoun_mention

FIRST_PERSON = frozenset({"i", "me", "my", "mine", "myself"})


def first_person_mentions(doc: Doc, article: Article, entities: list[EntityMention],
                          quotes: list[QuoteMention]) -> list[EntityMention]:
    """New pronoun mentions (keys ``i1``, ``i2``…) for the first-person pronouns of the quotes
    of named people, in text order."""
    by_key = {m.key: m for m in entities}
    taken = {(m.span.start, m.span.end) for m in entities}
    found: list[EntityMention] = []
    for quote in sorted(quotes, key=lambda q: (q.span.start, q.span.end)):
        speaker = by_key.get(quote.speaker) if quote.speaker else None
        if speaker is None or speaker.kind != PERSON or speaker.nominal or speaker.pronoun:
            continue
        words = doc.char_span(quote.span.start, quote.span.end, alignment_mode="contract")
        for token in words if words is not None else ():
            if token.lower_ not in FIRST_PERSON or token.pos_ != "PRON" or (token.lower_ == "i" and token.text != "I"):
                continue
            span = (token.idx, token.idx + len(token.text))
            if span in taken:
                continue
            taken.add(span)
            found.append(pronoun_mention(f"i{len(found) + 1}", token, article, PERSON, speaker.key))
    return found


def mark_not_speaker(entities: list[EntityMention], quotes: list[QuoteMention]) -> None:
    """ "“He never paid it back,” Tomas Brell said": sets ``disjoint`` of each third-person
    pronoun in the quoted words of a named person to the speaker's mention (see the module)."""
    by_key = {m.key: m for m in entities}
    pronouns = sorted((m for m in entities if m.pronoun and m.name.lower() in PRONOUN_GENDER and m.disjoint is None),
                      key=lambda m: m.span.start)
    starts = [m.span.start for m in pronouns]
    for quote in quotes:
        speaker = by_key.get(quote.speaker) if quote.speaker else None
        if speaker is None or speaker.kind != PERSON or speaker.nominal or speaker.pronoun:
            continue
        # the pronouns starting inside the quote, by bisection (not every pronoun per quote)
        for m in pronouns[bisect_left(starts, quote.span.start):bisect_right(starts, quote.span.end)]:
            if m.disjoint is None and m.span.end <= quote.span.end:
                m.disjoint = speaker.key
