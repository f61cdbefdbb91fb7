"""kg/rdf/vocab.py's KG namespace and ontology/newskg.ttl name the same terms, and a misspelt term raises."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg.knowledge.resources import ontology_dir
from kg.rdf import vocab
from kg.rdf.vocab import KG

NS = str(KG)
OWL_KINDS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ontology_dir() / "newskg.ttl", format="turtle")


def _declared(ontology: Graph) -> dict[str, str]:
    """Each kg: term of the ontology with its OWL kind (owl:Class, owl:ObjectProperty, ...)."""
    declared = {}
    for kind in OWL_KINDS:
        for term in ontology.subjects(RDF.type, kind):
            if isinstance(term, URIRef) and str(term).startswith(NS):
                declared[str(term)[len(NS):]] = kind.n3(ontology.namespace_manager)
    return declared


def _in_code() -> set[str]:
    return set(KG.__annotations__)


def test_every_ontology_term_is_in_the_kg_namespace(ontology):
    missing = sorted((name, kind) for name, kind in _declared(ontology).items() if name not in _in_code())
    assert not missing, "declared in ontology/newskg.ttl but not in kg/rdf/vocab.py:\n" + "\n".join(
        f"  add `{name}: URIRef` to class KG in kg/rdf/vocab.py, under '# {kind}'" for name, kind in missing)


def test_every_kg_namespace_term_is_declared_in_the_ontology(ontology):
    declared = _declared(ontology)
    extra = sorted(_in_code() - set(declared))
    assert not extra, "in class KG of kg/rdf/vocab.py but not declared in ontology/newskg.ttl:\n" + "\n".join(
        f"  declare kg:{name} in ontology/newskg.ttl with its OWL kind (a owl:Class, owl:ObjectProperty, "
        f"owl:DatatypeProperty or owl:NamedIndividual), or remove it from class KG" for name in extra)


def test_a_misspelt_term_raises():
    assert KG.agent == URIRef(NS + "agent")
    assert KG["agent"] == KG.agent
    with pytest.raises(AttributeError):
        KG.agnet  # noqa: B018
    with pytest.raises(AttributeError):
        KG["agnet"]


@pytest.mark.parametrize("names, owl_class", [(vocab.MEASURES, "Measure"), (vocab.APPROXIMATIONS, "Approximation"),
                                              (vocab.EVENT_TYPES, None)])
def test_the_named_lists_are_terms_of_their_class(ontology, names, owl_class):
    for name in names:
        if owl_class is None:
            assert (KG[name], RDF.type, OWL.Class) in ontology, name
        else:
            assert (KG[name], RDF.type, KG[owl_class]) in ontology, name
