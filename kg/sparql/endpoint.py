"""Load graphs into a SPARQL server and query it over HTTP (standard library and pyoxigraph's results parser).

- :func:`load` sends RDF files with the SPARQL 1.1 Graph Store Protocol:
  ``POST`` (add) or ``PUT`` (replace) to ``URL?graph=IRI``, or ``URL?default``
  for the default graph. N-Quads and TriG files carry their own graph names
  and are posted to ``URL`` itself, which Oxigraph and Fuseki accept as a
  dataset upload.
- :func:`query` runs a SELECT/ASK query with the SPARQL 1.1 Protocol
  (``POST`` ``application/sparql-query``) and reads the JSON results into a
  :class:`kg.sparql.query.Answer`; :func:`stream` yields the rows as they
  arrive, so a large answer is printed without being held in memory.

For Oxigraph (``oxigraph serve``) the Graph Store endpoint is
``http://HOST:PORT/store`` and the query endpoint ``http://HOST:PORT/query``;
for Fuseki ``/DATASET/data`` and ``/DATASET/sparql``.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pyoxigraph

from kg.errors import GraphError, QueryError
from kg.rdf.graphio import format_of
from kg.sparql.query import XSD, Answer, StreamedAnswer, cell, check_readonly, prologue, with_values

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
    with _open(request, what, timeout) as response:
        try:
            return response.read()
        except OSError as error:
            raise GraphError(f"{what}: {request.full_url} stopped answering: {error}") from error


def _open(request: urllib.request.Request, what: str, timeout: float | None = None):
    """The server's response, open for reading, or a GraphError that says why not."""
    try:
        return urllib.request.urlopen(request, timeout=timeout or TIMEOUT)
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


def query(text: str, endpoint: str, params: dict[str, str] | None = None, *, timeout: float | None = None,
          allow_service: bool = True) -> Answer:
    """Run a SELECT or ASK query on a SPARQL endpoint and read the whole answer. See :func:`stream`."""
    with stream(text, endpoint, params, timeout=timeout, allow_service=allow_service) as answer:
        return answer.collect()


@contextmanager
def stream(text: str, endpoint: str, params: dict[str, str] | None = None, *, timeout: float | None = None,
           allow_service: bool = True) -> Iterator[StreamedAnswer]:
    """Run a SELECT or ASK query on a SPARQL endpoint; the answer's rows are parsed as they arrive.

    A large answer is never held whole in memory (pyoxigraph parses the
    SPARQL JSON results from the open connection). Standard prefixes are
    predeclared. ``timeout`` (seconds, default ``TIMEOUT``) bounds each wait
    for the server. ``SERVICE`` is the endpoint's business (it makes the
    request), so it is let through unless ``allow_service=False``.
    """
    text = prologue() + with_values(check_readonly(text, allow_service=allow_service), params)
    try:
        request = urllib.request.Request(endpoint, data=text.encode("utf-8"), method="POST", headers={
            "Content-Type": "application/sparql-query; charset=utf-8",
            "Accept": "application/sparql-results+json",
        })
    except ValueError as error:  # "unknown url type"
        raise QueryError(f"{endpoint}: {error}") from error
    try:
        response = _open(request, "query", timeout)
    except GraphError as error:
        raise QueryError(str(error)) from error
    with response:
        try:
            result = pyoxigraph.parse_query_results(response, pyoxigraph.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError, OSError) as error:
            raise _not_results(error) from error
        if isinstance(result, pyoxigraph.QueryBoolean):
            yield StreamedAnswer(["ask"], iter([(["true" if bool(result) else "false"], [XSD + "boolean"])]))
            return
        variables = [v.value for v in result.variables]
        yield StreamedAnswer(variables, _rows(result, variables, timeout))


def _rows(result, variables: list[str], timeout: float | None) -> Iterator[tuple[list, list]]:
    try:
        for solution in result:
            cells = [cell(solution[v]) for v in variables]
            yield [value for value, _ in cells], [kind for _, kind in cells]
    except TimeoutError as error:
        raise QueryError(f"the endpoint stopped answering for {timeout or TIMEOUT:g} s "
                         "(raise the limit with --timeout)") from error
    except (SyntaxError, ValueError, OSError) as error:
        raise _not_results(error) from error


def _not_results(error: Exception) -> QueryError:
    return QueryError(f"the endpoint did not answer with SPARQL JSON results: {' '.join(str(error).split())}")
