"""kg.validate and kg.reports: loading, errors, exit codes, evidence text, batches and report formats."""

from __future__ import annotations

import json
import time
from pathlib import Path
from xml.etree import ElementTree as ET

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.errors import GraphError, ShapesError
from kg.validation.reports import render, to_github, to_json, to_junit, to_text, to_turtle
from kg.validation.validate import ValidationIssue, ValidationResult, exit_code, load_data, validate
from kg.rdf.vocab import KG

EXAMPLE = Path(__file__).parent / "data" / "contract_example.ttl"
ID = "https://w3id.org/newskg/id/"


@pytest.fixture
def example() -> Graph:
    return Graph().parse(EXAMPLE, format="turtle")


@pytest.fixture
def two_faults(example) -> Graph:
    """An article without kg:sourceId (a violation) and an event nobody does (a warning)."""
    example.remove((URIRef(ID + "article/a2"), KG.sourceId, None))
    example.remove((URIRef(ID + "event/berg-urges-calm"), KG.agent, None))
    return example


@pytest.mark.parametrize("fmt", ["nt", "nquads", "trig", "json-ld"])
def test_every_format_loads_the_same_triples(tmp_path, example, fmt):
    suffix = {"nt": ".nt", "nquads": ".nq", "trig": ".trig", "json-ld": ".jsonld"}[fmt]
    path = tmp_path / f"example{suffix}"
    if fmt in ("nquads", "trig"):
        from rdflib import Dataset

        dataset = Dataset()
        named = dataset.graph(URIRef("http://example.org/graph"))
        for triple in example:
            named.add(triple)
        dataset.serialize(path, format=fmt)
    else:
        example.serialize(path, format=fmt)
    assert load_data([path]).isomorphic(load_data([EXAMPLE]))
    assert validate([path]).conforms
    assert validate([path], engine="fast").conforms


def test_a_pyoxigraph_store_is_validated_like_the_file():
    # The store turns xsd:nonNegativeInteger offsets into xsd:integer, which the shapes accept.
    store = pyoxigraph.Store()
    store.load(path=str(EXAMPLE), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(load_data(store)) == len(load_data([EXAMPLE]))
    assert validate(store).results == []
    assert validate(store, engine="fast").results == []


def test_a_syntax_error_names_the_file(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> .\n")
    with pytest.raises(GraphError, match="broken.ttl"):
        validate([bad])


def test_a_missing_file_names_the_file(tmp_path):
    with pytest.raises(GraphError, match="nowhere.ttl"):
        validate([tmp_path / "nowhere.ttl"])


def test_an_unknown_extension_is_a_graph_error(tmp_path):
    odd = tmp_path / "graph.txt"
    odd.write_text("")
    with pytest.raises(GraphError, match="graph.txt"):
        validate([odd])


def test_unparseable_shapes_name_the_file(tmp_path):
    bad = tmp_path / "my-shapes.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\n<s> a sh:NodeShape\n")
    with pytest.raises(ShapesError, match="my-shapes.ttl"):
        validate([EXAMPLE], [bad])


def test_shapes_that_break_shacl_for_shacl_are_refused(tmp_path):
    bad = tmp_path / "typo.ttl"
    bad.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix kg: <https://w3id.org/newskg/ontology#> .
        <s> a sh:NodeShape ; sh:targetClass kg:Article ; sh:property [ sh:path kg:sourceId ; sh:maxCount "one" ] .
    """)
    with pytest.raises(ShapesError, match="typo.ttl.*maxCount"):
        validate([EXAMPLE], [bad])


def test_custom_shapes_replace_the_shipped_ones(tmp_path):
    shapes = tmp_path / "headline.ttl"
    shapes.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix kg: <https://w3id.org/newskg/ontology#> .
        @prefix schema: <https://schema.org/> .
        <https://example.org/HeadlineRequired> a sh:NodeShape ; sh:targetClass kg:Article ;
            sh:property [ sh:path schema:headline ; sh:minCount 1 ] .
    """)
    result = validate([EXAMPLE], [shapes])
    assert [str(i.focus) for i in result.results] == [ID + "article/a2"]


def test_issues_carry_focus_path_severity_and_evidence_text(two_faults):
    result = validate(two_faults)
    assert not result.conforms
    violation, warning = result.results  # most severe first
    assert (violation.focus, violation.path, violation.severity) == (URIRef(ID + "article/a2"), KG.sourceId, "violation")
    assert violation.constraint == SH.MinCountConstraintComponent
    assert violation.evidence_text is None  # an article has no kg:evidence
    assert (warning.focus, warning.severity) == (URIRef(ID + "event/berg-urges-calm"), "warning")
    assert warning.evidence_text == "urged"


