"""kg.rdf.store: the persistent store and the one-graph-per-article dataset layout."""

from __future__ import annotations

import shutil

import pyoxigraph
import pytest
from rdflib import Dataset, Graph
from rdflib.compare import to_isomorphic
from rdflib.namespace import RDF

from kg.sparql import query as q
from kg.pipeline.build import build
from kg.rdf.graphio import serialize
from kg.rdf.store import open_store, save, serialize_dataset
from kg.rdf.vocab import KG

from conftest import EXAMPLE_DIR


@pytest.fixture(scope="module")
def graph(tmp_path_factory) -> Graph:
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(EXAMPLE_DIR.glob("*.txt"))[:3]:
        shutil.copy(path, folder)
    return build([folder]).graph


def test_store_answers_every_shipped_query_like_the_file(graph, tmp_path):
    save(graph, tmp_path / "store")
    stored = open_store(tmp_path / "store")
    assert len(stored) == len(graph)
    in_memory = pyoxigraph.Store()
    in_memory.load(serialize(graph, "nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    for query_file in q.shipped_queries():
        expected = q.run(query_file.text, in_memory)
        got = q.run(query_file.text, stored)
        assert _rows(got) == _rows(expected), query_file.name


def _rows(answer) -> list[str]:
    """Rows in a fixed order, GROUP_CONCAT lists (" | " or ", " separated) sorted (SPARQL leaves their order open)."""
    def concat_sorted(value):
        return " | ".join(sorted(", ".join(sorted(part.split(", "))) for part in value.split(" | "))) if value else value

    return sorted(str([concat_sorted(v) for v in row]) for row in answer.rows)


def test_saving_again_replaces_the_contents(graph, tmp_path):
    save(graph, tmp_path / "store")
    store = save(graph, tmp_path / "store")
    assert len(store) == len(graph)


def test_dataset_has_one_graph_per_article_and_the_same_triples(graph):
    data = serialize_dataset(graph, "nq")
    assert data == serialize_dataset(graph, "nq")
    dataset = Dataset()
    dataset.parse(data=data, format="nquads")
    articles = set(graph.subjects(RDF.type, KG.Article))
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {str(a) for a in articles} <= names
    merged = Graph()
    for s, p, o, _ in dataset.quads():
        merged.add((s, p, o))
    assert to_isomorphic(merged) == to_isomorphic(graph)
    for article in articles:
        assert (article, RDF.type, KG.Article) in dataset.graph(article)


def test_trig_is_deterministic(graph):
    assert serialize_dataset(graph, "trig") == serialize_dataset(graph, "trig")


def test_the_dataset_of_a_built_graph_is_that_of_the_same_triples_in_any_graph(graph):
    plain = Graph()
    for prefix, namespace in graph.namespaces():
        plain.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        plain.add(triple)
    assert serialize_dataset(graph, "nq") == serialize_dataset(plain, "nq")
    assert serialize_dataset(graph, "trig") == serialize_dataset(plain, "trig")
