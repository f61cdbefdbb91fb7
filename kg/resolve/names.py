"""Name forms the actor resolver compares: a normalised key, initials, acronyms, one-letter typos."""

from __future__ import annotations

import re

from kg.knowledge.resources import data_yaml
from kg.knowledge.text import initials, without_accents  # noqa: F401 (initials: used by the name rules)

WORD = re.compile(r"[^\W_]+")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
# Generational suffixes: "Jr" does not tell two people apart.
NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


class NameNormaliser:
    """The comparison key of a name: lowercase words without accents, spelling-normalised
    (``kg/data/spelling.yaml``), without a company's legal form at the end
    (``kg/data/company_suffixes.yaml``); an apostrophe inside a word joins it
    ("O'Brien" → "obrien"). Accents go because one name is written with and without them
    ("Zürich", "Zurich"; the gazetteer's "Būsh" for a "Bush" of the text)."""

    def __init__(self) -> None:
        self.spelling = {k.lower(): v.lower() for k, v in (data_yaml("spelling.yaml") or {}).items()}
        self.company_suffixes = frozenset(
            data_yaml("company_suffixes.yaml")["suffixes"])

    def __call__(self, name: str) -> str:
        name = without_accents(_INNER_APOSTROPHE.sub("", name))
        words = [self.spelling.get(w.lower(), w.lower()) for w in WORD.findall(name)]
        if len(words) > 1 and words[-1] in self.company_suffixes:
            words.pop()  # "Kestrel Systems Corp." is "Kestrel Systems"
        return " ".join(words)