def test_evidence_text_of_an_actor_is_its_first_mention(example):
    ministry = URIRef(ID + "actor/interior-ministry")
    example.remove((ministry, KG.sector, None))
    example.add((ministry, KG.sector, Literal("government")))
    (issue,) = validate(example).results
    # Two mentions in article a1, at 65 ("interior ministry") and 131 ("the ministry").
    assert issue.evidence_text == "interior ministry"


@pytest.mark.parametrize(
    "severities, fail_on, expected",
    [
        ([], "violation", 0),
        (["warning"], "violation", 0),
        (["warning"], "warning", 1),
        (["info"], "warning", 0),
        (["info"], "info", 1),
        (["violation"], "violation", 1),
        (["violation"], "info", 1),
    ],
)
def test_exit_code_fails_at_or_above_the_chosen_level(severities, fail_on, expected):
    issues = [ValidationIssue(URIRef("urn:x"), None, s, "m", None, URIRef("urn:s"), None) for s in severities]
    assert exit_code(ValidationResult(conforms=not issues, results=issues), fail_on) == expected


def test_exit_code_refuses_an_unknown_level():
    with pytest.raises(ValueError):
        exit_code(ValidationResult(conforms=True), "error")


def test_batches_of_one_article_find_what_one_run_finds(two_faults):
    # Make the cross-article conflict warning fire too: it needs the other claim's articles.
    two_faults.add((URIRef(ID + "claim/killed-up-to-5"), KG.reportedIn, URIRef(ID + "article/a1")))
    whole = validate(two_faults, batch_articles=0)
    batched = validate(two_faults, batch_articles=1, workers=2)
    assert len(whole.results) == 3
    assert batched.results == whole.results
    assert list(batched.report_graph.objects(None, SH.conforms)) == [Literal(False)]


# --- report formats -----------------------------------------------------------------


def test_text_groups_by_severity_then_shape_and_quotes_evidence(two_faults):
    text = to_text(validate(two_faults))
    assert text.startswith("The graph does not conform: 1 violation, 1 warning.")
    assert text.index("VIOLATIONS (1)") < text.index("kgsh:ArticleSourceId") < text.index("WARNINGS (1)")
    assert 'evidence: "urged"' in text


def test_text_of_a_conforming_graph_says_so(example):
    assert to_text(validate(example)) == "The graph conforms to the shapes.\n"


def test_turtle_is_a_standard_validation_report(two_faults):
    report = Graph().parse(data=to_turtle(validate(two_faults)), format="turtle")
    (node,) = report.subjects(predicate=SH.conforms)
    assert report.value(node, SH.conforms).toPython() is False
    assert len(list(report.objects(node, SH.result))) == 2


def test_json_lists_results_with_counts(two_faults):
    document = json.loads(to_json(validate(two_faults)))
    assert document["conforms"] is False
    assert document["counts"] == {"violation": 1, "warning": 1, "info": 0}
    assert document["results"][1]["evidence_text"] == "urged"


def test_junit_fails_violations_and_shows_warnings(two_faults):
    suite = ET.fromstring(to_junit(validate(two_faults)))
    assert (suite.get("tests"), suite.get("failures")) == ("2", "1")
    failing = [case for case in suite.iter("testcase") if case.find("failure") is not None]
    assert [case.get("classname") for case in failing] == ["kgsh:ArticleSourceId"]
    assert "urged" in suite.find("testcase/system-out").text
    strict = ET.fromstring(to_junit(validate(two_faults), fail_on="warning"))
    assert strict.get("failures") == "2"


def test_junit_of_a_conforming_graph_has_one_passing_case(example):
    suite = ET.fromstring(to_junit(validate(example)))
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")


def test_github_commands_are_one_line_each_and_escaped(two_faults):
    lines = to_github(validate(two_faults)).splitlines()
    assert [line.split(" ", 1)[0] for line in lines] == ["::error", "::warning"]
    assert lines[0].startswith("::error title=kgsh%3AArticleSourceId (violation)::")
    assert 'evidence: "urged"' in lines[1]


def test_render_picks_the_format_by_name(two_faults):
    result = validate(two_faults)
    assert render(result, "json") == to_json(result)
    assert ET.fromstring(render(result, "junit", fail_on="warning")).get("failures") == "2"
    with pytest.raises(ValueError, match="csv"):
        render(result, "csv")


# --- speed ---------------------------------------------------------------------------


def replicated(copies: int) -> Graph:
    """The example graph ``copies`` times over, each copy under its own IRIs."""
    base = Graph().parse(EXAMPLE, format="turtle")
    graph = Graph()
    for i in range(copies):
        def rename(term, i=i):
            text = str(term)
            return URIRef(f"{ID}r{i}/{text[len(ID):]}") if isinstance(term, URIRef) and text.startswith(ID) else term
        for s, p, o in base:
            graph.add((rename(s), rename(p), rename(o)))
    return graph


