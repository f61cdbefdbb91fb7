"""kg.validation.validate and kg.reports: loading, errors, exit codes, evidence text, both engines and report formats."""

from __future__ import annotations

import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_isomorphic
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
    assert to_isomorphic(load_data([path])) == to_isomorphic(load_data([EXAMPLE]))
    assert validate([path]).conforms
    assert validate([path], engine="turbo").conforms


def test_a_pyoxigraph_store_is_validated_like_the_file():
    # The store turns xsd:nonNegativeInteger offsets into xsd:integer, which the shapes accept.
    store = pyoxigraph.Store()
    store.load(path=str(EXAMPLE), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(load_data(store)) == len(load_data([EXAMPLE]))
    assert validate(store).results == []
    assert validate(store, engine="turbo").results == []


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


# --- pyshacl-turbo, the engine for large graphs, against the reference (pySHACL) ---------

def assert_same_report(turbo, reference, messages=True):
    def everything(issue):
        # A blank node shape is labelled anew each time the shapes are read.
        shape = "_:shape" if isinstance(issue.shape, BNode) else issue.shape
        return (issue.focus, issue.path, issue.severity, issue.constraint, shape, issue.value,
                issue.message if messages else None, issue.evidence_text)

    assert sorted(map(everything, turbo.results), key=str) == sorted(map(everything, reference.results), key=str)
    if messages:
        assert to_isomorphic(turbo.report_graph) == to_isomorphic(reference.report_graph)


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


def test_pyshacl_turbo_finds_what_pyshacl_finds_for_other_core_constraints(tmp_path):
    shapes = tmp_path / "custom.ttl"
    shapes.write_text(CUSTOM_SHAPES)
    data = Graph().parse(data=CUSTOM_DATA, format="turtle")
    reference = validate(data, [shapes], engine="pyshacl")
    turbo = validate(data, [shapes], engine="turbo")
    assert len(reference.results) > 15  # every constraint above fails at least once on ex:bad
    # The same results; without sh:message each engine words its own default message
    # (pyshacl-turbo: "InConstraintComponent violated at ex:bad"), so messages are not compared.
    assert_same_report(turbo, reference, messages=False)
    assert {i.message for i in turbo.results} != {i.message for i in reference.results}


SPARQL_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <http://example.org/> .
ex:Shape a sh:NodeShape ; sh:targetClass ex:Item ;
    sh:sparql [ sh:message "{$this} is linked from {?value}" ; sh:select \"\"\"
        SELECT $this ?value WHERE { %s }\"\"\" ] .
"""


@pytest.mark.parametrize("where", [
    "?value <http://example.org/link> $this . FILTER (?value != $this)",
    # The FILTER of a nested group reads $this: SHACL pre-binds it there too.
    "{ ?value <http://example.org/link> ?x . FILTER (?x = $this) }",
])
def test_sparql_constraints_give_the_same_results(tmp_path, where):
    shapes = tmp_path / "sparql.ttl"
    shapes.write_text(SPARQL_SHAPES % where)
    data = Graph().parse(data="""
        @prefix ex: <http://example.org/> .
        ex:i1 a ex:Item . ex:i2 a ex:Item . ex:i3 a ex:Item .
        ex:j ex:link ex:i1, ex:i2 . ex:i2 ex:link ex:i2 .
    """, format="turtle")
    reference = validate(data, [shapes], engine="pyshacl")
    assert reference.results
    assert_same_report(validate(data, [shapes], engine="turbo"), reference)


QUALIFIED_SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
<https://example.org/TwoMentions> a sh:NodeShape ; sh:targetClass kg:Person ;
    sh:property [ sh:path kg:evidence ; sh:qualifiedValueShape [ sh:class kg:Mention ] ; sh:qualifiedMinCount 9 ] .
"""


def test_qualified_value_shapes_give_the_same_results(tmp_path, example):
    shapes = tmp_path / "qualified.ttl"
    shapes.write_text(QUALIFIED_SHAPES)
    reference = validate(example, [shapes], engine="pyshacl")
    assert reference.results
    assert_same_report(validate(example, [shapes], engine="turbo"), reference)


@pytest.mark.parametrize("engine", ["pyshacl", "turbo"])
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


def test_auto_picks_pyshacl_turbo_above_the_threshold_which_is_every_graph_by_default(monkeypatch, tmp_path, two_faults):
    import kg.validation.validate

    runs = []
    real_run = kg.validation.validate._run_turbo
    monkeypatch.setattr(kg.validation.validate, "_run_turbo", lambda source, *rest: runs.append(len(source)) or real_run(source, *rest))
    path = tmp_path / "two-faults.nt"
    two_faults.serialize(path, format="nt", encoding="utf-8")
    reference = validate([path], engine="pyshacl")
    assert len(two_faults) < 1000
    monkeypatch.setattr(kg.validation.validate, "TURBO_THRESHOLD", 1000)
    assert validate([path]).results == reference.results and runs == []
    monkeypatch.setattr(kg.validation.validate, "TURBO_THRESHOLD", 100)
    turbo = validate([path])
    assert runs == [len(two_faults)]
    assert_same_report(turbo, reference)
    assert [i.evidence_text for i in turbo.results] == [None, "urged"]  # read from the file's quads
    monkeypatch.setattr(kg.validation.validate, "TURBO_THRESHOLD", 0)
    validate([path])
    assert runs == [len(two_faults)] * 2


def test_pre_inference_goes_to_pyshacl(monkeypatch, two_faults):
    import kg.validation.validate

    monkeypatch.setattr(kg.validation.validate, "TURBO_THRESHOLD", 0)
    monkeypatch.setattr(kg.validation.validate, "_run_turbo", lambda *args: pytest.fail("pyshacl-turbo ran"))
    assert validate(two_faults, inference="rdfs").results == validate(two_faults, engine="pyshacl", inference="rdfs").results
    with pytest.raises(ValueError, match="pre-inference"):
        validate(two_faults, engine="turbo", inference="rdfs")


def test_kg_validate_uses_no_private_member_of_a_library():
    # The engines are used through their public APIs only: no `module._name`, no `from x import _name`.
    import ast

    import kg.validation.validate

    tree = ast.parse(Path(kg.validation.validate.__file__).read_text(encoding="utf-8"))
    libraries = {"pyshacl", "pyshacl_turbo", "rdflib", "rdflib_turbo", "pyoxigraph"}
    private = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in libraries:
            private += [f"{node.module}.{a.name}" for a in node.names if a.name.startswith("_")]
            private += [node.module for part in (node.module or "").split(".") if part.startswith("_")]
        elif isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__"):
            root = node.value
            while isinstance(root, ast.Attribute):
                root = root.value
            if isinstance(root, ast.Name) and root.id in libraries:
                private.append(ast.unparse(node))
    assert private == []
