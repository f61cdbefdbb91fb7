"""Validate a graph against the SHACL shapes of the graph contract.

``validate`` loads the data (files, an rdflib graph or a pyoxigraph store),
validates it and returns a :class:`ValidationResult` whose issues carry the
evidence text of their focus node, so a report can show the words a wrong
node came from. ``exit_code`` turns a result into the CLI's exit status for
a chosen failure level.

Two engines give the same results, both through their public APIs only.
pySHACL is the reference, and validates graphs up to ``TURBO_THRESHOLD``
triples and any graph with pre-inference. Larger graphs go to pyshacl-turbo
(a SHACL engine in Rust with pySHACL's API and report), fed an exact-term
rdflib-turbo dataset so that no rdflib graph of the data is built (see
docs/VALIDATION.md).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
import pyshacl
import pyshacl_turbo
import rdflib_turbo
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from kg.errors import GraphError, ShapesError
from kg.knowledge.resources import ontology_dir, shapes_dir
from kg.rdf.graphio import FORMATS, format_of
from kg.rdf.terms import to_oxigraph, to_rdflib
from kg.rdf.vocab import KG, NIF

SEVERITIES = ("violation", "warning", "info")  # most severe first
_SEVERITY_OF = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
INFERENCE = ("none", "rdfs", "owlrl", "both")

# Above this size pyshacl-turbo validates (without pre-inference): every graph, by default.
# pySHACL, the reference, parses each SHACL-SPARQL query again for every focus node (about
# 10 ms a triple with the shipped shapes: 80 s on the bundled example, against 1 s).
TURBO_THRESHOLD = 0
ENGINES = ("auto", "pyshacl", "turbo")


@dataclass(frozen=True)
class ValidationIssue:
    """One SHACL validation result, with the text its focus node came from."""

    focus: Node
    path: Node | None
    severity: str  # "violation" | "warning" | "info"
    message: str
    constraint: URIRef | None  # the constraint component, e.g. sh:MinCountConstraintComponent
    shape: Node
    value: Node | None
    evidence_text: str | None = None


@dataclass
class ValidationResult:
    conforms: bool  # no issue at or above ``fail_on`` (see :func:`conforming`)
    results: list[ValidationIssue] = field(default_factory=list)
    report_graph: Graph = field(default_factory=Graph)
    fail_on: str = "violation"
    triples: int | None = None  # in the data validated; 0 conforms trivially, and the CLI warns

    def count(self, severity: str) -> int:
        return sum(1 for issue in self.results if issue.severity == severity)


# --- "conforms": one meaning for the exit code, every report format and the API ---


def conforming(results: list[ValidationIssue], fail_on: str = "violation") -> bool:
    """Whether no issue is at least as severe as ``fail_on``: what "conforms" means in newskg.

    SHACL itself calls any result non-conformance; newskg does not count
    issues below ``fail_on`` (by default warnings and infos), so the exit
    code, the text, JSON, JUnit and Turtle reports and ``conforms`` agree.
    """
    if fail_on not in SEVERITIES:
        raise ValueError(f"fail_on must be one of {', '.join(SEVERITIES)}, not {fail_on!r}")
    failing = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
    return not any(issue.severity in failing for issue in results)


def exit_code(result: ValidationResult, fail_on: str | None = None) -> int:
    """0 if no issue is at least as severe as ``fail_on`` (default: the result's own), else 1."""
    return 0 if conforming(result.results, fail_on or result.fail_on) else 1


def _result(results: list[ValidationIssue], report: Graph, fail_on: str, triples: int) -> ValidationResult:
    return ValidationResult(conforms=conforming(results, fail_on), results=results, report_graph=report,
                            fail_on=fail_on, triples=triples)


# --- end of "conforms" ---


def validate(
    data: list[Path] | list[str] | Graph | pyoxigraph.Store | list[pyoxigraph.Quad],
    shapes: list[Path] | None = None,
    *,
    inference: str = "none",
    engine: str = "auto",
    fail_on: str = "violation",
) -> ValidationResult:
    """Validate ``data`` against ``shapes`` (default: the shipped shapes).

    ``data`` is graph files, an rdflib graph, a pyoxigraph store, or the
    quads ``read_quads`` read from files (named graphs are merged).

    ``inference`` is pySHACL's pre-inference ("none", "rdfs", "owlrl",
    "both"); with anything but "none" the ontology is mixed into the data
    first, so the subclass axioms apply. ``engine`` is "pyshacl" (the
    reference), "turbo" (pyshacl-turbo; no pre-inference) or "auto":
    pyshacl-turbo above ``TURBO_THRESHOLD`` triples without pre-inference,
    else pySHACL. The result conforms when no issue reaches ``fail_on``
    (see :func:`conforming`).
    """
    conforming([], fail_on)  # a bad fail_on fails now, not after the validation
    if inference not in INFERENCE:
        raise ValueError(f"inference must be one of {', '.join(INFERENCE)}, not {inference!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if engine == "turbo" and inference != "none":
        raise ValueError("pyshacl-turbo runs here without pre-inference: use engine='pyshacl'")
    source = data if isinstance(data, Graph) else read_quads(data)
    shapes_graph = load_shapes(shapes)
    shapes_name = ", ".join(str(p) for p in shapes) if shapes else str(shapes_dir())
    if engine == "turbo" or (engine == "auto" and inference == "none" and len(source) > TURBO_THRESHOLD):
        report = _run_turbo(source, shapes_graph, shapes_name)
        evidence = source if isinstance(source, Graph) else _evidence_graph(source, _focus_nodes(report))
    else:
        evidence = load_data(source)
        report = _run_pyshacl(evidence, shapes_graph, inference, shapes_name)
    results = _issues(report, evidence)
    return _result(results, report, fail_on, len(source))


def _run_pyshacl(graph: Graph, shapes_graph: Graph, inference: str, shapes_name: str) -> Graph:
    options = {"inference": inference}
    if inference != "none":
        options["ont_graph"] = _ontology()
    try:
        _, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, **options)
    except pyshacl.errors.ShapeLoadError as error:
        raise ShapesError(f"{shapes_name}: cannot load shapes: {error}") from error
    except pyshacl.errors.ReportableRuntimeError as error:
        raise ShapesError(f"{shapes_name}: validation failed: {error}") from error
    return report


def _run_turbo(source: Graph | list[pyoxigraph.Quad], shapes_graph: Graph, shapes_name: str) -> Graph:
    """pyshacl-turbo's report. Quads go in as an exact-term rdflib-turbo dataset (their default
    graph: named graphs merged, as for pySHACL), so no rdflib graph of the data is built."""
    if not isinstance(source, Graph):
        triples = (pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in source)
        text = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES)
        source = rdflib_turbo.Dataset().parse(data=text or b"", format="nt")
    try:
        program = pyshacl_turbo.compile_shapes(shapes_graph)
        _, report, _ = program.validate(source)
    except (pyshacl_turbo.ValidationFailure, pyshacl_turbo.ReportableRuntimeError, RuntimeError) as error:
        raise ShapesError(f"{shapes_name}: validation failed: {error}") from error
    return report