@pytest.mark.slow
def test_timing_on_a_million_triples(tmp_path):
    """A million triples through the default path, the fast engine (run with --runslow -s).

    The figures in docs/PERFORMANCE.md come from bench/bench_validate.py.
    """
    path = tmp_path / "big.nt"
    replicated(5300).serialize(path, format="nt", encoding="utf-8")
    start = time.perf_counter()
    result = validate([path])
    elapsed = time.perf_counter() - start
    print(f"\n{len(load_data([path]))} triples validated in {elapsed:.0f} s")
    assert result.conforms


# --- the fast engine (kg.shacl_fast) against the reference (pySHACL) ----------------------

def assert_same_report(fast, reference):
    def everything(issue):
        # A blank node shape is labelled anew each time the shapes are read.
        shape = "_:shape" if isinstance(issue.shape, BNode) else issue.shape
        return (issue.focus, issue.path, issue.severity, issue.constraint, shape, issue.value,
                issue.message, issue.evidence_text)

    assert sorted(map(everything, fast.results), key=str) == sorted(map(everything, reference.results), key=str)
    assert fast.report_graph.isomorphic(reference.report_graph)


CUSTOM_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ex: <http://example.org/> .

# No sh:message anywhere: pySHACL words each result itself.
ex:ItemShape a sh:NodeShape ; sh:targetClass ex:Item ;
    sh:property [ sh:path ex:code ; sh:maxLength 4 ; sh:minLength 2 ; sh:pattern "^[a-z]+$" ; sh:flags "i" ] ;
    sh:property [ sh:path ex:size ; sh:minExclusive 0 ; sh:maxInclusive 10 ; sh:datatype xsd:integer ] ;
    sh:property [ sh:path ex:colour ; sh:in ( "red" "green" ) ; sh:maxCount 1 ] ;
    sh:property [ sh:path ex:start ; sh:lessThan ex:end ] ;
    sh:property [ sh:path ex:owner ; sh:nodeKind sh:IRI ; sh:node ex:OwnerShape ] ;
    sh:property [ sh:path ex:tag ; sh:hasValue "core" ] ;
    sh:xone ( [ sh:path ex:a ; sh:minCount 1 ] [ sh:path ex:b ; sh:minCount 1 ] ) ;
    sh:and ( [ sh:class ex:Item ] [ sh:not [ sh:class ex:Retired ] ] ) .

ex:OwnerShape a sh:NodeShape ; sh:property [ sh:path ex:name ; sh:minCount 1 ; sh:severity sh:Warning ] .

ex:Sub sh:targetSubjectsOf ex:a ; sh:property [ sh:path ex:a ; sh:maxExclusive 3 ] .
ex:Obj sh:targetObjectsOf ex:owner ; sh:targetNode ex:nobody ; sh:class ex:Person .
"""

CUSTOM_DATA = """
@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:Special rdfs:subClassOf ex:Item .
ex:good a ex:Item ; ex:code "Abc" ; ex:size 3 ; ex:colour "red" ; ex:start 1 ; ex:end 2 ;
    ex:owner ex:ann ; ex:tag "core" ; ex:a 1 .
ex:ann a ex:Person ; ex:name "Ann" .
ex:bad a ex:Special, ex:Retired ; ex:code "x", "toolong", "a1" ; ex:size 0, 11, "3" ;
    ex:colour "blue", "red" ; ex:start 5, "s" ; ex:end 2 ; ex:owner ex:bob, "carl", _:someone ;
    ex:tag "edge" ; ex:a 1, 4 ; ex:b 2 .
ex:bob ex:age 40 .
_:someone ex:name "Someone" .
""".replace("@prefix ex:", "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n@prefix ex:", 1)


def test_the_fast_engine_reports_what_pyshacl_reports_for_other_core_constraints(tmp_path):
    shapes = tmp_path / "custom.ttl"
    shapes.write_text(CUSTOM_SHAPES)
    data = Graph().parse(data=CUSTOM_DATA, format="turtle")
    reference = validate(data, [shapes], engine="pyshacl")
    assert len(reference.results) > 15  # every constraint above fails at least once on ex:bad
    assert_same_report(validate(data, [shapes], engine="fast"), reference)


SPARQL_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:Shape a sh:NodeShape ; sh:targetClass ex:Item ;
    sh:sparql [ sh:message "{$this} is linked from {?value}" ; sh:select \"\"\"
        SELECT $this ?value WHERE { %s }\"\"\" ] .
"""


