"""Graph files: formats by extension, deterministic bytes, the same triples in every format, atomic writes."""

import json
import subprocess
import sys

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import graph_diff, to_isomorphic
from rdflib.namespace import RDF, RDFS, XSD

from kg.errors import GraphError
from kg.rdf import graphio
from kg.rdf.graphio import format_of, load_graph, load_store, serialize, write_graph
from kg.rdf.terms import to_rdflib
from kg.rdf.vocab import KG, PREFIXES

# Names outside the ontology, to test how odd local names are written (KG itself refuses them).
KG_ANY = Namespace(str(KG))

FORMATS = ["ttl", "nt", "nq", "trig", "jsonld"]


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


@pytest.mark.parametrize("fmt", FORMATS)
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


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_round_trips(tmp_path, fmt):
    graph = small_graph()
    node = BNode()  # blank nodes too: compared as graphs, not as sets of triples
    graph.add((URIRef("https://example.org/s0"), URIRef("https://example.org/near"), node))
    graph.add((node, URIRef("https://example.org/p"), Literal("unnamed")))
    path = tmp_path / f"graph.{'jsonld' if fmt == 'jsonld' else fmt}"
    write_graph(graph, path, fmt)
    loaded = Graph()
    for triple in load_graph([path]):
        loaded.add(triple)
    _, only_written, only_read = graph_diff(to_isomorphic(graph), to_isomorphic(loaded))
    assert not only_written and not only_read
    assert len(load_store([path])) == 5


def test_a_failed_write_leaves_the_old_file_untouched_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "graph.ttl"
    path.write_text("old")

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("kg.system.files.os.replace", explode)
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


def tricky_graph() -> Graph:
    """Literals and IRIs that serialisers get wrong: escapes, line breaks, control characters, language
    tags, datatypes with non-canonical forms, IRIs that cannot be prefixed names, a blank node."""
    graph = Graph()
    s = URIRef("https://example.org/node/ö?q=1&x=(a),b;c#frag")
    texts = ['line one\nline two\r\n\ttabbed "quoted" \\ backslash', 'triple """ quotes\'\'\' and \'',
             "line\u2028separator \x0b\x0c\x1f\x7f", "émoji 🚀 and 中文", "", " leading and trailing "]
    for index, text in enumerate(texts):
        graph.add((s, KG.text, Literal(text + str(index))))
    graph.add((s, RDFS.label, Literal("colour", lang="en-GB")))
    graph.add((s, RDFS.label, Literal("Farbe", lang="de")))
    for lexical, datatype in (("3000", XSD.decimal), ("-0.50", XSD.decimal), ("007", XSD.integer),
                              ("1e3", XSD.double), ("true", XSD.boolean), ("2022-01-07", XSD.date),
                              ("x y", URIRef("https://example.org/datatype#odd"))):
        graph.add((s, KG.value, Literal(lexical, datatype=datatype)))
    for local in ("a/b", "inner.dot", "-dash", "1st", "with%20escape", "with:colon", "é", "x~y!$&'()*+,;="):
        graph.add((s, RDF.type, KG_ANY[local]))
        graph.add((KG_ANY[local], KG.about, s))
    blank = BNode("b1")
    graph.add((s, KG.evidence, blank))
    graph.add((blank, KG.text, Literal("in a blank node")))
    return graph


def reference(graph: Graph):
    """The graph as read back from its N-Triples (the format whose bytes did not change)."""
    return comparable(Graph().parse(data=serialize(graph, "nt"), format="nt"))


def comparable(graph: Graph):
    """The graph for to_isomorphic, language tags in lower case: RDF 1.1 makes them case-insensitive,
    pyoxigraph writes them in lower case ("en-GB" as "en-gb"), and rdflib's graph hash tells them apart."""
    lowered = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.language:
            o = Literal(str(o), lang=o.language.lower())
        lowered.add((s, p, o))
    return to_isomorphic(lowered)


