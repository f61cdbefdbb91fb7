"""Validation results as text, Turtle, JSON, JUnit XML and GitHub workflow commands.

Every formatter takes a :class:`kg.validation.validate.ValidationResult` and returns a
string; nodes are written with the project's prefixes (``kg:``, ``kgsh:``,
``id:``) so a person can read them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from xml.etree import ElementTree as ET

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import NamespaceManager
from rdflib.term import Node

from kg.validation.validate import SEVERITIES, ValidationIssue, ValidationResult
from kg.rdf.vocab import DATA, PREFIXES

SHAPES = Namespace("https://w3id.org/newskg/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")
_PLURAL = {"violation": "violations", "warning": "warnings", "info": "infos"}


def _namespaces() -> NamespaceManager:
    manager = NamespaceManager(Graph(), bind_namespaces="none")
    for prefix, namespace in {**PREFIXES, "kgsh": SHAPES, "sh": SH, "id": DATA}.items():
        manager.bind(prefix, namespace, override=True)
    return manager


_NAMES = _namespaces()


def short(node: Node | None) -> str:
    """A node as a person reads it: ``kg:sourceId``, ``id:article/a1``, ``"text"``."""
    if node is None:
        return ""
    try:
        return node.n3(_NAMES)
    except Exception:  # a name that cannot be a prefixed name (e.g. "a/b" after id:) keeps its IRI
        return node.n3()


def summary(result: ValidationResult) -> str:
    """One sentence; "conforms" means no issue at or above ``fail_on`` (kg.validation.validate.conforming)."""
    if result.triples == 0:
        return "The graph is empty (no triple): it conforms trivially."
    counts = ", ".join(f"{result.count(s)} {_PLURAL[s] if result.count(s) != 1 else s}"
                       for s in SEVERITIES if result.count(s))
    if result.conforms and not result.results:
        return "The graph conforms to the shapes."
    if result.conforms:
        return f"The graph conforms to the shapes (nothing at {result.fail_on} severity or above), with {counts} to look at."
    return f"The graph does not conform: {counts}."


def to_text(result: ValidationResult) -> str:
    """Grouped by severity, then shape; each issue with its focus node, path, value and evidence text."""
    lines = [summary(result)]
    for severity in SEVERITIES:
        issues = [i for i in result.results if i.severity == severity]
        if not issues:
            continue
        lines += ["", f"{_PLURAL[severity].upper()} ({len(issues)})"]
        by_shape: dict[str, list[ValidationIssue]] = defaultdict(list)
        for issue in issues:
            by_shape[short(issue.shape)].append(issue)
        for shape, group in by_shape.items():
            lines.append(f"  {shape}: {group[0].message}")
            for issue in group:
                where = short(issue.focus) + (f" {short(issue.path)}" if issue.path is not None else "")
                value = f" = {short(issue.value)}" if issue.value is not None and issue.value != issue.focus else ""
                lines.append(f"    {where}{value}")
                if issue.message != group[0].message:
                    lines.append(f"      {issue.message}")
                if issue.evidence_text:
                    lines.append(f"      evidence: \"{issue.evidence_text}\"")
    return "\n".join(lines) + "\n"


def to_turtle(result: ValidationResult) -> str:
    """The standard sh:ValidationReport graph, whose sh:conforms says what ``result.conforms`` says.

    (SHACL sets it false for any result; here results below ``fail_on`` do
    not count, so that every format gives the same answer.)
    """
    graph = Graph(namespace_manager=_namespaces())
    for triple in result.report_graph:
        if triple[1] == SH.conforms:
            triple = (triple[0], SH.conforms, Literal(result.conforms))
        graph.add(triple)
    return graph.serialize(format="turtle")


def _issue_dict(issue: ValidationIssue) -> dict:
    def text(node):
        return None if node is None else str(node)

    return {
        "severity": issue.severity,
        "focus": text(issue.focus),
        "path": text(issue.path),
        "value": text(issue.value),
        "message": issue.message,
        "shape": text(issue.shape),
        "constraint": text(issue.constraint),
        "evidence_text": issue.evidence_text,
    }


def to_json(result: ValidationResult) -> str:
    document = {
        "conforms": result.conforms,
        "fail_on": result.fail_on,
        "counts": {severity: result.count(severity) for severity in SEVERITIES},
        "results": [_issue_dict(issue) for issue in result.results],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def to_junit(result: ValidationResult, fail_on: str = "violation") -> str:
    """JUnit XML: one test case per shape and focus node.

    Issues at least as severe as ``fail_on`` are failures; milder ones are
    written to the test case's output, so CI shows them without failing.
    A conforming graph gives one passing test case, so CI still shows a test.
    """
    failing = SEVERITIES[: SEVERITIES.index(fail_on) + 1]
    cases: dict[tuple[str, str], list[ValidationIssue]] = defaultdict(list)
    for issue in result.results:
        cases[(short(issue.shape), short(issue.focus))].append(issue)
    failures = sum(1 for issues in cases.values() if any(i.severity in failing for i in issues))
    suite = ET.Element("testsuite", name="kg validate", tests=str(max(len(cases), 1)), failures=str(failures), errors="0")
    if not cases:
        ET.SubElement(suite, "testcase", classname="kg.validate", name="the graph conforms to the shapes")
    for (shape, focus), issues in cases.items():
        case = ET.SubElement(suite, "testcase", classname=shape, name=focus)
        failed = [i for i in issues if i.severity in failing]
        others = [i for i in issues if i.severity not in failing]
        if failed:
            failure = ET.SubElement(case, "failure", type=failed[0].severity, message=failed[0].message)
            failure.text = "\n".join(_one_line(i) for i in failed)
        if others:
            ET.SubElement(case, "system-out").text = "\n".join(_one_line(i) for i in others)
    ET.indent(suite)
    return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"


def _one_line(issue: ValidationIssue) -> str:
    parts = [f"[{issue.severity}] {short(issue.focus)}"]
    if issue.path is not None:
        parts.append(short(issue.path))
    if issue.value is not None and issue.value != issue.focus:
        parts.append(f"= {short(issue.value)}")
    parts.append(f"- {issue.message}")
    if issue.evidence_text:
        parts.append(f"(evidence: \"{issue.evidence_text}\")")
    return " ".join(parts)


_GITHUB_COMMAND = {"violation": "error", "warning": "warning", "info": "notice"}


def to_github(result: ValidationResult) -> str:
    """GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per issue."""
    lines = []
    for issue in result.results:
        title = _escape_property(f"{short(issue.shape)} ({issue.severity})")
        lines.append(f"::{_GITHUB_COMMAND[issue.severity]} title={title}::{_escape_data(_one_line(issue))}")
    return "\n".join(lines) + ("\n" if lines else "")


def _escape_data(text: str) -> str:
    # The escapes GitHub's runner undoes (actions/toolkit, command.ts).
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


FORMATTERS = {"text": to_text, "turtle": to_turtle, "json": to_json, "junit": to_junit, "github": to_github}


def render(result: ValidationResult, fmt: str = "text", fail_on: str = "violation") -> str:
    """``result`` in the format named ``fmt`` (a key of ``FORMATTERS``); ``fail_on`` decides JUnit failures."""
    if fmt not in FORMATTERS:
        raise ValueError(f"unknown report format {fmt!r}: choose one of {', '.join(FORMATTERS)}")
    return to_junit(result, fail_on) if fmt == "junit" else FORMATTERS[fmt](result)
