"""kg/vocab.py and ontology/newskg.ttl name the same terms, with the same OWL kinds."""

from __future__ import annotations

import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF

from kg.rdf import vocab
from kg.knowledge.resources import ontology_dir
from kg.rdf.vocab import KG


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "newskg.ttl", format="turtle")


def _declared(ontology: Graph, owl_type) -> set[str]:
    return {str(s)[len(str(KG)):] for s in ontology.subjects(RDF.type, owl_type) if str(s).startswith(str(KG))}


@pytest.mark.parametrize(
    "names, owl_type",
    [
        (vocab.CLASSES, OWL.Class),
        (vocab.EVENT_TYPES, OWL.Class),
        (vocab.OBJECT_PROPERTIES, OWL.ObjectProperty),
        (vocab.DATATYPE_PROPERTIES, OWL.DatatypeProperty),
        (vocab.INDIVIDUALS, OWL.NamedIndividual),
    ],
    ids=["classes", "event types", "object properties", "datatype properties", "individuals"],
)
def test_every_vocab_term_is_declared_with_its_owl_type(ontology, names, owl_type):
    missing = sorted(set(names) - _declared(ontology, owl_type))
    assert not missing, f"in kg/vocab.py but not declared as {owl_type.n3()} in the ontology: {missing}"


def test_every_kg_term_of_the_ontology_is_in_vocab(ontology):
    listed = set(vocab.CLASSES) | set(vocab.OBJECT_PROPERTIES) | set(vocab.DATATYPE_PROPERTIES) | set(vocab.INDIVIDUALS)
    declared = {str(s)[len(str(KG)):] for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(KG))}
    assert sorted(declared - listed) == []


def test_measures_and_approximations_are_typed_by_their_class(ontology):
    for name in vocab.MEASURES:
        assert (KG[name], RDF.type, KG.Measure) in ontology, name
    for name in vocab.APPROXIMATIONS:
        assert (KG[name], RDF.type, KG.Approximation) in ontology, name
