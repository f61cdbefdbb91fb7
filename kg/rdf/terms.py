"""RDF terms between rdflib and pyoxigraph: one conversion for the store, validation and the
fast SHACL engine."""

from __future__ import annotations

import pyoxigraph
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import GraphError


class UnsupportedTerm(GraphError):
    """A term with no counterpart on the other side (an RDF-star triple term)."""


def to_oxigraph(term: Node):
    """The pyoxigraph term of an rdflib term; a blank node keeps its label (pyoxigraph raises
    ValueError for a label it does not accept)."""
    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return pyoxigraph.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return pyoxigraph.Literal(str(term), datatype=pyoxigraph.NamedNode(str(term.datatype)))
        return pyoxigraph.Literal(str(term))
    raise UnsupportedTerm(f"cannot convert the RDF term {term!r}")


def to_rdflib(term, bnode_scope: str = "") -> Node:
    """The rdflib term of a pyoxigraph term; blank node labels get ``bnode_scope`` in front (to
    keep two files' blank nodes apart). Plain strings stay untyped, as rdflib's own parsers leave
    them, so a graph compares equal however it was loaded."""
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(f"{bnode_scope}{term.value}")
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        return Literal(term.value, datatype=None if datatype == str(XSD.string) else URIRef(datatype))
    raise UnsupportedTerm(f"unsupported RDF term {term!r} (RDF-star triples cannot be converted)")
