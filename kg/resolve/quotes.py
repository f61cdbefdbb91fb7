"""Merge quote mentions across articles into quote nodes.

One node per quotation: same speaker and mostly the same words (translations
of one statement differ in a few words).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kg.model import Evidence, Quote
from kg.resolve import identity

def merge_quotes(extractions, actor_of) -> list[Quote]:
    quotes: list[Quote] = []
    # Quotes by (speaker, content word): a quotation can only be the same as one of its
    # speaker's that shares words with it, looked at in the order they were first seen.
    by_word: dict[tuple, list[int]] = defaultdict(list)
    indexed: set[tuple] = set()
    positions: dict[int, int] = {}
    word_sets: list[set[str]] = []  # the content words of each quote's text, kept as its text grows
    for extraction in extractions:
        sid = extraction.article.source_id
        for qm in extraction.quotes:
            speaker = actor_of.get((sid, qm.speaker)) if qm.speaker else None
            words = _content_words(qm.span.text)
            match = None
            for index in sorted({i for w in words for i in by_word.get((speaker, w), ())}):
                other = word_sets[index]
                if other and len(words & other) / min(len(words), len(other)) >= 0.7:
                    match = quotes[index]
                    break
            if match is None:
                # The IRI comes from the first wording seen, so it does not change when
                # a later article quotes the statement at greater length.
                match = Quote(key=identity.quote_id(qm.span.text), text=qm.span.text, speaker=speaker)
                quotes.append(match)
                word_sets.append(words)
            elif len(qm.span.text) > len(match.text):
                match.text = qm.span.text
                word_sets[positions[id(match)]] = words
            position = positions.setdefault(id(match), len(quotes) - 1)
            for word in word_sets[position]:
                if (speaker, word, position) not in indexed:
                    indexed.add((speaker, word, position))
                    by_word[(speaker, word)].append(position)
            match.evidence.append(Evidence(sid, qm.span))
    _unique_keys(quotes)
    return quotes


_CONTENT = re.compile(r"[a-z][a-z'-]{2,}")
_FUNCTION_WORDS = {"the", "and", "has", "have", "had", "been", "are", "was", "were", "will", "but", "for", "with",
                   "that", "this", "all", "its", "their", "they", "from", "into", "still", "until"}


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower()) if w not in _FUNCTION_WORDS}


def _unique_keys(items) -> None:
    seen: Counter = Counter()
    for item in sorted(items, key=lambda i: (i.key, min((e.source_id, e.span.start) for e in i.evidence))):
        seen[item.key] += 1
        if seen[item.key] > 1:
            item.key = f"{item.key}-{seen[item.key]}"
