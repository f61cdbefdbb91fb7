"""The vocabularies of the graph contract as rdflib namespaces.

``KG`` is a :class:`rdflib.namespace.DefinedNamespace` that fails on unknown
names, so a typo (``KG.agnet``) raises instead of minting a new IRI. Its terms
are checked against ``ontology/newskg.ttl`` by ``tests/test_vocab.py`` in both
directions, so code and ontology cannot drift apart: a term added to the
ontology is added here too, under the heading of its OWL kind.
"""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD, DefinedNamespace

from kg.knowledge.event_classes import (  # noqa: F401 - the event classes, with the other terms
    EVENT_TYPES, NEWS_EVENT_CLASSES, PLOVER_CATEGORIES, event_ancestors, plover_category)
from kg.knowledge.resources import ontology_dir


class KG(DefinedNamespace):
    """The newskg ontology (``ontology/newskg.ttl``)."""

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # owl:Class
    Article: URIRef
    Actor: URIRef
    Person: URIRef
    Organization: URIRef
    Group: URIRef
    Country: URIRef
    Place: URIRef
    Event: URIRef
    Claim: URIRef
    Quote: URIRef
    Mention: URIRef
    Measure: URIRef
    Approximation: URIRef
    Story: URIRef
    Factuality: URIRef
    # owl:Class, subclasses of kg:Event: the 16 PLOVER 2021 categories and Statement
    Agree: URIRef
    Consult: URIRef
    Support: URIRef
    Concede: URIRef
    Cooperate: URIRef
    Aid: URIRef
    Retreat: URIRef
    Request: URIRef
    Accuse: URIRef
    Reject: URIRef
    Threaten: URIRef
    Protest: URIRef
    Sanction: URIRef
    Mobilize: URIRef
    Coerce: URIRef
    Assault: URIRef
    Statement: URIRef
    # owl:Class, the general-news event classes (ACE 2005 / Rich ERE; kg.knowledge.event_classes)
    Die: URIRef
    Kill: URIRef
    Injure: URIRef
    Attack: URIRef
    Shooting: URIRef
    Bombing: URIRef
    Explosion: URIRef
    Arrest: URIRef
    Charge: URIRef
    Trial: URIRef
    Convict: URIRef
    Sentence: URIRef
    Release: URIRef
    Escape: URIRef
    Elect: URIRef
    Nominate: URIRef
    StartPosition: URIRef
    EndPosition: URIRef
    Resign: URIRef
    Dismiss: URIRef
    MergeOrg: URIRef
    Launch: URIRef
    Contract: URIRef
    Disaster: URIRef
    Fire: URIRef
    Accident: URIRef
    Appeal: URIRef
    Marry: URIRef
    Divorce: URIRef
    Contest: URIRef
    Ceremony: URIRef
    Treatment: URIRef
    Enact: URIRef
    Outage: URIRef
    Theft: URIRef
    Suspension: URIRef
    Foil: URIRef

    # owl:ObjectProperty
    mentionedIn: URIRef
    evidence: URIRef
    agent: URIRef
    target: URIRef
    place: URIRef
    reportedIn: URIRef
    measure: URIRef
    approximation: URIRef
    about: URIRef
    affected: URIRef
    attributedTo: URIRef
    conflictsWith: URIRef
    speaker: URIRef
    inArticle: URIRef
    inCountry: URIRef
    inStory: URIRef
    mainEvent: URIRef
    factuality: URIRef
    deniedBy: URIRef
    spokesFor: URIRef
    memberOf: URIRef
    supersedes: URIRef
    usedBy: URIRef

    # owl:DatatypeProperty
    sourceId: URIRef
    countryCode: URIRef
    sector: URIRef
    date: URIRef
    trigger: URIRef
    eventType: URIRef
    value: URIRef
    manner: URIRef
    text: URIRef

    # owl:NamedIndividual of kg:Measure
    Killed: URIRef
    Injured: URIRef
    Detained: URIRef
    Hospitalized: URIRef
    Missing: URIRef
    Troops: URIRef
    Participants: URIRef
    Other: URIRef
    # owl:NamedIndividual of kg:Approximation
    Exact: URIRef
    About: URIRef
    AtLeast: URIRef
    MoreThan: URIRef
    Nearly: URIRef
    UpTo: URIRef
    # owl:NamedIndividual of kg:Factuality
    Asserted: URIRef
    Negated: URIRef
    Possible: URIRef
    Future: URIRef
    Denied: URIRef


DATA = Namespace("https://w3id.org/newskg/id/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")

PREFIXES = {
    "kg": KG,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "schema": SCHEMA,
    "nif": NIF,
    "sem": SEM,
}

def prefixed(iri: str) -> str | None:
    """The IRI as a prefixed name of :data:`PREFIXES` ("kg:Person"), or None outside them."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)):]}"
    return None


MEASURES = ("Killed", "Injured", "Detained", "Hospitalized", "Missing", "Troops", "Participants", "Other")
APPROXIMATIONS = ("Exact", "About", "AtLeast", "MoreThan", "Nearly", "UpTo")
# kg.model.FACTUALITY values as individuals of kg:Factuality ("asserted" → kg:Asserted).
FACTUALITIES = ("Asserted", "Negated", "Possible", "Future", "Denied")


def load_ontology() -> Graph:
    """A new graph of the ontology: every Turtle file of ``ontology/``, in name order."""
    graph = Graph()
    for path in sorted(ontology_dir().glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph
