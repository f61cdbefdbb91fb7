"""Mentions NER missed in one article of names it found in another."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict

from kg.model import GROUP, ORGANIZATION, PERSON, ArticleExtraction, EntityMention, Span
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
    A name is looked for in none when as many articles frame it as a thing ("the 797 Skylark",
    "posted on Chirper") as have it as an actor: the articles vote, and where NER missed the
    name the evidence of the build says it is no actor. Where more articles (two at least) frame
    it as a thing than have it as an actor, its mentions without evidence of their own are
    dropped too (``_without_things``). An article that frames the name as a thing itself gets no
    mention of it from another article ("Orbix users" here, "Orbix said" there): its own text
    says what the name is, and the tagger, which missed it there, said nothing against that.
    """
    templates = _templates(extractions)
    as_thing = Counter(name for extraction in extractions for name in set(extraction.things))
    as_actor = Counter(name for extraction in extractions
                       for name in {m.span.text for m in extraction.entities if not (m.nominal or m.pronoun)}
                       | {m.name for m in extraction.entities if not (m.nominal or m.pronoun)})
    templates = {surface: m for surface, m in templates.items()
                 if as_thing[surface] < as_actor[surface] and as_thing[m.name] < as_actor[m.name]}
    extractions = _without_things(extractions, as_thing, as_actor)
    if not templates:
        return list(extractions)
    # Names by their first word and length: each word start of a text is checked against
    # the lengths of the names that begin with that word, longest first (the longest one
    # that ends a word wins), one set look-up per length, so the search is linear in the
    # length of the texts however many names the build holds.
    grouped: dict[str, dict[int, set[str]]] = defaultdict(lambda: defaultdict(set))
    for surface in templates:
        grouped[_FIRST_WORD.match(surface).group()][len(surface)].add(surface)
    by_first_word = {word: sorted(lengths.items(), reverse=True) for word, lengths in grouped.items()}
    recovered = []
    for extraction in extractions:
        found = _found_in(extraction, templates, by_first_word)
        recovered.append(dataclasses.replace(extraction, entities=extraction.entities + found) if found else extraction)
    return recovered


def _without_things(extractions: list[ArticleExtraction], as_thing: Counter, as_actor: Counter) -> list[ArticleExtraction]:
    """The extractions without the mentions of names that more articles of the build frame as a
    thing than have them as an actor, two at least ("the Orbix line", "Orbix users" in two
    articles; "The Orbix is claimed to be…" in a third, which says nothing itself). A mention
    with a frame or the gazetteer's evidence of its own (a vote of 2 or more) is kept."""
    things = {name for name, n in as_thing.items() if n >= 2 and n > as_actor[name]}
    if not things:
        return extractions
    kept = []
    for extraction in extractions:
        entities = [m for m in extraction.entities
                    if m.nominal or m.pronoun or m.name not in things or max(m.votes.values(), default=0.0) >= 2.0]
        kept.append(dataclasses.replace(extraction, entities=entities)
                    if len(entities) < len(extraction.entities) else extraction)
    return kept


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
              by_first_word: dict[str, list[tuple[int, set[str]]]]) -> list[EntityMention]:
    """New mentions of the ``templates``' names where no mention of ``extraction`` covers them."""
    text, masked = extraction.article.text, extraction.article.masked
    things = set(extraction.things)  # the article's own frames say these are no actor
    covered = bytearray(len(masked) + 1)  # characters some mention already spans
    for span in [m.span for m in extraction.entities] + list(extraction.not_actors):
        covered[span.start:span.end] = b"\x01" * (span.end - span.start)
    # A part of a thing's name names no person or company ("Media Store" in "the Orbix Media
    # Store"); a place may stand in one ("the Oslo Boat Show").
    # One scan for all the names (not one per name: quadratic on a long article): at each place
    # a name stands, the longest there, a shorter one at the same place being inside it.
    in_thing = bytearray(len(masked) + 1)
    if things:
        names = "|".join(re.escape(name) for name in sorted(things, key=lambda name: (-len(name), name)))
        for match in re.finditer(r"(?<![\w-])(?=(" + names + r")(?![\w-]))", masked):
            in_thing[match.start():match.start() + len(match.group(1))] = b"\x01" * len(match.group(1))
    found: list[EntityMention] = []
    resume = 0
    for word in _WORD_START.finditer(masked):
        start = word.start()
        if start < resume:
            continue
        first = _FIRST_WORD.match(masked, start)
        lengths = by_first_word.get(first.group(), ()) if first else ()
        surface = next((masked[start:start + n] for n, names in lengths
                        if masked[start:start + n] in names and not _continues_word(masked, start + n)), None)
        if surface is None:
            continue
        end = resume = start + len(surface)
        if any(covered[start:end]) or before_currency_sign(masked, end):
            continue  # "US $199" names a currency (as in kg.extract.actors)
        template = templates[surface]
        if surface in things or template.name in things \
                or (template.kind in (PERSON, ORGANIZATION) and any(in_thing[start:end])):
            continue
        found.append(EntityMention(
            key=f"r{len(found)}", span=Span(start, end, text[start:end]), name=template.name,
            kind=template.kind, votes=dict(template.votes), country=template.country, sector=template.sector))
        covered[start:end] = b"\x01" * (end - start)
    return found
