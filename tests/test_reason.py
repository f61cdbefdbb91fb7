"""kg.reason: HermiT on the ontology plus a graph, with inconsistencies explained in plain words."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.validation.reason import check_consistency, reasoning_facts
from kg.rdf.vocab import KG, SCHEMA, SEM

EXAMPLE = Path(__file__).parent / "data" / "contract_example.ttl"
ID = "https://w3id.org/newskg/id/"
needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")


@pytest.fixture
def example() -> Graph:
    return Graph().parse(EXAMPLE, format="turtle")


@needs_java
def test_the_example_is_consistent_and_a_person_is_inferred_an_actor(example):
    result = check_consistency(example)
    assert result.consistent, result.explanation
    berg = result.inferred_types[ID + "actor/anna-berg"]
    assert {str(KG.Actor), str(SCHEMA.Person), str(SEM.Actor)} <= set(berg)
    assert str(KG.Person) not in berg  # asserted, so not reported as inferred


@needs_java
def test_a_node_typed_person_and_organization_is_explained(example):
    example.add((URIRef(ID + "actor/anna-berg"), RDF.type, KG.Organization))
    result = check_consistency(example)
    assert not result.consistent
    assert "actor/anna-berg" in result.explanation
    assert "kg:Organization owl:disjointWith kg:Person" in result.explanation


@needs_java
def test_a_disjointness_reached_through_a_range_is_explained(example):
    # kg:About is an approximation; as a measure it would also be a kg:Measure.
    claim = URIRef(ID + "claim/detained-120")
    example.remove((claim, KG.measure, None))
    example.add((claim, KG.measure, KG.About))
    result = check_consistency(example)
    assert not result.consistent
    assert "kg:About" in result.explanation
    assert "it is the kg:measure of <https://w3id.org/newskg/id/claim/detained-120>, whose range is kg:Measure" in result.explanation
    assert "typed kg:Approximation" in result.explanation


@needs_java
def test_two_measures_on_one_claim_are_explained(example):
    example.add((URIRef(ID + "claim/detained-120"), KG.measure, KG.Killed))
    result = check_consistency(example)
    assert not result.consistent
    assert "two values of kg:measure, kg:Detained and kg:Killed" in result.explanation
    assert "functional" in result.explanation


@needs_java
def test_materialize_writes_the_data_with_inferred_types(tmp_path):
    out = tmp_path / "materialized.ttl"
    check_consistency([EXAMPLE], materialize_to=out)
    written = Graph().parse(out, format="turtle")
    assert len(written) > len(Graph().parse(EXAMPLE, format="turtle"))
    assert (URIRef(ID + "actor/eastland"), RDF.type, KG.Place) in written  # a Country is a Place
    assert (URIRef(ID + "event/riverton-detentions"), RDF.type, SEM.Event) in written


def test_mentions_and_literals_are_left_out_of_the_reasoner_input(example):
    facts = reasoning_facts(example)
    assert not list(facts.subjects(RDF.type, KG.Mention))
    assert not list(facts.triples((None, KG.evidence, None)))
    assert all(not hasattr(o, "datatype") for o in facts.objects())
    assert (URIRef(ID + "event/riverton-detentions"), KG.agent, URIRef(ID + "actor/police")) in facts


def test_without_java_the_error_says_so(tmp_path):
    # A PATH with the Python interpreter but no java on it.
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "python").symlink_to(sys.executable)
    script = (
        "from kg.validation.reason import check_consistency\n"
        "from kg.errors import ReasonerError\n"
        f"try:\n    check_consistency([{str(EXAMPLE)!r}])\n"
        "except ReasonerError as error:\n    print(error)\n"
    )
    env = {**os.environ, "PATH": str(bin_dir)}
    run = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert run.stdout.startswith("Java not found: HermiT needs a Java runtime"), run.stderr
