"""The SPARQL 1.1 Protocol without the HTTP server: what a request asks for and how to answer it.

- :func:`negotiate` picks a media type from an ``Accept`` header (q-values,
  wildcards), among the formats a query form can be written in.
- :func:`query_form` tells SELECT/ASK from CONSTRUCT/DESCRIBE so that the
  format is chosen before the query runs (a worker then writes the answer
  straight in that format).
- :func:`refusal` says why a query must not run here: a ``SERVICE`` clause
  would make pyoxigraph fetch a remote endpoint, and this server never goes
  off the machine.

Everything here is plain functions of strings, tested without a server.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pyoxigraph

# Media type → pyoxigraph format, in the order of preference when the client accepts anything.
RESULT_FORMATS = {
    "application/sparql-results+json": pyoxigraph.QueryResultsFormat.JSON,
    "application/sparql-results+xml": pyoxigraph.QueryResultsFormat.XML,
    "text/csv": pyoxigraph.QueryResultsFormat.CSV,
    "text/tab-separated-values": pyoxigraph.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": pyoxigraph.RdfFormat.TURTLE,
    "application/n-triples": pyoxigraph.RdfFormat.N_TRIPLES,
    "application/ld+json": pyoxigraph.RdfFormat.JSON_LD,
    "application/rdf+xml": pyoxigraph.RdfFormat.RDF_XML,
}
# Other names clients send for the same formats.
ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
    "text/plain": "application/n-triples",
    "application/x-turtle": "text/turtle",
}


class ProtocolError(Exception):
    """A request the protocol answers with an error status and a plain message."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class QueryRequest:
    """One SPARQL query as the protocol received it."""

    text: str
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)


def _accepted(header: str | None) -> list[tuple[float, int, str]]:
    """(q, -specificity order, media range) of an Accept header, best first."""
    ranges = []
    for position, item in enumerate((header or "*/*").split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        if not media:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((q, position, media.lower()))
    return ranges


def negotiate(accept: str | None, offered: list[str]) -> str:
    """The offered media type the client prefers (RFC 9110: each type takes the q-value of the most
    specific range that matches it; ties go to our order). 406 :class:`ProtocolError` when none is acceptable."""
    ranges = _accepted(accept)
    best: tuple[float, int] | None = None
    chosen = None
    for rank, candidate in enumerate(offered):
        kind = candidate.split("/")[0]
        quality, specificity = 0.0, -1
        for q, _, media in ranges:
            media = ALIASES.get(media, media)
            level = 2 if media == candidate else 1 if media == f"{kind}/*" else 0 if media == "*/*" else -1
            if level > specificity:
                quality, specificity = q, level
        if quality > 0 and (best is None or (quality, -rank) > best):
            best, chosen = (quality, -rank), candidate
    if chosen is None:
        raise ProtocolError(406, f"none of the accepted types ({accept}) is offered; this answer can be written as "
                                 + ", ".join(offered))
    return chosen


_IGNORED = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'      # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'                # short strings
    r"|'(?:[^'\\\n]|\\.)*'"
    r'|<[^<>"{}|^`\\\s]*>'                 # IRIs
    r"|#[^\n]*",                           # comments
    re.DOTALL,
)
_FORM = re.compile(r"(?<![\w:?$])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:])", re.IGNORECASE)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:])", re.IGNORECASE)
_FROM = re.compile(r"(?<![\w:?$])FROM(?![\w:])", re.IGNORECASE)
_UPDATE = re.compile(r"(?<![\w:?$])(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)(?![\w:])", re.IGNORECASE)


def _keywords(text: str) -> str:
    """The query without its strings, IRIs and comments: what is left are keywords, names and variables."""
    return _IGNORED.sub(" ", text)


def query_form(text: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the first query form keyword of the query."""
    found = _FORM.search(_keywords(text))
    if found is None:
        if _UPDATE.search(_keywords(text)):
            raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
        raise ProtocolError(400, "the query has no SELECT, ASK, CONSTRUCT or DESCRIBE form")
    return found.group(1).upper()


def refusal(text: str) -> str | None:
    """Why the query must not run here, or None."""
    if _SERVICE.search(_keywords(text)):
        return "SERVICE clauses are refused: this endpoint never queries other endpoints (it stays on this machine)"
    return None


def has_dataset(text: str) -> bool:
    """Whether the query names its own dataset (FROM / FROM NAMED), which then replaces the union of graphs."""
    return _FROM.search(_keywords(text)) is not None


def offered_formats(form: str) -> list[str]:
    return list(GRAPH_FORMATS if form in ("CONSTRUCT", "DESCRIBE") else RESULT_FORMATS)


def content_type(media: str) -> str:
    text = media.startswith("text/") or media.endswith("+json") or media.endswith("+xml") or media.endswith("/n-triples")
    return f"{media}; charset=utf-8" if text else media
