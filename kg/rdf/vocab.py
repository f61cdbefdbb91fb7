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
EVENT_TYPES = PLOVER_CATEGORIES + ("Statement",)

ACTOR_CLASSES = ("Actor", "Person", "Organization", "Group", "Country")
MEASURES = ("Killed", "Injured", "Detained", "Hospitalized", "Missing", "Troops", "Participants", "Other")
APPROXIMATIONS = ("Exact", "About", "AtLeast", "MoreThan", "Nearly", "UpTo")

CLASSES = ("Article", "Actor", "Person", "Organization", "Group", "Country", "Place", "Event",
           *EVENT_TYPES, "Claim", "Quote", "Mention", "Measure", "Approximation")
OBJECT_PROPERTIES = ("mentionedIn", "evidence", "agent", "target", "place", "reportedIn", "measure",
                     "approximation", "about", "affected", "attributedTo", "conflictsWith", "speaker",
                     "inArticle", "inCountry", "spokesFor", "supersedes")
DATATYPE_PROPERTIES = ("sourceId", "countryCode", "sector", "date", "trigger", "value", "manner", "text")
INDIVIDUALS = MEASURES + APPROXIMATIONS
