"""The Starlette application of ``kg serve``: a read-only SPARQL endpoint and the analyst page.

Routes:

- ``/sparql``: the SPARQL 1.1 Protocol (query only). Updates are refused with
  403, other methods with 405, other request types with 415; queries with a
  ``SERVICE`` clause are refused (the server never goes off the machine).
  The non-standard parameter ``kg-max-rows`` (the page's own queries) cuts a
  SELECT answer to that many rows and says so in the ``X-KG-Truncated``
  header.
- ``/store``: Graph Store Protocol reads (``?default`` or ``?graph=IRI``).
- ``/``, ``/static/…``: the page and its vendored libraries;
  ``/questions.json``: the shipped questions; ``/event-classes.json``: how
  the event classes nest; ``/views.json``: the
  queries behind the page's views and their row caps (also run by
  ``bench/bench_serve.py``).

Every request must name this server in its ``Host`` header (a page on another
site cannot reach it through DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.parse
from contextlib import asynccontextmanager
from pathlib import Path

import pyoxigraph
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import ImmutableMultiDict
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from kg.errors import GraphError, InputError
from kg.rdf.graphio import load_store
from kg.sparql.query import shipped_queries, with_values
from kg.rdf.store import open_store
from kg.rdf.vocab import PREFIXES
from kg.serve.protocol import ProtocolError, QueryRequest, content_type, negotiate, offered_formats, query_form, refusal
from kg.serve.views import ROW_CAPS, event_classes, inner_limit, view_text
from kg.serve.worker import DEFAULT_GRAPH, Job, WorkerPool

STATIC = Path(__file__).parent / "static"
MAX_ROWS_LIMIT = 10_000  # the most rows kg-max-rows may ask for
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
# The page loads only its own files and talks only to this server.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                           "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'")
PREFIX_MAP = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def store_opener(graphs: list[Path] | None = None, store_dir: Path | None = None):
    """A function that gives a worker its store: the files loaded once here (inherited by the forked
    workers), or the store folder opened read-only by each worker. Errors show here, before serving."""
    if bool(graphs) == bool(store_dir):
        raise GraphError("serve graph files or a store folder (--store), one of them")
    if store_dir is not None:
        open_store(store_dir)  # fails now, in one line, if the folder is not a store
        return lambda: open_store(store_dir).store
    loaded = load_store(list(graphs))
    return lambda: loaded


def host_name(header: str) -> str:
    """The name in a Host header, without its port: ``[::1]:7878`` → ``::1``, ``localhost:7878`` → ``localhost``."""
    if header.startswith("["):
        return header[1:header.index("]")] if "]" in header else header
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class HostCheck:
    """ASGI middleware: 403 unless the Host header names one of ``allowed`` (any port)."""

    def __init__(self, app, allowed: set[str] | None) -> None:
        self.app = app
        self.allowed = allowed  # None: any host (the server listens on every interface)

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and self.allowed is not None:
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1").lower()
            if host_name(host) not in self.allowed:
                response = PlainTextResponse(f"Host {host!r} is not this server (DNS rebinding protection); "
                                             "use http://127.0.0.1 or http://localhost", status_code=403)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def allowed_hosts(host: str) -> set[str] | None:
    if host in ("0.0.0.0", "::", ""):
        return None
    return LOOPBACK_NAMES | {host.lower().strip("[]")}


def _error(error: ProtocolError, **headers) -> Response:
    return PlainTextResponse(error.message + "\n", status_code=error.status, headers=headers or None)


async def _query_request(request: Request) -> tuple[QueryRequest, int | None]:
    params = request.query_params
    if request.method == "GET":
        fields = params
        text = params.get("query")
    else:
        media = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if media == "application/sparql-update":
            raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
        if media == "application/x-www-form-urlencoded":
            # Parsed here: Starlette's request.form() needs python-multipart, even for url-encoded bodies.
            body = (await request.body()).decode("utf-8", "replace")
            fields = ImmutableMultiDict(urllib.parse.parse_qsl(body, keep_blank_values=True))
            text = fields.get("query")
        elif media == "application/sparql-query":
            fields = params
            text = (await request.body()).decode("utf-8", "replace")
        else:
            raise ProtocolError(415, "send the query as application/sparql-query or application/x-www-form-urlencoded"
                                     f" (not {media or 'no content type'})")
    if "update" in fields or "update" in params:
        raise ProtocolError(403, "this endpoint is read-only: SPARQL updates are refused")
    if not text:
        raise ProtocolError(400, "no query: give it in the 'query' parameter")
    cap = fields.get("kg-max-rows") or params.get("kg-max-rows")
    try:
        max_rows = None if cap is None else max(0, min(int(cap), MAX_ROWS_LIMIT))
    except ValueError:
        raise ProtocolError(400, f"kg-max-rows must be a number, not {cap!r}") from None
    graphs = [*params.getlist("default-graph-uri"), *(fields.getlist("default-graph-uri") if fields is not params else [])]
    named = [*params.getlist("named-graph-uri"), *(fields.getlist("named-graph-uri") if fields is not params else [])]
    for iri in graphs + named:
        try:
            pyoxigraph.NamedNode(iri)
        except ValueError:
            raise ProtocolError(400, f"not an IRI: {iri!r}") from None
    return QueryRequest(text, graphs, named), max_rows


def _answer(reply, vary: bool = True) -> Response:
    headers = {"Vary": "Accept"} if vary else {}
    if reply.truncated:
        headers["X-KG-Truncated"] = "true"
    return Response(reply.body, status_code=reply.status, headers=headers, media_type=content_type(reply.media))


def create_app(graphs: list[Path] | None = None, *, store: Path | None = None, host: str = "127.0.0.1",
               timeout: float | None = 30.0, cors: bool = False, workers: int = 2) -> Starlette:
    """The application serving graph files (loaded in memory) or a store folder (read-only)."""
    pool = WorkerPool(store_opener(graphs, store), size=workers, timeout=timeout)

    async def sparql(request: Request) -> Response:
        try:
            asked, max_rows = await _query_request(request)
            reason = refusal(asked.text)
            if reason:
                raise ProtocolError(403, reason)
            form = query_form(asked.text)
            media = negotiate(request.headers.get("accept"), offered_formats(form))
        except ProtocolError as error:
            return _error(error, Vary="Accept")
        if max_rows is not None and form == "SELECT":
            media = "application/sparql-results+json"
        else:
            max_rows = None
        job = Job(asked.text, form, media, tuple(asked.default_graphs), tuple(asked.named_graphs), max_rows, PREFIX_MAP)
        return _answer(await run_in_threadpool(pool.run, job))

    async def graph_store(request: Request) -> Response:
        params = request.query_params
        try:
            if ("default" in params) == ("graph" in params):
                raise ProtocolError(400, "ask for ?default or ?graph=IRI (one of them)")
            media = negotiate(request.headers.get("accept"), offered_formats("CONSTRUCT"))
            if "default" in params:
                job = Job("CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT", media, (DEFAULT_GRAPH,))
            else:
                try:
                    graph = str(pyoxigraph.NamedNode(params["graph"]))
                except ValueError:
                    raise ProtocolError(400, f"not an IRI: {params['graph']!r}") from None
                exists = await run_in_threadpool(pool.run, Job(f"ASK {{ GRAPH {graph} {{ ?s ?p ?o }} }}", "ASK",
                                                               "application/sparql-results+json"))
                if exists.status != 200:
                    return _answer(exists)
                if b"true" not in exists.body:
                    raise ProtocolError(404, f"no graph named {params['graph']} in this store")
                job = Job(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}", "CONSTRUCT", media)
        except ProtocolError as error:
            return _error(error, Vary="Accept")
        reply = await run_in_threadpool(pool.run, job)
        if request.method == "HEAD":
            return Response(status_code=reply.status, media_type=content_type(reply.media), headers={"Vary": "Accept"})
        return _answer(reply)

    async def refuse_writes(request: Request) -> Response:
        return PlainTextResponse("this endpoint is read-only: the Graph Store Protocol serves reads (GET, HEAD) only\n",
                                 status_code=405, headers={"Allow": "GET, HEAD"})

    async def sparql_other(request: Request) -> Response:
        return PlainTextResponse("the SPARQL endpoint answers GET and POST queries only; it is read-only\n",
                                 status_code=405, headers={"Allow": "GET, POST"})

    async def page(request: Request) -> Response:
        return FileResponse(STATIC / "index.html", headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY})

    async def questions(request: Request) -> Response:
        prologue = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIX_MAP.items())
        # Defaults as a VALUES block: a shipped query's parameters are bound by kg, not written in the file.
        return JSONResponse([{"name": q.name, "question": q.question, "params": q.params,
                              "query": prologue + with_values(q.text, None)}
                             for q in shipped_queries()])

    async def classes(request: Request) -> Response:
        return JSONResponse(event_classes())

    async def views(request: Request) -> Response:
        return JSONResponse({name: {"query": view_text(name), "maxRows": cap, "limit": inner_limit(view_text(name))}
                             for name, cap in ROW_CAPS.items()})

    @asynccontextmanager
    async def lifespan(app):
        pool.start()
        try:
            yield
        finally:
            pool.close()

    middleware = [Middleware(HostCheck, allowed=allowed_hosts(host))]
    if cors:
        middleware.append(Middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET", "POST"],
                                     allow_headers=["Accept", "Content-Type"]))
    routes = [
        Route("/", page),
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/sparql", sparql_other, methods=["PUT", "DELETE", "PATCH"]),
        Route("/store", graph_store, methods=["GET", "HEAD"]),
        Route("/store", refuse_writes, methods=["PUT", "POST", "DELETE", "PATCH"]),
        Route("/questions.json", questions),
        Route("/views.json", views),
        Route("/event-classes.json", classes),
        Mount("/static", app=StaticFiles(directory=STATIC), name="static"),
    ]
    return Starlette(routes=routes, middleware=middleware, lifespan=lifespan)


def url_of(host: str, port: int) -> str:
    return f"http://{'[' + host + ']' if ':' in host else host}:{port}/"


def listen(host: str, port: int) -> socket.socket:
    """The listening socket, bound here so that a busy port is a clear error before anything is loaded."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as error:
        sock.close()
        raise InputError(f"cannot listen on {host}:{port}: {error.strerror or error}") from error
    sock.listen(128)
    return sock


def serve(graphs: list[Path] | None = None, *, store: Path | None = None, host: str = "127.0.0.1", port: int = 7878,
          timeout: float | None = 30.0, cors: bool = False, on_ready=None) -> None:
    """Serve until interrupted (blocking). ``on_ready(url)`` is called when the graph is loaded and the socket listens."""
    import uvicorn

    sock = listen(host, port)
    app = create_app(graphs, store=store, host=host, timeout=timeout, cors=cors)
    if on_ready is not None:
        on_ready(url_of(host, sock.getsockname()[1]))
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on")).run(sockets=[sock])
