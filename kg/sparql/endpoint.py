"""Load graphs into a SPARQL server and query it over HTTP (standard library only).

- :func:`load` sends RDF files with the SPARQL 1.1 Graph Store Protocol:
  ``POST`` (add) or ``PUT`` (replace) to ``URL?graph=IRI``, or ``URL?default``
  for the default graph. N-Quads and TriG files carry their own graph names
  and are posted to ``URL`` itself, which Oxigraph and Fuseki accept as a
  dataset upload.
- :func:`query` runs a SELECT/ASK query with the SPARQL 1.1 Protocol
  (``POST`` ``application/sparql-query``) and reads the JSON results into a
  :class:`kg.sparql.query.Answer`.

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
from kg.sparql.query import Answer, query_text

MEDIA_TYPES = {
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "nq": "application/n-quads",
    "trig": "application/trig",
    "jsonld": "application/ld+json",
}
QUAD_FORMATS = ("nq", "trig")
TIMEOUT = 600  # seconds for one request: a bulk upload can take a while


def graph_url(endpoint: str, graph: str | None) -> str:
    """The Graph Store Protocol URL of a named graph, or of the default graph when ``graph`` is None."""
    separator = "&" if "?" in endpoint else "?"
    if graph is None:
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}{urllib.parse.urlencode({'graph': graph})}"


def _send(request: urllib.request.Request, what: str) -> bytes:
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
            return response.read()
    except urllib.error.HTTPError as error:
        detail = error.read().decode("utf-8", "replace").strip()[:300]
        raise GraphError(f"{what}: the server answered {error.code} {error.reason}: {detail}") from error
    except (urllib.error.URLError, OSError) as error:
        raise GraphError(f"{what}: cannot reach {request.full_url}: {getattr(error, 'reason', error)}") from error


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
        request = urllib.request.Request(url, data=path.read_bytes(), method=method,
                                         headers={"Content-Type": MEDIA_TYPES[fmt]})
        _send(request, str(path))
    return len(paths)


def query(text: str, endpoint: str, params: dict[str, str] | None = None) -> Answer:
    """Run a SELECT or ASK query on a SPARQL endpoint. Standard prefixes are predeclared."""
    text = query_text(text, params)
    request = urllib.request.Request(endpoint, data=text.encode("utf-8"), method="POST", headers={
        "Content-Type": "application/sparql-query; charset=utf-8",
        "Accept": "application/sparql-results+json",
    })
    try:
        body = json.loads(_send(request, "query"))
    except GraphError as error:
        raise QueryError(str(error)) from error
    except ValueError as error:
        raise QueryError(f"the endpoint did not answer with SPARQL JSON results: {error}") from error
    if "boolean" in body:
        return Answer(["ask"], [["true" if body["boolean"] else "false"]])
    variables = body["head"]["vars"]
    rows = [[binding.get(v, {}).get("value") for v in variables] for binding in body["results"]["bindings"]]
    return Answer(variables, rows)
