"""Text helpers shared by the lookups of the gazetteer, the extractors and the resolver: accents,
acronyms, currency signs and one-letter misspellings."""

from __future__ import annotations

import re
import unicodedata


def without_accents(text: str) -> str:
    """The text with its combining marks dropped after compatibility decomposition ("Zürich" → "Zurich")."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def is_acronym(name: str) -> bool:
    """Two to eight capital letters, dots aside ("NATO", "U.N.", "U.S.A.")."""
    letters = name.replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


_INITIAL_WORD = re.compile(r"[^\W_]+")
_STOP_INITIALS = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "to", "a", "an"}


def initials(name: str) -> str:
    """The capital initials of a name's content words: "Organization of American States" → "OAS"."""
    return "".join(w[0] for w in _INITIAL_WORD.findall(name) if w.lower() not in _STOP_INITIALS and w[:1].isupper())


# Signs written right after a country's short name to name its currency ("US$299", "US $199").
CURRENCY_SIGNS = frozenset("$€£¥₹₽")


def before_currency_sign(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is followed, after at most a space, by a currency sign:
    "US $199" names a currency, not the country."""
    rest = text[end:end + 2].lstrip(" ")
    return rest[:1] in CURRENCY_SIGNS


def one_edit(a: str, b: str, swaps: bool = False) -> bool:
    """Whether one letter added, dropped or changed turns ``a`` into ``b`` (two equal words are not);
    with ``swaps``, also two adjacent letters swapped ("Hernadez" for "Hernandez", "Torez" for
    "Torrez", "Jonhson" for "Johnson")."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (swaps and len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))
