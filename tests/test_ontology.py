"""The ontology says what CONTRACT.md says, is aligned to SEM, PROV-O and schema.org, and HermiT finds it consistent."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.knowledge.resources import ontology_dir
from kg.rdf.vocab import (APPROXIMATIONS, FACTUALITIES, KG, MEASURES, NEWS_EVENT_CLASSES, PLOVER_CATEGORIES, PROV, SCHEMA, SEM,
                          event_ancestors, plover_category)

ONTOLOGY = ontology_dir() / "newskg.ttl"


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def test_every_kg_term_has_an_english_label_and_comment(ontology):
    terms = {s for s in ontology.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(str(KG))}
    assert len(terms) > 50
    unlabelled = sorted(str(t) for t in terms if ontology.value(t, RDFS.label) is None)
    uncommented = sorted(str(t) for t in terms if ontology.value(t, RDFS.comment) is None)
    assert unlabelled == [] and uncommented == []


def test_event_has_exactly_the_16_plover_categories_statement_and_the_unparented_news_classes(ontology):
    assert len(PLOVER_CATEGORIES) == 16
    subclasses = {str(s)[len(str(KG)):] for s in ontology.subjects(RDFS.subClassOf, KG.Event)}
    unparented = {name for name, parents in NEWS_EVENT_CLASSES.items() if not parents}
    assert subclasses == set(PLOVER_CATEGORIES) | {"Statement"} | unparented


def test_a_news_class_specialises_its_plover_category(ontology):
    """An arrest is also Coerce, a killing a death and an Assault: the ontology says what
    kg.rdf.vocab (and so the mapping, which types each node with its ancestors) says."""
    for name, parents in NEWS_EVENT_CLASSES.items():
        stated = {str(o)[len(str(KG)):] for o in ontology.objects(KG[name], RDFS.subClassOf)}
        assert stated == (set(parents) or {"Event"}), name
    assert plover_category("Arrest") == "Coerce" and plover_category("Shooting") == "Assault"
    assert plover_category("Die") is None and event_ancestors("Kill") == ("Die", "Assault")


def test_person_and_organization_are_disjoint(ontology):
    assert (KG.Person, OWL.disjointWith, KG.Organization) in ontology


def test_a_country_is_both_a_place_and_an_actor(ontology):
    assert {KG.Place, KG.Actor} <= set(ontology.objects(KG.Country, RDFS.subClassOf))


def test_measures_approximations_and_factualities_are_all_different(ontology):
    groups = [list(ontology.items(ontology.value(g, OWL.distinctMembers))) for g in ontology.subjects(RDF.type, OWL.AllDifferent)]
    expected = {KG[name] for name in MEASURES + APPROXIMATIONS + FACTUALITIES}
    assert any(set(members) == expected and len(members) == len(expected) for members in groups)


def test_conflicts_with_is_symmetric(ontology):
    assert (KG.conflictsWith, RDF.type, OWL.SymmetricProperty) in ontology


# The contract's "exactly 1" and "0..1" properties.
AT_MOST_ONE = ["sourceId", "countryCode", "sector", "date", "measure", "value", "approximation", "about",
               "affected", "attributedTo", "manner", "speaker", "text", "inArticle"]
# The contract's "0..n" and "1..n" properties.
MANY = ["mentionedIn", "evidence", "agent", "target", "place", "trigger", "reportedIn", "conflictsWith"]


@pytest.mark.parametrize("name", AT_MOST_ONE)
def test_single_valued_properties_are_functional(ontology, name):
    assert (KG[name], RDF.type, OWL.FunctionalProperty) in ontology


@pytest.mark.parametrize("name", MANY)
def test_many_valued_properties_are_not_functional(ontology, name):
    assert (KG[name], RDF.type, OWL.FunctionalProperty) not in ontology


@pytest.mark.parametrize(
    "term, relation, aligned",
    [
        (KG.Event, RDFS.subClassOf, SEM.Event),
        (KG.Actor, RDFS.subClassOf, SEM.Actor),
        (KG.Place, RDFS.subClassOf, SEM.Place),
        (KG.agent, RDFS.subPropertyOf, SEM.hasActor),
        (KG.target, RDFS.subPropertyOf, SEM.hasActor),
        (KG.place, RDFS.subPropertyOf, SEM.hasPlace),
        (KG.Article, RDFS.subClassOf, PROV.Entity),
        (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
        (KG.reportedIn, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.evidence, RDFS.subPropertyOf, PROV.wasDerivedFrom),
        (KG.attributedTo, RDFS.subPropertyOf, PROV.wasAttributedTo),
        (KG.Person, RDFS.subClassOf, SCHEMA.Person),
        (KG.Organization, RDFS.subClassOf, SCHEMA.Organization),
        (KG.Quote, RDFS.subClassOf, SCHEMA.Quotation),
    ],
)
def test_alignment(ontology, term, relation, aligned):
    assert (term, relation, aligned) in ontology


def test_domains_and_ranges_of_event_roles(ontology):
    for role in (KG.agent, KG.target):
        assert (role, RDFS.domain, KG.Event) in ontology and (role, RDFS.range, KG.Actor) in ontology
    assert (KG.place, RDFS.range, KG.Place) in ontology
    assert (KG.measure, RDFS.range, KG.Measure) in ontology


@pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime")
def test_owlready2_loads_it_and_hermit_finds_it_consistent():
    import owlready2

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "newskg.nt"
        Graph().parse(ONTOLOGY, format="turtle").serialize(path, format="nt", encoding="utf-8")
        world = owlready2.World()
        onto = world.get_ontology(path.as_uri()).load(format="ntriples")
        with onto:
            owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
        assert list(world.inconsistent_classes()) == []
        person = world[str(KG.Person)]
        assert world[str(KG.Actor)] in person.ancestors()
