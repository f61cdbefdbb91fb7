"""The vocabularies of the graph contract as rdflib namespaces.

The ``kg:`` terms listed here are checked against ``ontology/newskg.ttl`` by
``tests/test_vocab.py``, so code and ontology cannot drift apart.
"""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/newskg/ontology#")
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

# The 16 PLOVER 2021 categories of the contract, plus Statement.
PLOVER_CATEGORIES = (
    "Agree", "Consult", "Support", "Concede", "Cooperate", "Aid", "Retreat", "Request",
    "Accuse", "Reject", "Threaten", "Protest", "Sanction", "Mobilize", "Coerce", "Assault",
)
# General-news event classes, aligned with the ACE 2005 / Rich ERE event types
# (ontology/newskg.ttl gives each its ACE type), each with the classes it
# specialises: the PLOVER category that applies ("an arrest is also Coerce"),
# or another of these classes ("a killing is a death"); none for happenings
# PLOVER does not code (a death, an earthquake, a product launch).
NEWS_EVENT_CLASSES: dict[str, tuple[str, ...]] = {
    "Die": (), "Kill": ("Die", "Assault"), "Injure": (), "Attack": ("Assault",), "Shooting": ("Attack",),
    "Bombing": ("Attack",), "Explosion": (),
    "Arrest": ("Coerce",), "Charge": ("Accuse",), "Trial": (), "Convict": ("Accuse",), "Sentence": ("Coerce",),
    "Release": ("Retreat",), "Escape": (),
    "Elect": (), "Nominate": (), "StartPosition": (), "EndPosition": (), "Resign": ("EndPosition", "Retreat"),
    "Dismiss": ("EndPosition", "Coerce"),
    "MergeOrg": (), "Launch": (), "Contract": ("Agree",),
    "Disaster": (), "Fire": (), "Accident": (),
}
EVENT_TYPES = PLOVER_CATEGORIES + ("Statement",) + tuple(NEWS_EVENT_CLASSES)


def event_ancestors(event_type: str) -> tuple[str, ...]:
    """The event classes an event of ``event_type`` also belongs to, below kg:Event, in a fixed
    order: "Kill" → ("Die", "Assault")."""
    out: list[str] = []
    for parent in NEWS_EVENT_CLASSES.get(event_type, ()):
        for name in (parent, *event_ancestors(parent)):
            if name not in out:
                out.append(name)
    return tuple(out)


def plover_category(event_type: str) -> str | None:
    """The PLOVER category of an event class (itself for a PLOVER category), None when PLOVER codes
    no such happening (a death, a fire) or for kg:Statement."""
    return next((name for name in (event_type, *event_ancestors(event_type)) if name in PLOVER_CATEGORIES), None)

ACTOR_CLASSES = ("Actor", "Person", "Organization", "Group", "Country")
MEASURES = ("Killed", "Injured", "Detained", "Hospitalized", "Missing", "Troops", "Participants", "Other")
APPROXIMATIONS = ("Exact", "About", "AtLeast", "MoreThan", "Nearly", "UpTo")
# kg.model.FACTUALITY values as individuals of kg:Factuality ("asserted" → kg:Asserted).
FACTUALITIES = ("Asserted", "Negated", "Possible", "Future", "Denied")

CLASSES = ("Article", "Actor", "Person", "Organization", "Group", "Country", "Place", "Event",
           *EVENT_TYPES, "Claim", "Quote", "Mention", "Measure", "Approximation", "Story", "Factuality")
OBJECT_PROPERTIES = ("mentionedIn", "evidence", "agent", "target", "place", "reportedIn", "measure",
                     "approximation", "about", "affected", "attributedTo", "conflictsWith", "speaker",
                     "inArticle", "inCountry", "inStory", "mainEvent", "factuality", "deniedBy")
DATATYPE_PROPERTIES = ("sourceId", "countryCode", "sector", "date", "trigger", "value", "manner", "text")
INDIVIDUALS = MEASURES + APPROXIMATIONS + FACTUALITIES
