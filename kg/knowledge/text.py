"""Text helpers shared by the lookups of the gazetteer and the resolver: accents and acronyms."""

from __future__ import annotations

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


# Signs written right after a country's short name to name its currency ("US$299", "US $199").
CURRENCY_SIGNS = frozenset("$€£¥₹₽")


def before_currency_sign(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is followed, after at most a space, by a currency sign:
    "US $199" names a currency, not the country."""
    rest = text[end:end + 2].lstrip(" ")
    return rest[:1] in CURRENCY_SIGNS