def _focus_nodes(report: Graph) -> set[Node]:
    return set(report.objects(None, SH.focusNode))


_EVIDENCE_OF_FOCUS = (NIF.anchorOf, KG.evidence)
_EVIDENCE_OF_MENTION = (NIF.anchorOf, NIF.beginIndex, KG.inArticle)


def _evidence_graph(quads: list[pyoxigraph.Quad], focus: set[Node]) -> Graph:
    """The triples :func:`evidence_text` reads for ``focus``: their anchors and evidence, and
    their mentions' anchors, offsets and articles (two passes over the quads)."""
    graph = Graph()
    # Blank nodes are left out: rdflib-turbo labels them anew, so the report's do not name the quads'.
    wanted = {to_oxigraph(node) for node in focus if not isinstance(node, BNode)}
    first = {pyoxigraph.NamedNode(str(p)) for p in _EVIDENCE_OF_FOCUS}
    mentions = set()
    for quad in quads:
        if quad.predicate in first and quad.subject in wanted:
            graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
            if quad.predicate.value == str(KG.evidence):
                mentions.add(quad.object)
    second = {pyoxigraph.NamedNode(str(p)) for p in _EVIDENCE_OF_MENTION}
    if mentions:
        for quad in quads:
            if quad.predicate in second and quad.subject in mentions:
                graph.add((to_rdflib(quad.subject), to_rdflib(quad.predicate), to_rdflib(quad.object)))
    return graph


# --- loading -------------------------------------------------------------------


def load_data(data: list[Path] | list[str] | Graph | pyoxigraph.Store | list[pyoxigraph.Quad]) -> Graph:
    """The data as one rdflib graph (named graphs merged), parsed by pyoxigraph for speed."""
    graph = Graph()
    if isinstance(data, Graph):
        for triple in data:
            graph.add(triple)
        return graph
    quads = data if isinstance(data, list) and data and isinstance(data[0], pyoxigraph.Quad) else read_quads(data)
    cache: dict = {}
    add = graph.add
    for quad in quads:
        terms = []
        for term in (quad.subject, quad.predicate, quad.object):
            found = cache.get(term)
            if found is None:
                found = cache[term] = to_rdflib(term, "")
            terms.append(found)
        add(tuple(terms))
    return graph


