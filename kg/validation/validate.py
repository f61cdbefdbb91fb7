"""Validate a graph against the SHACL shapes of the graph contract.

``validate`` loads the data (files, an rdflib graph or a pyoxigraph store),
validates it and returns a :class:`ValidationResult` whose issues carry the
evidence text of their focus node, so a report can show the words a wrong
node came from. ``exit_code`` turns a result into the CLI's exit status for
a chosen failure level.

Two engines give the same results. pySHACL is the reference, and validates
graphs up to ``FAST_THRESHOLD`` triples. Larger graphs go to
:mod:`kg.shacl_fast`, which keeps pySHACL's shapes and reports but checks
SHACL Core in Python over an index of the data and runs each SHACL-SPARQL
constraint once over the whole graph in pyoxigraph (see docs/VALIDATION.md).
Shapes it cannot run (it says which feature), or pre-inference, send a large
graph to pySHACL, validated in batches of articles, each batch holding the
nodes it owns plus everything one hop away, on all cores. pySHACL re-parses
a SHACL-SPARQL query for every focus node; its data graph therefore caches
parsed queries.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph
import pyshacl
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.plugins.sparql import prepareQuery
from rdflib.term import Node

from kg.errors import GraphError, ShapesError
from kg.rdf.graphio import FORMATS, format_of
from kg.knowledge.resources import ontology_dir, shapes_dir
from kg.validation.shacl_fast import DataIndex, Engine, Unsupported
from kg.rdf.terms import to_rdflib
from kg.rdf.vocab import KG, NIF

SEVERITIES = ("violation", "warning", "info")  # most severe first
_SEVERITY_OF = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
INFERENCE = ("none", "rdfs", "owlrl", "both")

# Above this size the fast engine validates (pySHACL: batches of articles).
FAST_THRESHOLD = 50_000
# Below this size one pySHACL run is faster than splitting the graph.
BATCH_THRESHOLD = 50_000
ARTICLES_PER_BATCH = 50
ENGINES = ("auto", "pyshacl", "fast")


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
    batch_articles: int | None = None,
    workers: int | None = None,
    engine: str = "auto",
    fail_on: str = "violation",
) -> ValidationResult:
    """Validate ``data`` against ``shapes`` (default: the shipped shapes).

    ``data`` is graph files, an rdflib graph, a pyoxigraph store, or the
    quads ``_read_quads`` read from files (named graphs are merged).

    ``inference`` is pySHACL's pre-inference ("none", "rdfs", "owlrl",
    "both"); with anything but "none" the ontology is mixed into the data
    first, so the subclass axioms apply. ``engine`` is "pyshacl", "fast"
    (:mod:`kg.shacl_fast`; a ShapesError if it cannot run the shapes) or
    "auto": the fast engine above ``FAST_THRESHOLD`` triples when it can run
    the shapes, without inference or batches, else pySHACL. For pySHACL,
    ``batch_articles`` forces batched validation with that many articles per
    batch (default: batches of ``ARTICLES_PER_BATCH`` only for graphs above
    ``BATCH_THRESHOLD`` triples); ``workers`` is the number of processes for
    batches (default: all cores). The result conforms when no issue reaches
    ``fail_on`` (see :func:`conforming`).
    """
    conforming([], fail_on)  # a bad fail_on fails now, not after the validation
    if inference not in INFERENCE:
        raise ValueError(f"inference must be one of {', '.join(INFERENCE)}, not {inference!r}")
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}, not {engine!r}")
    if engine == "fast" and (inference != "none" or batch_articles):
        raise ValueError("the fast engine does no pre-inference and no batches: use engine='pyshacl'")
    source = data if isinstance(data, Graph) else _read_quads(data)
    shapes_graph = load_shapes(shapes)
    shapes_name = ", ".join(str(p) for p in shapes) if shapes else str(shapes_dir())
    if engine == "fast" or (engine == "auto" and inference == "none" and batch_articles is None
                            and len(source) > FAST_THRESHOLD):
        try:
            fast = Engine(shapes_graph)
        except Unsupported as why:
            if engine == "fast":
                raise ShapesError(f"{shapes_name}: the fast engine cannot run these shapes: {why}") from why
        else:
            index = DataIndex.from_graph(source) if isinstance(source, Graph) else DataIndex.from_quads(source)
            try:
                report = fast.run(index)
            except pyshacl.errors.ReportableRuntimeError as error:
                raise ShapesError(f"{shapes_name}: validation failed: {error}") from error
            results = _issues(report, index)
            return _result(results, report, fail_on, len(source))
    graph = load_data(source)
    options = {"inference": inference}
    if inference != "none":
        options["ont_graph"] = _ontology()
    if batch_articles is None and len(graph) > BATCH_THRESHOLD:
        batch_articles = ARTICLES_PER_BATCH
    try:
        if batch_articles and _batchable(shapes_graph):
            report = _validate_in_batches(graph, shapes_graph, options, batch_articles, workers)
        else:
            report = _run_pyshacl(graph, shapes_graph, options)
    except ShapesError as error:
        raise ShapesError(f"{shapes_name}: {error}") from error
    results = _issues(report, graph)
    return _result(results, report, fail_on, len(graph))


# --- loading -------------------------------------------------------------------


def load_data(data: list[Path] | list[str] | Graph | pyoxigraph.Store | list[pyoxigraph.Quad]) -> Graph:
    """The data as one rdflib graph (named graphs merged), parsed by pyoxigraph for speed."""
    graph = _QueryCachingGraph()
    if isinstance(data, Graph):
        for triple in data:
            graph.add(triple)
        return graph
    quads = data if isinstance(data, list) and data and isinstance(data[0], pyoxigraph.Quad) else _read_quads(data)
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


def _read_quads(data: list[Path] | list[str] | pyoxigraph.Store) -> list[pyoxigraph.Quad]:
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


class _QueryCachingGraph(Graph):
    """An rdflib graph that parses each SPARQL text once.

    pySHACL sends the same SHACL-SPARQL query text for every focus node;
    parsing it is 5-10 times slower than evaluating it.
    """

    def query(self, query_object, *args, **kwargs):
        if isinstance(query_object, str):
            query_object = _prepared_query(query_object)
        return super().query(query_object, *args, **kwargs)


@functools.lru_cache(maxsize=512)
def _prepared_query(text: str):
    return prepareQuery(text)


# --- running pySHACL -------------------------------------------------------------


def _run_pyshacl(graph: Graph, shapes_graph: Graph, options: dict, focus_nodes: list | None = None) -> Graph:
    try:
        _, report, _ = pyshacl.validate(graph, shacl_graph=shapes_graph, focus_nodes=focus_nodes, **options)
    except pyshacl.errors.ShapeLoadError as error:
        raise ShapesError(f"cannot load shapes: {error}") from error
    except pyshacl.errors.ReportableRuntimeError as error:
        raise ShapesError(f"validation failed: {error}") from error
    return report


_BATCH_TARGETS = {SH.targetClass, SH.targetSubjectsOf}
_ALL_TARGETS = {SH[t] for t in ("targetClass", "targetSubjectsOf", "targetObjectsOf", "targetNode", "target")}


def _batchable(shapes_graph: Graph) -> bool:
    """Batches are sound only when every focus node is a subject of the data.

    sh:targetNode and sh:targetObjectsOf can select nodes that own no
    triples, which no batch would claim; such shapes run on the whole graph.
    """
    used = {p for _, p, _ in shapes_graph if p in _ALL_TARGETS}
    return used <= _BATCH_TARGETS


def _validate_in_batches(graph: Graph, shapes_graph: Graph, options: dict, per_batch: int, workers: int | None) -> Graph:
    batches = list(_batches(graph, per_batch))
    global _BATCH_STATE
    _BATCH_STATE = (graph, shapes_graph, options)
    workers = min(workers or os.cpu_count() or 1, len(batches))
    try:
        if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
            # fork shares the loaded graph with the workers without copying it.
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                reports = pool.map(_validate_batch, batches, chunksize=1)
        else:
            reports = [_validate_batch(batch) for batch in batches]
    finally:
        _BATCH_STATE = None
    merged = Graph()
    report_node = BNode()
    merged.add((report_node, RDF.type, SH.ValidationReport))
    conforms = True
    for data in reports:
        part = Graph().parse(data=data, format="nt")
        for result in part.objects(None, SH.result):
            merged.add((report_node, SH.result, result))
            conforms = False
        for triple in part:
            if triple[1] not in (SH.result, SH.conforms) and triple[2] != SH.ValidationReport:
                merged.add(triple)
    merged.add((report_node, SH.conforms, Literal(conforms)))
    return merged


_BATCH_STATE: tuple[Graph, Graph, dict] | None = None


def _validate_batch(focus: list[Node]) -> str:
    graph, shapes_graph, options = _BATCH_STATE
    report = _run_pyshacl(_neighbourhood(graph, focus), shapes_graph, options, focus_nodes=focus)
    return report.serialize(format="nt")


def _batches(graph: Graph, per_batch: int) -> Iterator[list[Node]]:
    """The subjects of the graph, grouped by the article that owns them.

    A node is owned by its article (articles and their mentions), else by the
    first article it is reported or mentioned in or has evidence from; nodes
    of no article form a last batch of their own.
    """
    articles = sorted(set(graph.subjects(RDF.type, KG.Article)), key=str)
    mention_article = {m: a for m, a in graph.subject_objects(KG.inArticle)}
    owner: dict[Node, Node] = {a: a for a in articles}
    owner.update(mention_article)
    for predicate in (KG.reportedIn, KG.mentionedIn):
        for node, article in graph.subject_objects(predicate):
            if node not in owner or str(article) < str(owner[node]):
                owner[node] = article
    for node, mention in graph.subject_objects(KG.evidence):
        article = mention_article.get(mention)
        if article is not None and node not in owner:
            owner[node] = article
    owned: dict[Node, list[Node]] = {a: [] for a in articles}
    orphans = []
    for subject in set(graph.subjects()):
        owned.setdefault(owner.get(subject), orphans).append(subject)
    owned.pop(None, None)
    groups = [owned[a] for a in sorted(owned, key=str)]
    for start in range(0, len(groups), per_batch):
        yield [node for group in groups[start:start + per_batch] for node in group]
    if orphans:
        yield orphans


def _neighbourhood(graph: Graph, focus: list[Node]) -> Graph:
    """The focus nodes' triples, and those of every node one link away (both directions)."""
    nodes = set(focus)
    for node in focus:
        nodes.update(o for o in graph.objects(node) if not isinstance(o, Literal))
        nodes.update(graph.subjects(None, node))
    sub = _QueryCachingGraph()
    pending = list(nodes)
    seen = set(nodes)
    while pending:
        node = pending.pop()
        for _, p, o in graph.triples((node, None, None)):
            sub.add((node, p, o))
            # Blank nodes have no other name: follow them to their end.
            if isinstance(o, BNode) and o not in seen:
                seen.add(o)
                pending.append(o)
    return sub


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
