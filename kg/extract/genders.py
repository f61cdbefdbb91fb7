"""A named person's gender where the text shows it by a noun, not by a pronoun.

"Mrs Vole", "her mother Ann Vole", "Ann Vole, the boy's mother," say that Ann
Vole is a woman; ``kg.resolve.pronouns`` then gives "he" to her only when
nothing else fits. The nouns and honorifics are ``kg/data/gendered_nouns.yaml``'s;
a given name says nothing here (many are given to both).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from kg.knowledge.resources import data_yaml
from kg.model import PERSON, EntityMention


@lru_cache(maxsize=1)
def gendered_nouns() -> dict[str, str]:
    """lower-case noun or honorific → "m" or "f"."""
    data = data_yaml("gendered_nouns.yaml")
    return {word: gender for gender in ("m", "f") for word in data[gender]}


def set_genders(doc: Doc, mentions: list[EntityMention]) -> None:
    """Sets ``gender`` on the named person mentions a gendered noun stands next to."""
    for mention in mentions:
        if mention.kind == PERSON and not (mention.nominal or mention.pronoun):
            mention.gender = noun_gender(doc, mention)


def noun_gender(doc: Doc, mention: EntityMention) -> str | None:
    """The gender the nouns next to a named mention show, if they agree (see the module)."""
    nouns = gendered_nouns()
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return None
    said = set()
    if mention.title and mention.title.lower() in nouns:
        said.add(nouns[mention.title.lower()])  # "Queen Elena"
    if len(span) > 1 and span[0].lower_ in nouns:
        said.add(nouns[span[0].lower_])  # "Mrs Vole" that the tagger read as one name
    before = span.start - 1
    if before >= 0 and doc[before].lower_ in nouns and doc[before].pos_ in ("NOUN", "PROPN"):
        said.add(nouns[doc[before].lower_])  # "Mrs Vole", "her mother Ann Vole"
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in nouns and root.head.i < span.start:
        said.add(nouns[root.head.lower_])  # "her mother, Ann Vole,"
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end and child.lower_ in nouns:
            said.add(nouns[child.lower_])  # "Ann Vole, the boy's mother,"
    return said.pop() if len(said) == 1 else None