def read_back(path) -> tuple:
    """The file read by rdflib and, separately, by pyoxigraph's parser (as rdflib terms), both as isomorphic
    graphs. Not through a pyoxigraph store, which keeps numbers by value ("-0.50" comes back as "-0.5")."""
    by_oxigraph = Graph()
    for quad in pyoxigraph.parse(path=path, format=graphio.FORMATS[format_of(path)][1]):
        by_oxigraph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return comparable(load_graph([path])), comparable(by_oxigraph)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_exactly_the_triples_of_the_n_triples_on_a_tricky_graph(tmp_path, fmt):
    graph = tricky_graph()
    path = tmp_path / f"graph.{fmt}"
    write_graph(graph, path, fmt)
    by_rdflib, by_oxigraph = read_back(path)
    assert by_rdflib == reference(graph)
    assert by_oxigraph == reference(graph)


def test_a_prefixed_name_ending_with_a_dot_is_escaped_as_turtle_allows(tmp_path):
    """Valid Turtle that pyoxigraph reads; rdflib's parser cannot read a local name ending in an escaped dot
    (RDFLib/rdflib#933). The contract's names never end with a dot, and data IRIs are written whole."""
    graph = Graph()
    graph.add((URIRef("https://example.org/s"), KG.about, KG_ANY["odd.name."]))
    path = tmp_path / "graph.ttl"
    write_graph(graph, path)
    assert "kg:odd.name\\. ." in path.read_text()
    assert [quad.object.value for quad in load_store([path])] == [str(KG_ANY["odd.name."])]


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_holds_exactly_the_triples_of_the_n_triples_on_the_example(example_build, tmp_path, fmt):
    path = tmp_path / f"example.{fmt}"
    write_graph(example_build.graph, path, fmt)
    by_rdflib, by_oxigraph = read_back(path)
    expected = reference(example_build.graph)
    assert len(expected) > 1000
    assert by_rdflib == expected
    assert by_oxigraph == expected


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld"])
def test_pieces_split_between_subjects_give_the_bytes_of_one_piece(monkeypatch, example_build, fmt):
    whole = serialize(example_build.graph, fmt)
    monkeypatch.setattr(graphio, "_LINES_PER_PIECE", 7)
    assert serialize(example_build.graph, fmt) == whole


def test_a_named_graph_in_trig_holds_every_triple_however_many_pieces_it_takes(monkeypatch, tmp_path):
    monkeypatch.setattr(graphio, "_LINES_PER_PIECE", 3)
    path = tmp_path / "graph.trig"
    write_graph(tricky_graph(), path, named_graph="https://example.org/g")
    assert {str(quad.graph_name) for quad in pyoxigraph.parse(path=path)} == {"<https://example.org/g>"}
    assert read_back(path)[1] == reference(tricky_graph())


@pytest.mark.parametrize("fmt", ["ttl", "trig"])
def test_turtle_declares_the_contract_prefixes_in_order_and_writes_each_subject_once(example_build, fmt):
    text = serialize(example_build.graph, fmt).decode("utf-8")
    declarations = [f"@prefix {prefix}: <{PREFIXES[prefix]}> ." for prefix in sorted(PREFIXES)]
    assert text.splitlines()[: len(declarations)] == declarations
    assert " a kg:Claim ;" in text and "^^xsd:date" in text
    statements = [line for line in text.splitlines() if line.startswith("<")]
    assert len(statements) == len(set(statements)) == len(set(example_build.graph.subjects()))


def test_json_ld_is_expanded_json_ld_with_one_node_object_per_subject(example_build):
    nodes = json.loads(serialize(example_build.graph, "jsonld"))
    ids = [node["@id"] for node in nodes]
    assert len(ids) == len(set(ids)) == len(set(example_build.graph.subjects()))
    assert "@context" not in serialize(example_build.graph, "jsonld").decode("utf-8")


def test_every_format_gives_the_same_bytes_in_a_fresh_process(tmp_path):
    """pyoxigraph and rdflib keep no order that could change from one process to the next (hash seeds)."""
    script = ("import sys\nsys.path.insert(0, {tests!r})\nfrom test_graphio import tricky_graph\n"
              "from kg.rdf.graphio import serialize\n"
              "sys.stdout.buffer.write(b'\\0'.join(serialize(tricky_graph(), f) for f in {formats!r}))\n")
    script = script.format(tests=str(__import__("pathlib").Path(__file__).parent), formats=FORMATS)
    outputs = [subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                              env={"PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")]
    assert outputs[0] == outputs[1] == b"\0".join(serialize(tricky_graph(), fmt) for fmt in FORMATS)
