"""The shapes graph is valid SHACL and covers every class of the contract."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import SH

from kg.validation.validate import load_shapes, shapes_problems
from kg.rdf.vocab import EVENT_TYPES, KG


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


def test_the_shapes_graph_conforms_to_shacl_for_shacl(shapes):
    assert shapes_problems(shapes) == []


def test_shacl_for_shacl_catches_a_broken_shape():
    broken = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> .
        @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ;
            sh:property [ sh:path ex:p ; sh:minCount "one" ] .
    """, format="turtle")
    problems = shapes_problems(broken)
    assert len(problems) == 1 and "minCount" in problems[0]


@pytest.mark.parametrize(
    "cls",
    ["Article", "Actor", "Person", "Organization", "Group", "Country", "Place", "Event", *EVENT_TYPES,
     "Claim", "Quote", "Mention"],
)
def test_every_contract_class_is_targeted(shapes, cls):
    # SHACL does not follow the ontology's subclass axioms, so each subclass must be a target itself.
    assert (None, SH.targetClass, KG[cls]) in shapes


def test_every_reporting_shape_says_its_severity_and_message(shapes):
    # A property shape reports with its own severity (default sh:Violation),
    # not its parent's, so each one must say it. Shapes reached only
    # through sh:node or sh:or report through the shape that uses them, and
    # node shapes that only group property shapes report nothing themselves.
    targeted = {s for p in (SH.targetClass, SH.targetSubjectsOf) for s in shapes.subjects(p, None)
                if any((s, c, None) in shapes for c in (SH.sparql, SH["or"], SH["not"]))}
    properties = set(shapes.objects(None, SH.property))
    reporting = targeted | properties
    assert len(reporting) > 40
    assert sorted(str(s) for s in reporting if (s, SH.severity, None) not in shapes) == []
    quiet = [str(s) for s in reporting if (s, SH.message, None) not in shapes and not any(
        (c, SH.message, None) in shapes for c in shapes.objects(s, SH.sparql))]
    assert quiet == []
