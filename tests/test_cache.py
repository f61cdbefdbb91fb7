"""Incremental builds: cached extraction records give the very bytes of a full rebuild."""

from __future__ import annotations

import shutil

from kg.pipeline.build import build
from kg.pipeline.cache import ExtractionCache
from kg.rdf.graphio import serialize
from kg.model import Article

from conftest import EXAMPLE_DIR


def test_adding_articles_parses_only_the_new_ones(tmp_path):
    files = sorted(EXAMPLE_DIR.glob("*.txt"))[:4]
    first, both = tmp_path / "a", tmp_path / "ab"
    first.mkdir(), both.mkdir()
    for path in files[:2]:
        shutil.copy(path, first)
    for path in files:
        shutil.copy(path, both)
    cache = tmp_path / "cache"

    build([first], cache=cache)
    parsed: list[str] = []
    incremental = build([both], cache=cache, on_parsed=lambda a: parsed.append(a.source_id))
    fresh = build([both])

    assert sorted(parsed) == sorted(p.name for p in files[2:])
    assert incremental.parsed == 2 and incremental.cached == 2
    assert serialize(incremental.graph, "nt") == serialize(fresh.graph, "nt")
    assert serialize(incremental.graph, "ttl") == serialize(fresh.graph, "ttl")


def test_key_changes_with_text_metadata_and_model(tmp_path):
    cache = ExtractionCache(tmp_path, "en_core_web_sm", "3.8.0")
    article = Article("a1", "Police said two people were hurt.")
    key = cache.key(article)
    assert cache.key(Article("a1", "Police said two people were hurt.")) == key
    assert cache.key(Article("a1", "Police said three people were hurt.")) != key
    assert cache.key(Article("a1", "Police said two people were hurt.", title="Two hurt")) != key
    assert ExtractionCache(tmp_path, "en_core_web_sm", "3.8.1").key(article) != key


def test_an_unreadable_entry_is_a_miss(tmp_path):
    cache = ExtractionCache(tmp_path, "m", "1")
    article = Article("a1", "Text.")
    path = tmp_path / cache.key(article)[:2] / f"{cache.key(article)}.json"
    path.parent.mkdir()
    path.write_bytes(b"not an entry")
    assert cache.get(article) is None and cache.misses == 1
