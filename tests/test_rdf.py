"""kg.rdf: the mapped rows give the very graph, and the very bytes, rdflib gives for the same triples."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import GraphError
from kg.rdf.graphio import serialize
from kg.model import Actor, Article, Claim, Evidence, Resolved, Span
from kg.rdf.mapping import MappedStore, mapped_rows, to_graph
from kg.rdf.vocab import KG


def resolved() -> Resolved:
    text = 'Police said "two" people died.\u2028Back\\slash\r\nDr Ève Müller (BBC) spoke.'
    article = Article("wire/a1.txt", text, date=date(2022, 1, 7), title="Two die", url="https://example.org/a?x=1",
                      publisher="Example News")
    police = Actor("organization/police", "Police", "Organization", alt_labels={"police", "Police"}, country="FRA",
                   evidence=[Evidence(article.source_id, Span(0, 6, "Police"))])
    muller = Actor("person/eve-muller", "Ève Müller", "Person", wikidata="Q42",
                   evidence=[Evidence(article.source_id, Span(text.index("Dr"), text.index(" ("), "Dr Ève Müller"))])
    died = Claim("claim/killed-2-x", "Killed", Decimal("2.0"), "Exact", attributed_to="organization/police",
                 evidence=[Evidence(article.source_id, Span(12, 29, text[12:29]))])
    return Resolved([article], [police, muller], [], [died], [])


def plain_copy(graph: Graph) -> Graph:
    """The same triples and prefixes in an ordinary rdflib graph."""
    copy = Graph(bind_namespaces="none")
    for prefix, namespace in graph.namespaces():
        copy.bind(prefix, namespace, override=True, replace=True)
    for triple in graph:
        copy.add(triple)
    return copy


def test_n_triples_from_the_rows_are_the_bytes_rdflib_writes():
    graph = to_graph(resolved())
    assert mapped_rows(graph) is not None
    plain = plain_copy(graph)
    assert serialize(graph, "nt") == serialize(plain, "nt")
    assert serialize(graph, "nq", named_graph="https://example.org/g") == serialize(plain, "nq", named_graph="https://example.org/g")
    assert serialize(graph, "ttl") == serialize(plain, "ttl")


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_writing_any_format_never_fills_the_rdflib_graph(fmt):
    """Every format is written from the rows: a large build never holds its triples as rdflib terms too."""
    graph = to_graph(resolved())
    serialize(graph, fmt)
    assert not graph.store.loaded


def test_a_literal_with_a_unicode_line_separator_stays_on_its_line():
    data = serialize(to_graph(resolved()), "nt").decode("utf-8")
    lines = data.split("\n")[:-1]
    assert all(line.endswith(" .") and line.startswith("<") for line in lines)
    assert any("\u2028" in line for line in lines)
    assert data == serialize(plain_copy(to_graph(resolved())), "nt").decode("utf-8")


def test_the_graph_is_an_ordinary_rdflib_graph_loaded_when_first_read():
    graph = to_graph(resolved())
    store = graph.store
    assert isinstance(store, MappedStore) and not store.loaded
    police = URIRef("https://w3id.org/newskg/id/organization/police")
    assert (police, RDFS.label, Literal("Police")) in graph
    assert graph.value(URIRef("https://w3id.org/newskg/id/claim/killed-2-x"), KG.value) == Literal(Decimal("2.0"))
    assert store.loaded and mapped_rows(graph) is not None  # reading keeps the rows valid


def test_a_graph_changed_after_mapping_is_written_as_changed():
    graph = to_graph(resolved())
    extra = (URIRef("https://example.org/x"), RDF.type, KG.Article)
    graph.add(extra)
    assert mapped_rows(graph) is None
    assert b"<https://example.org/x>" in serialize(graph, "nt")
    graph.remove(extra)
    assert serialize(graph, "nt") == serialize(to_graph(resolved()), "nt")


def test_size_is_known_without_loading_and_counts_a_triple_once():
    graph = to_graph(resolved())
    size = len(graph)
    assert not graph.store.loaded
    assert size == len(plain_copy(graph))


def test_a_base_iri_that_cannot_be_written_is_refused():
    with pytest.raises(GraphError, match="base IRI"):
        to_graph(resolved(), base="https://example.org/my base/")


def test_an_event_names_its_own_class_beside_the_classes_it_specialises():
    """kg:eventType (issue 13) is the class the event was typed with, the most specific of its classes:
    a killing is typed kg:Kill, kg:Die and kg:Assault, and its kg:eventType is "Kill"."""
    from kg.model import Event

    base = resolved()
    source = base.articles[0].source_id
    killing = Event("event/kill-x", "Kill", triggers={"died"}, agents={"organization/police"},
                    evidence=[Evidence(source, Span(20, 24, "died"))])
    graph = to_graph(Resolved(base.articles, base.actors, [killing], [], []))
    (event,) = graph.subjects(KG.trigger, Literal("died"))
    assert set(graph.objects(event, RDF.type)) == {KG.Kill, KG.Die, KG.Assault}
    assert list(graph.objects(event, KG.eventType)) == [Literal("Kill")]


def test_every_event_of_the_example_names_the_most_specific_of_its_classes(example_build):
    from rdflib import Namespace

    from kg.rdf.vocab import load_ontology

    ontology = load_ontology()
    graph = example_build.graph
    events = set(graph.subjects(KG.eventType, None))
    assert events and events == set(graph.subjects(KG.factuality, None))
    for event in events:
        (name,) = graph.objects(event, KG.eventType)
        own = Namespace(str(KG))[str(name)]
        broader = set(ontology.transitive_objects(own, RDFS.subClassOf)) - {own}
        classes = {c for c in graph.objects(event, RDF.type) if str(c).startswith(str(KG))}
        assert own in classes and classes - {own} <= broader, (event, name, classes)


def test_lines_made_a_subject_at_a_time_are_in_the_order_of_all_lines_sorted():
    """N-Triples are written a subject's lines at a time (the writer never holds every line); subjects
    that begin other subjects ("…/a" and "…/a/b", "…/a-b", "…/ab") must still come where sorting all
    the lines puts them, and a row mapped twice is written once."""
    from kg.rdf.mapping import Lit, Triples

    triples = Triples({})
    label = str(RDFS.label)
    for subject in ("https://x.org/a/b", "https://x.org/ab", "https://x.org/a", "https://x.org/a-b", "https://x.org/a"):
        triples.rows += [(subject, label, Lit("z", None)), (subject, str(RDF.type), "https://x.org/T"),
                         (subject, label, Lit("1", str(RDFS.Literal)))]
    every_line = sorted({f"<{s}> <{p}> <{o}> ." if isinstance(o, str) else
                         f'<{s}> <{p}> "{o.lexical}"' + (f"^^<{o.datatype}>" if o.datatype else "") + " ."
                         for s, p, o in triples.rows})
    assert [line for lines in triples.subject_lines() for line in lines] == every_line
    assert triples.ntriples_lines() == every_line
