"""Deterministic, stable IRIs for every node of the graph.

An IRI depends only on what identifies the node, never on processing order,
so the same input gives the same IRIs, and a node keeps its IRI when more
articles are added (as long as what identifies it does not change):

- article: its source id;
- mention: its article and offsets;
- actor: its kind and canonical key (ISO code for countries, slug of the
  canonical label otherwise);
- event: its type and the mention that starts it (articles in source-id order);
- claim: measure, value, approximation, affected and attributed-to (the
  contract's identity of a claim), within one story (the same figure in two
  unrelated stories is two claims);
- quote: the quoted words, normalised for spacing and quotation marks.

Events and stories are named after one of their reports (the earliest), so
an older report added later would rename them. :func:`carry` keeps the key
an earlier build gave them instead (``kg build --store`` or ``--previous``).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
import unicodedata

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, max_length: int = 60) -> str:
    """A readable IRI-safe slug: lowercase ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    result = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")[:max_length].strip("-")
    return result or "x"


def digest(*parts: object, length: int = 12) -> str:
    """A short stable hash of the parts (joined unambiguously)."""
    joined = "\x1f".join("" if part is None else str(part) for part in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def article_id(source_id: str) -> str:
    return f"article/{slug(source_id, 40)}-{digest(source_id, length=8)}"


def mention_id(source_id: str, start: int, end: int) -> str:
    return f"mention/{digest(source_id, length=8)}-{start}-{end}"


def actor_id(kind: str, key: str) -> str:
    return f"{kind.lower()}/{key}"


def event_id(event_type: str, source_id: str, start: int, end: int) -> str:
    """An event is named after the mention that starts it in the merge: mentions of
    articles added later join it, adding roles and evidence, and keep its IRI."""
    return f"event/{event_type.lower()}-{digest(event_type, source_id, start, end)}"


def story_id(source_id: str) -> str:
    """A story is named after its earliest article (by date, then source id): later reports join it."""
    return f"story/{digest(source_id)}"


def claim_id(measure: str, value, approximation: str, affected, attributed_to, manner=None, story=None) -> str:
    """``story`` keeps apart the same figure in unrelated stories ("2 killed" in two shootings);
    None for the largest story, whose claims keep the IRIs they had before stories counted."""
    parts = (measure, value, approximation, affected, attributed_to, manner) + ((story,) if story else ())
    return f"claim/{measure.lower()}-{value}-{digest(*parts)}"


_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


def normalise_quote(text: str) -> str:
    return " ".join(text.translate(_QUOTES).split()).strip(" ,.").lower()


def quote_id(text: str) -> str:
    return f"quote/{digest(normalise_quote(text))}"


def carry(nodes: Sequence[tuple[str, Sequence[Hashable]]], earlier: Mapping[Hashable, str]) -> list[str]:
    """The key of each node given as (fresh key, members), keeping earlier keys.

    ``earlier`` maps members (an event's mentions, a story's articles) to the key an
    earlier build gave the node holding them. A node takes the earlier key that most of
    its members had; each earlier key goes to one node only (the one holding most of
    its members; then the smaller fresh key), so a node that split keeps its key in its
    larger part. A node with no earlier key keeps its fresh key, unless another node
    carries that key: it then gets a variant (``-2``, ``-3`` …). Deterministic for the
    same nodes and the same ``earlier``."""
    keys: list[str | None] = [None] * len(nodes)
    if earlier:
        candidates = []
        for index, (fresh, members) in enumerate(nodes):
            for old, count in Counter(earlier[m] for m in members if m in earlier).items():
                candidates.append((-count, old, fresh, index))
        taken: set[str] = set()
        for _, old, _, index in sorted(candidates):
            if keys[index] is None and old not in taken:
                keys[index] = old
                taken.add(old)
    used = {key for key in keys if key is not None}
    for index, (fresh, _) in enumerate(nodes):
        if keys[index] is None:
            key, n = fresh, 1
            while key in used:
                n += 1
                key = f"{fresh}-{n}"
            keys[index] = key
            used.add(key)
    return keys  # type: ignore[return-value]