def read_quads(data: list[Path] | list[str] | pyoxigraph.Store | list[pyoxigraph.Quad]) -> list[pyoxigraph.Quad]:
    """The quads of the files (or the store), each file's blank nodes renamed apart."""
    if isinstance(data, pyoxigraph.Store):
        return _scoped(data.quads_for_pattern(None, None, None, None), "store")
    if isinstance(data, list) and data and isinstance(data[0], pyoxigraph.Quad):
        return data
    quads: list[pyoxigraph.Quad] = []
    for index, path in enumerate(Path(p) for p in data):
        if not path.is_file():
            raise GraphError(f"{path}: no such file")
        name = format_of(path)
        try:
            parsed = pyoxigraph.parse(path=str(path), format=FORMATS[name][1], base_iri=path.resolve().as_uri())
            quads.extend(_scoped(parsed, f"f{index}"))
        except (SyntaxError, ValueError, OSError) as error:
            raise GraphError(f"{path}: cannot parse as {name}: {error}") from error
    return quads


def _scoped(quads: Iterable[pyoxigraph.Quad], scope: str) -> list[pyoxigraph.Quad]:
    # Blank node labels are local to a file: keep two files' _:b0 apart.
    out = []
    for quad in quads:
        s, o = quad.subject, quad.object
        if isinstance(s, pyoxigraph.BlankNode) or isinstance(o, pyoxigraph.BlankNode):
            if isinstance(s, pyoxigraph.BlankNode):
                s = pyoxigraph.BlankNode(f"{scope}{s.value}")
            if isinstance(o, pyoxigraph.BlankNode):
                o = pyoxigraph.BlankNode(f"{scope}{o.value}")
            quad = pyoxigraph.Quad(s, quad.predicate, o, quad.graph_name)
        elif isinstance(s, pyoxigraph.Triple) or isinstance(o, pyoxigraph.Triple):
            raise GraphError(f"unsupported RDF term in {quad} (RDF-star triples cannot be validated)")
        out.append(quad)
    return out


def load_shapes(paths: list[Path] | None = None) -> Graph:
    """The shapes graph: the given Turtle files, or every shipped ``shapes/*.ttl``.

    Shapes given by the user are checked against SHACL-for-SHACL first, so a
    typo in a shape is an error rather than a constraint silently not applied.
    """
    shipped = paths is None
    files = sorted(shapes_dir().glob("*.ttl")) if shipped else [Path(p) for p in paths]
    if not files:
        raise ShapesError(f"no shapes files found in {shapes_dir()}")
    graph = Graph()
    for path in files:
        if not path.is_file():
            raise ShapesError(f"{path}: no such shapes file")
        try:
            graph.parse(path, format="turtle")
        except Exception as error:  # rdflib raises many parser-specific types
            raise ShapesError(f"{path}: cannot parse shapes as Turtle: {error}") from error
    if not shipped:
        problems = shapes_problems(graph)
        if problems:
            names = ", ".join(str(p) for p in files)
            raise ShapesError(f"{names}: not a valid SHACL shapes graph: " + "; ".join(problems))
    return graph


def shapes_problems(shapes_graph: Graph) -> list[str]:
    """What SHACL-for-SHACL (the W3C shapes graph shipped with pySHACL) finds wrong in a shapes graph."""
    conforms, report, _ = pyshacl.validate(shapes_graph, shacl_graph=_shacl_shacl())
    if conforms:
        return []
    issues = _issues(report, Graph())
    return [f"{issue.focus.n3()} {issue.path.n3() if issue.path else ''}: {issue.message}" for issue in issues]


@functools.cache
def _shacl_shacl() -> Graph:
    return Graph().parse(Path(pyshacl.__file__).parent / "assets" / "shacl-shacl.ttl", format="turtle")


@functools.cache
def _ontology() -> Graph:
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


# --- reading the report -----------------------------------------------------------


def _issues(report: Graph, data: Graph) -> list[ValidationIssue]:
    issues = []
    for result in report.objects(None, SH.result):
        focus = report.value(result, SH.focusNode)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        issues.append(ValidationIssue(
            focus=focus,
            path=report.value(result, SH.resultPath),
            severity=_SEVERITY_OF.get(report.value(result, SH.resultSeverity), "violation"),
            message=messages[0] if messages else "",
            constraint=report.value(result, SH.sourceConstraintComponent),
            shape=report.value(result, SH.sourceShape),
            value=report.value(result, SH.value),
            evidence_text=evidence_text(data, focus),
        ))
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    issues.sort(key=lambda i: (rank[i.severity], str(i.shape), str(i.focus), str(i.path), str(i.value)))
    return issues


def evidence_text(graph: Graph, node: Node) -> str | None:
    """The words a node came from: the anchor of its first mention (by article, then offset), or its own anchor."""
    own = graph.value(node, NIF.anchorOf)
    if own is not None:
        return str(own)
    mentions = []
    for mention in graph.objects(node, KG.evidence):
        anchor = graph.value(mention, NIF.anchorOf)
        if anchor is not None:
            begin = graph.value(mention, NIF.beginIndex)
            mentions.append((str(graph.value(mention, KG.inArticle)), _int_or_max(begin), str(anchor)))
    return min(mentions)[2] if mentions else None


def _int_or_max(literal: Node | None) -> int:
    try:
        return int(literal)
    except (TypeError, ValueError):
        return 2**63
