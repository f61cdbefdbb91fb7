"""The extraction cache did not heal: one flipped byte in an entry made every later build crash,
an entry copied under another key gave a wrong graph with exit 0, and entries were pickles (a
planted one ran code). Now an entry is JSON, checked against its key and its hash; a bad one is
a miss, and the fresh record replaces it."""

import os
import pickle

from conftest import article
from kg.model import ArticleExtraction, ClaimMention, Span
from kg.pipeline.cache import ExtractionCache

from decimal import Decimal
from datetime import date


def record(source_id: str, text: str) -> ArticleExtraction:
    extraction = article(source_id, text, ("Almaty", "Place", {"country": "KAZ"}))
    extraction.claims.append(ClaimMention("c1", "Killed", Decimal("26.5"), "About", Span(0, 6, text[:6]),
                                          Span(0, 6, text[:6]), date=date(2022, 1, 7)))
    return extraction


def entry(cache: ExtractionCache, extraction: ArticleExtraction):
    key = cache.key(extraction.article)
    return cache.directory / key[:2] / f"{key}.json"


def test_an_entry_comes_back_exactly_as_it_went_in(tmp_path):
    cache = ExtractionCache(tmp_path, "m", "1")
    stored = record("a", "Almaty was calm.")
    cache.put(stored)
    assert cache.get(stored.article) == stored


def test_every_flipped_byte_is_a_miss_and_the_next_put_heals_the_entry(tmp_path):
    cache = ExtractionCache(tmp_path, "m", "1")
    stored = record("a", "Almaty was calm.")
    cache.put(stored)
    path = entry(cache, stored)
    good = path.read_bytes()
    for position in range(0, len(good), 7):
        flipped = bytearray(good)
        flipped[position] ^= 0x01
        path.write_bytes(bytes(flipped))
        assert cache.get(stored.article) is None, position
    cache.put(stored)
    assert cache.get(stored.article) == stored


def test_an_entry_copied_under_another_key_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path, "m", "1")
    first, second = record("a", "Almaty was calm."), record("b", "Almaty was not calm at all.")
    cache.put(first)
    cache.put(second)
    entry(cache, second).write_bytes(entry(cache, first).read_bytes())
    assert cache.get(second.article) is None
    assert cache.get(first.article) == first


def test_a_planted_pickle_is_never_loaded(tmp_path):
    cache = ExtractionCache(tmp_path, "m", "1")
    stored = record("a", "Almaty was calm.")
    marker = tmp_path / "ran"

    class Payload:
        def __reduce__(self):
            return os.mkdir, (str(marker),)

    path = entry(cache, stored)
    path.parent.mkdir(parents=True)
    path.write_bytes(pickle.dumps(Payload()))
    path.with_suffix(".pkl").write_bytes(pickle.dumps(Payload()))  # the old entry name too
    assert cache.get(stored.article) is None
    assert not marker.exists()
