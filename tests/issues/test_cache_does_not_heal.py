"""The extraction cache did not heal: one flipped byte in an entry made every later build crash,
an entry copied under another key gave a wrong graph with exit 0, and entries were pickles (a
planted one ran code). Now an entry is JSON, checked against its key and its hash; a bad one is
a miss, and the fresh record replaces it."""

import os
import pickle
import random
import shutil
import signal
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from conftest import EXAMPLE_DIR, article
from kg.model import ArticleExtraction, ClaimMention, Span
from kg.pipeline.build import build
from kg.pipeline.cache import ExtractionCache
from kg.rdf.graphio import serialize


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


# A child that writes cache entries for ever, each record a little longer than the one before.
WRITER = """
import sys
from conftest import article
from kg.pipeline.cache import ExtractionCache
cache = ExtractionCache(sys.argv[1], "m", "1")
number = 0
while True:
    text = "Almaty was calm. " * (1 + number % 50)
    cache.put(article(f"a{number % 20}", text, ("Almaty", "Place", {})))
    number += 1
    if number % 20 == 0:
        print("written", flush=True)
"""


def test_a_killed_writer_leaves_only_whole_entries_or_misses(tmp_path):
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("no kill -9 here")
    tests = str(Path(__file__).resolve().parents[1])
    chance = random.Random(7)
    for attempt in range(4):
        child = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHONPATH": tests})
        try:
            for _ in range(1 + attempt):
                assert child.stdout.readline() == "written\n"
            subprocess.run([sys.executable, "-c", f"import time; time.sleep({chance.random() * 0.3})"])
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
    cache = ExtractionCache(tmp_path, "m", "1")
    for number in range(20):
        for repeat in range(1, 51):
            wanted = article(f"a{number}", "Almaty was calm. " * repeat, ("Almaty", "Place", {}))
            got = cache.get(wanted.article)
            assert got is None or got == wanted


def test_a_build_over_damaged_entries_parses_again_and_gives_the_fresh_graph(tmp_path, nlp):
    folder, cache = tmp_path / "in", tmp_path / "cache"
    folder.mkdir()
    for path in sorted(EXAMPLE_DIR.glob("*.txt"))[:2]:
        shutil.copy(path, folder)
    fresh = build([folder], cache=cache)
    entries = sorted(cache.rglob("*.json"))
    assert len(entries) == 2
    damaged = bytearray(entries[0].read_bytes())
    damaged[len(damaged) // 2] ^= 0x20
    entries[0].write_bytes(bytes(damaged))
    entries[1].write_bytes(entries[0].read_bytes())  # an entry under another entry's name
    again = build([folder], cache=cache)
    assert again.parsed == 2 and not again.errors
    assert serialize(again.graph, "nt") == serialize(fresh.graph, "nt")
    assert build([folder], cache=cache).cached == 2  # healed
