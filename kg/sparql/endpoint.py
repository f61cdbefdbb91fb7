"""Load graphs into a SPARQL server and query it over HTTP (standard library only).

- :func:`load` sends RDF files with the SPARQL 1.1 Graph Store Protocol:
  ``POST`` (add) or ``PUT`` (replace) to ``URL?graph=IRI``, or ``URL?default``
  for the default graph. N-Quads and TriG files carry their own graph names
  and are posted to ``URL`` itself, which Oxigraph and Fuseki accept as a
  dataset upload.
- :func:`query` runs a SELECT/ASK query with the SPARQL 1.1 Protocol
  (``POST`` ``application/sparql-query``) and reads the JSON results into a
  :class:`kg.query.Answer`.

For Oxigraph (``oxigraph serve``) the Graph Store endpoint is
``http://HOST:PORT/store`` and the query endpoint ``http://HOST:PORT/query``;
for Fuseki ``/DATASET/data`` and ``/DATASET/sparql``.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import GraphError, QueryError
from kg.rdf.graphio import format_of
from kg.sparql import lexer
from kg.sparql.query import XSD, Answer, bindings, check_readonly, prologue

MEDIA_TYPES = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
}
QUAD_FORMATS = ("nq", "trig")
TIMEOUT = 600  # seconds a request may wait for the server (each read): a bulk upload can take a while


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph, or of the default graph when ``graph`` is None."""
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def _send(request: urllib.request.Request, what: str, timeout: float | None = None) -> bytes:
    try:
        with urllib.request.urlopen(request, timeout=timeout or TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()[:300]
        raise GraphError(f"{what}: the server answered {error.code} {error.reason}: {detail}") from error
    except TimeoutError as error:
        raise GraphError(f"{what}: {request.full_url} did not answer within {timeout or TIMEOUT:g} s "
                         "(raise the limit with --timeout)") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise GraphError(f"{what}: {request.full_url} did not answer within {timeout or TIMEOUT:g} s "
                             "(raise the limit with --timeout)") from error
        raise GraphError(f"{what}: cannot reach {request.full_url}: {error.reason}") from error
    except OSError as error:
        raise GraphError(f"{what}: cannot reach {request.full_url}: {getattr(error, 'reason', error)}") from error
    except ValueError as error:  # urllib: "unknown url type"
        raise GraphError(f"{what}: {error}") from error


def load(paths: list[Path | str], endpoint: str, *, graph: str | None = None, replace: bool = False) -> int:
    """Upload RDF files to a Graph Store Protocol endpoint; returns the number of files sent.

    Triple formats go into ``graph`` (default graph if None); quad formats
    keep the graphs they name. ``replace`` uses PUT, which first empties the
    target graph (for triple formats only: quads are always added).
    """
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise GraphError(f"{path}: no such file")
        fmt = format_of(path)
        if fmt in QUAD_FORMATS:
            url, method = endpoint, "POST"
        else:
            url, method = graph_url(endpoint, graph), "PUT" if replace else "POST"
        try:
            request = urllib.request.Request(url, data=path.read_bytes(), method=method,
                                             headers={"Content-Type": MEDIA_TYPES[fmt]})
        except ValueError as error:  # "unknown url type"
            raise GraphError(f"{endpoint}: {error}") from error
        _send(request, str(path))
    return len(paths)


def with_parameters(text: str, params: dict[str, str] | None) -> str:
    """``text`` with its parameters bound by a ``VALUES`` block at the start of its WHERE clause.

    The SPARQL protocol has no way to send bindings beside a query; each
    value is written as an N-Triples literal by pyoxigraph, so it stays one
    literal whatever it contains.
    """
    import pyoxigraph

    values = bindings(text, params)
    if not values:
        return text
    names = " ".join(f"?{name}" for name in values)
    terms = " ".join(str(pyoxigraph.Literal(value)) for value in values.values())
    try:
        return lexer.insert_into_where(text, f"VALUES ({names}) {{ ({terms}) }}")
    except ValueError as error:
        raise QueryError(f"the query does not parse: {error}") from error


def _term(binding: dict | None) -> tuple[str | None, str | None]:
    if not binding:
        return None, None
    kind = binding.get("type")
    if kind == "uri":
        return binding.get("value"), "iri"
    if kind == "bnode":
        return "_:" + str(binding.get("value")), "bnode"
    return binding.get("value"), binding.get("datatype", XSD + "string")


def query(text: str, endpoint: str, params: dict[str, str] | None = None, *, timeout: float | None = None,
          allow_service: bool = True) -> Answer:
    """Run a SELECT or ASK query on a SPARQL endpoint. Standard prefixes are predeclared.

    ``timeout`` (seconds, default ``TIMEOUT``) bounds each wait for the
    server. ``SERVICE`` is the endpoint's business (it makes the request),
    so it is let through unless ``allow_service=False``.
    """
    text = with_parameters(check_readonly(text, allow_service=allow_service), params)
    text = prologue() + text
    try:
        request = urllib.request.Request(endpoint, data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": "application/sparql-results+json",
        })
    except ValueError as error:  # "unknown url type"
        raise QueryError(f"{endpoint}: {error}") from error
    try:
        body = json.loads(_send(request, "query", timeout))
    except GraphError as error:
        raise QueryError(str(error)) from error
    except ValueError as error:
        raise QueryError(f"the endpoint did not answer with SPARQL JSON results: {error}") from error
    return _answer(body)


def _answer(body) -> Answer:
    """The answer in a SPARQL 1.1 JSON results document, or a QueryError saying what is missing."""
    if isinstance(body, dict) and isinstance(body.get("boolean"), bool):
        return Answer(["ask"], [["true" if body["boolean"] else "false"]], [[XSD + "boolean"]])
    try:
        variables = [str(v) for v in body["head"]["vars"]]
        bindings_ = body["results"]["bindings"]
        rows, kinds = [], []
        for binding in bindings_:
            cells = [_term(binding.get(v)) for v in variables]
            rows.append([value for value, _ in cells])
            kinds.append([kind for _, kind in cells])
    except (KeyError, TypeError, AttributeError) as error:
        raise QueryError(f"the endpoint did not answer with SPARQL JSON results (no {error} where expected)") from error
    return Answer(variables, rows, kinds)
