"""Queries run in forked worker processes, so that a runaway query can be stopped.

pyoxigraph cannot cancel a query running in a thread. Each worker is a forked
process with its own store: an in-memory store loaded from files is inherited
through the fork (copy-on-write, no reload), a store folder is opened
read-only by the worker itself. A query that runs past the timeout is
stopped by killing its worker, which is replaced by a fresh one; the client
gets an error status, never a truncated answer.

The answer is written in the worker, in the media type already negotiated,
so only bytes cross the pipe.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import queue
import signal
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice

import pyoxigraph

from kg.serve.protocol import GRAPH_FORMATS, RESULT_FORMATS, has_dataset

DEFAULT_GRAPH = ""  # in Job.default_graphs: the store's own default graph (not the union)
# The largest answer a worker writes: a runaway SELECT * can write 50 MB a second until the timeout.
ANSWER_LIMIT = 100_000_000


@dataclass(frozen=True)
class Job:
    text: str
    form: str  # SELECT, ASK, CONSTRUCT or DESCRIBE
    media: str  # the negotiated media type of the answer
    default_graphs: tuple[str, ...] = ()  # empty: the union of all graphs (unless the query has FROM)
    named_graphs: tuple[str, ...] = ()
    max_rows: int | None = None  # SELECT only: keep this many solutions and say that the rest were cut
    prefixes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Reply:
    status: int
    media: str
    body: bytes
    truncated: bool = False


class _CappedBuffer:
    """A binary file object for pyoxigraph's serialisers that refuses to grow past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.buffer = io.BytesIO()
        self.limit = limit
        self.exceeded = False

    def write(self, data) -> int:
        if self.buffer.tell() + len(data) > self.limit:
            self.exceeded = True
            raise OSError(f"the answer passed {self.limit:,} bytes")
        return self.buffer.write(data)

    def flush(self) -> None:
        pass


def _plain(status: int, message: str) -> Reply:
    return Reply(status, "text/plain", message.encode("utf-8"))


def _graph(iri: str):
    return pyoxigraph.DefaultGraph() if iri == DEFAULT_GRAPH else pyoxigraph.NamedNode(iri)


def execute(store: pyoxigraph.Store, job: Job) -> Reply:
    """Run one job on a store and write its answer (or a plain error)."""
    options: dict = {"prefixes": job.prefixes}
    if job.default_graphs:
        options["default_graph"] = [_graph(iri) for iri in job.default_graphs]
    elif not has_dataset(job.text):
        options["use_default_graph_as_union"] = True
    if job.named_graphs:
        options["named_graphs"] = [pyoxigraph.NamedNode(iri) for iri in job.named_graphs]
    output = _CappedBuffer(ANSWER_LIMIT)
    try:
        result = store.query(job.text, **options)
        if isinstance(result, pyoxigraph.QueryTriples):
            pyoxigraph.serialize(result, output, format=GRAPH_FORMATS[job.media])
        elif isinstance(result, pyoxigraph.QuerySolutions) and job.max_rows is not None:
            return _capped_json(result, job.max_rows)
        else:
            result.serialize(output, format=RESULT_FORMATS[job.media])
    except SyntaxError as error:
        return _plain(400, f"the query does not parse: {error}")
    except (OSError, ValueError, TypeError) as error:
        if output.exceeded:
            return _plain(503, f"the answer passed {ANSWER_LIMIT // 1_000_000} MB and was stopped; add a LIMIT "
                               "or narrow the query")
        return _plain(400, f"the query failed: {error}")
    return Reply(200, job.media, output.buffer.getvalue())


def _json_term(term) -> dict:
    if isinstance(term, pyoxigraph.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, pyoxigraph.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, pyoxigraph.Literal):
        value = {"type": "literal", "value": term.value}
        if term.language:
            value["xml:lang"] = term.language
        elif term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            value["datatype"] = term.datatype.value
        return value
    return {"type": "literal", "value": str(term)}  # RDF-star triples: their text


def _capped_json(solutions: pyoxigraph.QuerySolutions, max_rows: int) -> Reply:
    """SPARQL JSON results of the first ``max_rows`` solutions; ``truncated`` if there were more."""
    variables = [v.value for v in solutions.variables]
    rows = list(islice(solutions, max_rows + 1))
    bindings = [{name: _json_term(row[name]) for name in variables if row[name] is not None} for row in rows[:max_rows]]
    body = json.dumps({"head": {"vars": variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    return Reply(200, "application/sparql-results+json", body.encode("utf-8"), truncated=len(rows) > max_rows)


def _work(connection, open_store: Callable[[], pyoxigraph.Store]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops its workers
    store = open_store()
    while True:
        try:
            job = connection.recv()
        except EOFError:  # the server is gone
            return
        if job is None:
            return
        connection.send(execute(store, job))


class _Worker:
    def __init__(self, open_store: Callable[[], pyoxigraph.Store]) -> None:
        context = multiprocessing.get_context("fork")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_work, args=(child, open_store), daemon=True)
        self.process.start()
        child.close()

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class WorkerPool:
    """``size`` worker processes; :meth:`run` blocks its (thread's) caller until the answer or the timeout."""

    def __init__(self, open_store: Callable[[], pyoxigraph.Store], size: int = 2, timeout: float | None = 30.0) -> None:
        self.open_store = open_store
        self.timeout = timeout
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.size = size
        self.workers: list[_Worker] = []

    def start(self) -> None:
        for _ in range(self.size):
            self._add()

    def _add(self) -> None:
        worker = _Worker(self.open_store)
        self.workers.append(worker)
        self.idle.put(worker)

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        self.workers.remove(worker)
        self._add()

    def run(self, job: Job) -> Reply:
        worker = self.idle.get()
        try:
            worker.connection.send(job)
            if not worker.connection.poll(self.timeout):
                self._replace(worker)
                return _plain(503, f"the query was stopped after {self.timeout:g} s (the server's --timeout); "
                                   "narrow it down or add a LIMIT")
            reply = worker.connection.recv()
        except (EOFError, OSError) as error:
            self._replace(worker)
            return _plain(500, f"the query worker died ({error or 'no answer'}); it has been restarted")
        self.idle.put(worker)
        return reply

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        self.workers.clear()