@pytest.mark.parametrize("where, bulk", [
    # ?this bound by the shape's targets first, then joined: one query for all focus nodes.
    ("?value <http://example.org/link> $this . FILTER (?value != $this)", True),
    # The FILTER of a nested group reads $this before the group joins it: node by node.
    ("{ ?value <http://example.org/link> ?x . FILTER (?x = $this) }", False),
])
def test_sparql_constraints_run_once_or_node_by_node_with_the_same_results(tmp_path, where, bulk):
    from kg.validation.shacl_fast import _bulk_text

    assert (_bulk_text("", f"SELECT $this ?value WHERE {{ {where} }}") is not None) == bulk
    shapes = tmp_path / "sparql.ttl"
    shapes.write_text(SPARQL_SHAPES % where)
    data = Graph().parse(data="""
        @prefix ex: <http://example.org/> .
        ex:i1 a ex:Item . ex:i2 a ex:Item . ex:i3 a ex:Item .
        ex:j ex:link ex:i1, ex:i2 . ex:i2 ex:link ex:i2 .
    """, format="turtle")
    reference = validate(data, [shapes], engine="pyshacl")
    assert reference.results
    assert_same_report(validate(data, [shapes], engine="fast"), reference)


def test_the_shipped_sparql_constraints_all_run_once_over_the_graph():
    from kg.validation.shacl_fast import Engine
    from kg.validation.validate import load_shapes

    shapes = load_shapes()
    engine = Engine(shapes)
    queries = [q for s in engine._shapes.values() for c, name in s.components if name == "_sparql"
               for q in c.kg_queries]
    assert len(queries) == len(set(shapes.objects(None, SH.sparql))) == 6
    assert all(q.bulk is not None for q in queries)


UNSUPPORTED_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
<https://example.org/TwoMentions> a sh:NodeShape ; sh:targetClass kg:Person ;
    sh:property [ sh:path kg:evidence ; sh:qualifiedValueShape [ sh:class kg:Mention ] ; sh:qualifiedMinCount 9 ] .
"""


def test_shapes_the_fast_engine_cannot_run_go_to_pyshacl(tmp_path, monkeypatch, example):
    import kg.validation.validate

    shapes = tmp_path / "qualified.ttl"
    shapes.write_text(UNSUPPORTED_SHAPES)
    with pytest.raises(ShapesError, match="qualified"):
        validate(example, [shapes], engine="fast")
    reference = validate(example, [shapes], engine="pyshacl")
    assert reference.results
    monkeypatch.setattr(kg.validation.validate, "FAST_THRESHOLD", 0)  # "auto" would pick the fast engine
    assert_same_report(validate(example, [shapes]), reference)


@pytest.mark.parametrize("engine", ["pyshacl", "fast"])
def test_blank_nodes_of_two_files_stay_apart_and_named_graphs_merge(tmp_path, engine):
    shapes = tmp_path / "one-name.ttl"
    shapes.write_text("""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:OneName a sh:NodeShape ; sh:targetSubjectsOf ex:name ;
            sh:property [ sh:path ex:name ; sh:maxCount 1 ] .
    """)
    name = "<http://example.org/name>"
    ann, bob, twice, two_names = (tmp_path / f for f in ("ann.nt", "bob.nt", "twice.nq", "two-names.nt"))
    ann.write_text(f'_:b0 {name} "Ann" .\n')
    bob.write_text(f'_:b0 {name} "Bob" .\n')  # the same label, another node
    twice.write_text(f'_:b0 {name} "Ann" <http://example.org/g1> .\n_:b0 {name} "Ann" <http://example.org/g2> .\n')
    two_names.write_text(f'_:b0 {name} "Ann" .\n_:b0 {name} "Bob" .\n')
    assert validate([ann, bob], [shapes], engine=engine).conforms
    assert validate([twice], [shapes], engine=engine).conforms  # one triple in two graphs
    assert len(validate([two_names], [shapes], engine=engine).results) == 1


def test_auto_picks_the_fast_engine_above_the_threshold(monkeypatch, tmp_path, two_faults):
    import kg.validation.validate
    from kg.validation.shacl_fast import Engine

    runs = []
    real_run = Engine.run
    monkeypatch.setattr(Engine, "run", lambda self, data: runs.append(len(data)) or real_run(self, data))
    path = tmp_path / "two-faults.nt"
    two_faults.serialize(path, format="nt", encoding="utf-8")
    reference = validate([path], engine="pyshacl")
    assert validate([path]).results == reference.results and runs == []
    assert len(two_faults) < 1000
    monkeypatch.setattr(kg.validation.validate, "FAST_THRESHOLD", 100)
    assert_same_report(validate([path]), reference)
    assert runs == [len(two_faults)]
