"""A large mapped graph does not stay in memory (issue 13, bounded memory): once the mapper holds
``spill_rows`` rows it writes their sorted lines to a temporary run and starts again, and the
writers merge the runs. Written out or not, the graph is the same, byte for byte in every format."""

from __future__ import annotations

import os

import pyoxigraph
import pytest
from rdflib.compare import isomorphic

from kg.rdf.graphio import FORMATS, serialize
from kg.rdf.mapping import Lit, Mapper, Triples, _line, _row
from kg.rdf.store import dataset_quads


@pytest.fixture(scope="module")
def both(example_build):
    """The example's rows held (the default for a graph this small) and written out every 50 rows."""
    held = Mapper().add(example_build.resolved)
    spilled = Mapper(spill_rows=50).add(example_build.resolved)
    return held, spilled


def test_the_example_written_out_in_runs_gives_the_same_bytes_in_every_format(both):
    held, spilled = both
    assert not held._runs and len(spilled._runs) > 10
    for fmt in FORMATS:
        assert serialize(spilled.graph(), fmt) == serialize(held.graph(), fmt), fmt
    assert len(spilled) == len(held)
    assert list(spilled.subject_lines()) == list(held.subject_lines())  # a subject's lines at a time


def test_rows_written_out_read_back_as_the_same_graph_and_store(both):
    held, spilled = both
    assert set(spilled.all_rows()) == set(held.rows)
    assert isomorphic(spilled.graph(), held.graph())
    # a fresh graph (the one above was filled); the store's quads
    store_of = lambda triples: {str(q) for q in dataset_quads(triples.graph())}  # noqa: E731
    assert store_of(spilled) == store_of(held)


def test_a_line_reads_back_as_its_row():
    for obj in ("https://x.org/o", Lit('a "quoted"\\ back\\slash\nnew\rline\u2028sep'), Lit("5", "http://www.w3.org/2001/XMLSchema#date"),
                Lit(""), Lit('ends in a quote"')):
        row = ("https://x.org/s", "https://x.org/p", obj)
        assert _row(_line(row)) == row
        parsed = next(iter(pyoxigraph.parse((_line(row) + "\n").encode(), format=pyoxigraph.RdfFormat.N_TRIPLES)))
        assert parsed.subject.value == "https://x.org/s"  # a valid N-Triples line


def test_the_runs_are_removed_with_the_rows():
    triples = Triples({}, spill_rows=1)
    triples.rows.append(("https://x.org/s", "https://x.org/p", Lit("x")))
    triples.spill_if_large()
    folder = triples._folder
    assert folder and os.listdir(folder)
    del triples
    assert not os.path.exists(folder)


def test_many_runs_are_merged_a_level_at_a_time_into_the_same_lines(both, example_build, monkeypatch):
    # a merge opens at most _FAN_IN runs: runs of one level are merged into one of the next
    import kg.rdf.mapping as mapping

    held, _ = both
    monkeypatch.setattr(mapping, "_FAN_IN", 4)
    many = Mapper(spill_rows=20).add(example_build.resolved)
    assert len(many._runs) < 4 * (max(many._levels) + 1) and max(many._levels) >= 2
    assert list(many.subject_lines()) == list(held.subject_lines())
    assert len(os.listdir(many._folder)) == len(many._runs)
