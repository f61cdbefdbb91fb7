"""Graphs, cache entries and stores' files were created mode 0600 (tempfile.mkstemp), so a
colleague or a web server could not read them; now new files honour the umask."""

import os
import stat

import pytest
from rdflib import Graph, Literal, URIRef

from kg.system.files import atomic_write
from kg.rdf.graphio import write_graph


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_graph_is_created_0644_under_umask_022(tmp_path, umask_022):
    graph = Graph()
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
    write_graph(graph, tmp_path / "g.ttl")
    assert stat.S_IMODE((tmp_path / "g.ttl").stat().st_mode) == 0o644


@pytest.mark.skipif(os.name != "posix", reason="modes are POSIX")
def test_a_tighter_umask_is_honoured_too(tmp_path):
    old = os.umask(0o077)
    try:
        atomic_write(tmp_path / "private.nt", b"")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "private.nt").stat().st_mode) == 0o600
