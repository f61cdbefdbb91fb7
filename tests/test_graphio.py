"""Graph files: formats by extension, deterministic bytes, atomic writes."""

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import GraphError
from kg.rdf.graphio import format_of, load_graph, load_store, serialize, write_graph


def small_graph() -> Graph:
    graph = Graph()
    for i in range(3):
        graph.add((URIRef(f"https://example.org/s{i}"), URIRef("https://example.org/p"), Literal(f"ö {i}")))
    return graph


def test_the_format_comes_from_the_extension_or_the_option():
    assert format_of("g.ttl") == "ttl"
    assert format_of("g.nq") == "nq"
    assert format_of("g.json") == "jsonld"
    assert format_of("g.ttl", "nt") == "nt"
    with pytest.raises(GraphError, match="extension"):
        format_of("g.txt")
    with pytest.raises(GraphError, match="unknown RDF format"):
        format_of("g.ttl", "rdfxml")


def test_n_triples_are_sorted_lines_so_the_same_graph_gives_the_same_bytes():
    data = serialize(small_graph(), "nt").decode()
    lines = data.splitlines()
    assert lines == sorted(lines) and len(lines) == 3


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_the_same_triples_give_the_same_bytes_whatever_order_they_were_added_in(fmt):
    triples = list(small_graph()) + [(URIRef("https://example.org/s0"), URIRef("https://example.org/q"), Literal(n))
                                     for n in range(5)]
    forward, backward = Graph(), Graph()
    for triple in triples:
        forward.add(triple)
    for triple in reversed(triples):
        backward.add(triple)
    assert serialize(forward, fmt) == serialize(backward, fmt)


def test_n_quads_put_every_triple_in_the_named_graph():
    data = serialize(small_graph(), "nq", named_graph="https://example.org/g").decode()
    assert all(line.endswith("<https://example.org/g> .") for line in data.splitlines())


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_every_format_round_trips(tmp_path, fmt):
    path = tmp_path / f"graph.{'jsonld' if fmt == 'jsonld' else fmt}"
    write_graph(small_graph(), path, fmt)
    assert len(load_graph([path])) == 3
    assert len(load_store([path])) == 3


def test_a_failed_write_leaves_the_old_file_untouched_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_text("old")

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.atomic.os.replace", explode)
    with pytest.raises(RuntimeError):
        write_graph(small_graph(), path)
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_unparsable_and_missing_graphs_name_the_file(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .")
    with pytest.raises(GraphError, match="broken.ttl"):
        load_store([broken])
    with pytest.raises(GraphError, match="no such file"):
        load_graph([tmp_path / "missing.ttl"])
