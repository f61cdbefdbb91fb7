"""Fuzzing with hypothesis: whatever the input, the build either takes an article or skips it
with a one-line reason, never aborts, and every offset in the graph points at its anchor text.

Few examples each (the suite must stay quick); the spaCy pipeline is loaded once per session.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from rdflib import Graph

from kg.ingest.read import read_inputs
from kg.model import Article, ReadError, ReadWarning
from kg.pipeline.build import build
from kg.rdf.graphio import serialize

from conftest import anchors

QUICK = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BUILDS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Every plane (surrogates apart: a file holds UTF-8, which has none), control characters included.
ANY_CHARACTER = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=["Cs"])
LINE_ENDINGS = st.sampled_from(["\n", "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\n\n"])
WORDS = st.sampled_from(["Police", "in", "Almaty", "detained", "12", "protesters", "said", "“", "”", '"',
                         "President", "Tokayev", "on", "Monday", ",", ".", "3,000", "killed", "Kazakhstan"])
ARTICLE_TEXT = st.one_of(
    st.text(ANY_CHARACTER, max_size=300),
    st.lists(st.one_of(WORDS, LINE_ENDINGS, st.text(ANY_CHARACTER, min_size=1, max_size=3)), max_size=80)
    .map(" ".join),
    st.builds(lambda words, times: " ".join(words) * times, st.lists(WORDS, min_size=1, max_size=12),
              st.integers(1, 60)),
    st.sampled_from(["", " ", "\n\n\n", "\r\n" * 50, "\x00"]),
)


def _check_items(items) -> None:
    for item in items:
        assert isinstance(item, (Article, ReadError, ReadWarning))
        if isinstance(item, Article):
            item.source_id.encode("utf-8")
            item.text.encode("utf-8")
        else:
            assert "\n" not in item.reason and item.reason
            item.source.encode("utf-8")
            item.reason.encode("utf-8")


# --- JSON Lines records ------------------------------------------------------------------------

ANY_STRING = st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=[]), max_size=30)
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), ANY_STRING),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(ANY_STRING, inner, max_size=4)),
    max_leaves=12,
)
FIELD = st.sampled_from(["id", "text", "date", "title", "url", "publisher", "other"])
RECORD = st.dictionaries(FIELD, st.one_of(JSON_VALUE, ARTICLE_TEXT, st.sampled_from(["2022-01-07", "2022-13-45"])),
                         max_size=7)
RAW_LINE = st.one_of(
    RECORD.map(lambda record: json.dumps(record, ensure_ascii=True)),
    st.builds(lambda digits, text: f'{{"id": {digits}, "text": {json.dumps(text)}}}',
              st.text("0123456789", min_size=1, max_size=6000), ARTICLE_TEXT),
    st.integers(1, 30_000).map(lambda depth: '{"id": "a", "text": "b", "c": ' + "[" * depth + "]" * depth + "}"),
    st.text(ANY_CHARACTER, max_size=40),
)


@QUICK
@given(st.lists(RAW_LINE, min_size=1, max_size=6))
def test_any_json_lines_file_reads_into_articles_and_one_line_reasons(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        path.write_text("\n".join(line.replace("\n", " ") for line in lines), encoding="utf-8",
                        errors="surrogatepass")
        _check_items(list(read_inputs([path])))


# --- file names --------------------------------------------------------------------------------

NAME_BYTES = st.binary(min_size=1, max_size=20).map(lambda raw: raw.replace(b"/", b"_").replace(b"\x00", b"_"))


@QUICK
@given(st.lists(st.tuples(NAME_BYTES, st.sampled_from([b".txt", b".jsonl", b".html", b".TXT"]), st.binary(max_size=60)),
                min_size=1, max_size=5, unique_by=lambda entry: entry[0] + entry[1]))
def test_any_file_names_read_or_are_skipped_with_a_printable_name(files):
    with tempfile.TemporaryDirectory() as folder:
        written = 0
        for stem, suffix, content in files:
            try:
                with open(os.path.join(os.fsencode(folder), stem + suffix), "wb") as stream:
                    stream.write(content)
                written += 1
            except OSError:
                continue  # a name this file system refuses
        items = list(read_inputs([folder]))
        _check_items(items)
        hidden = sum(stem.startswith(b".") for stem, _, _ in files)
        assert len([i for i in items if not isinstance(i, ReadWarning)]) >= min(1, written - hidden)


# --- whole builds ------------------------------------------------------------------------------


@BUILDS
@given(st.lists(ARTICLE_TEXT, min_size=1, max_size=3), LINE_ENDINGS)
def test_any_articles_build_or_are_skipped_and_every_offset_points_at_its_anchor(nlp, texts, ending):
    with tempfile.TemporaryDirectory() as folder:
        for number, text in enumerate(texts):
            Path(folder, f"{number}.txt").write_bytes(text.replace("\n", ending).encode("utf-8"))
        try:
            result = build([folder])
        except Exception as error:  # noqa: BLE001 - what a fuzz test is for
            pytest.fail(f"the build aborted: {type(error).__name__}: {error}")
        built = {article.source_id: article.text for article in result.resolved.articles}
        skipped = {Path(error.source).name for error in result.errors}
        assert set(built) | skipped == {f"{number}.txt" for number in range(len(texts))}
        assert all(error.reason and "\n" not in error.reason for error in result.errors)
        if not built:
            return
        for fmt in ("nt", "ttl"):
            graph = Graph().parse(data=serialize(result.graph, fmt), format="nt" if fmt == "nt" else "turtle")
            assert len(graph) == len(result.graph)
        for source, begin, end, anchor in anchors(result.graph):
            assert built[source][begin:end] == anchor
