"""Mentions NER missed in one article of names it found in another."""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict

from kg.model import GROUP, ArticleExtraction, EntityMention, Span
from kg.knowledge.text import before_currency_sign, is_acronym

_WORD_START = re.compile(r"(?<![\w-])[\w]")
_FIRST_WORD = re.compile(r"\w+|.")


def _continues_word(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isalnum() or text[index] in "_-")


def recover_mentions(extractions: list[ArticleExtraction]) -> list[ArticleExtraction]:
    """The extractions with the mentions NER missed in one article of names it found in another
    (the given extractions are left as they are).

    A name found anywhere in the build (a person, organisation, country or place, written with
    a capital) is looked up, case-sensitively and as a whole word, in every article;
    occurrences no mention covers yet become mentions of the same kind, after the article's own.
    """
    templates = _templates(extractions)
    if not templates:
        return list(extractions)
    # Names by their first word, longest first: each word start of a text is checked
    # against the few names that begin with that word (the first, longest one wins, as a
    # whole word), so the search is linear in the length of the texts.
    by_first_word: dict[str, list[str]] = defaultdict(list)
    for surface in sorted(templates, key=len, reverse=True):
        by_first_word[_FIRST_WORD.match(surface).group()].append(surface)
    recovered = []
    for extraction in extractions:
        found = _found_in(extraction, templates, by_first_word)
        recovered.append(dataclasses.replace(extraction, entities=extraction.entities + found) if found else extraction)
    return recovered


def _templates(extractions: list[ArticleExtraction]) -> dict[str, EntityMention]:
    """Surface → the first mention written so: the names worth looking for elsewhere."""
    templates: dict[str, EntityMention] = {}
    for extraction in extractions:
        for m in extraction.entities:
            surface = m.span.text
            if m.nominal or m.pronoun or m.kind == GROUP or not surface[:1].isupper():
                continue
            if len(surface) < 4 and not is_acronym(surface):
                continue
            templates.setdefault(surface, m)
    return templates


def _found_in(extraction: ArticleExtraction, templates: dict[str, EntityMention],
              by_first_word: dict[str, list[str]]) -> list[EntityMention]:
    """New mentions of the ``templates``' names where no mention of ``extraction`` covers them."""
    text, masked = extraction.article.text, extraction.article.masked
    covered = bytearray(len(masked) + 1)  # characters some mention already spans
    for m in extraction.entities:
        covered[m.span.start:m.span.end] = b"\x01" * (m.span.end - m.span.start)
    found: list[EntityMention] = []
    resume = 0
    for word in _WORD_START.finditer(masked):
        start = word.start()
        if start < resume:
            continue
        first = _FIRST_WORD.match(masked, start)
        candidates = by_first_word.get(first.group(), ()) if first else ()
        surface = next((t for t in candidates
                        if masked.startswith(t, start) and not _continues_word(masked, start + len(t))), None)
        if surface is None:
            continue
        end = resume = start + len(surface)
        if any(covered[start:end]) or before_currency_sign(masked, end):
            continue  # "US $199" names a currency (as in kg.extract.actors)
        template = templates[surface]
        found.append(EntityMention(
            key=f"r{len(found)}", span=Span(start, end, text[start:end]), name=template.name,
            kind=template.kind, votes=dict(template.votes), country=template.country, sector=template.sector))
        covered[start:end] = b"\x01" * (end - start)
    return found
