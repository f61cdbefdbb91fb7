"""Competency-query latency: the pyoxigraph store of `kg build --store` beside rdflib's in-memory store.

    python bench/bench_store.py [--graph /tmp/kg-bench/graph-all.nt] [--rdflib-timeout 300]
    python bench/bench_store.py --store DIR --baseline-queries OLD/queries [--baseline-store OLD_DIR] --no-rdflib
        [--store-note "how DIR was made"] [--timeout 60] [--baseline-timeout 60]

Writes "## Query latency" of docs/PERFORMANCE.md. The graph (by default the
whole-corpus graph bench_build.py leaves in /tmp/kg-bench) is loaded into an
rdflib Graph and written with ``kg.rdf.store.save`` into an on-disk pyoxigraph
store (one named graph per article, queried as their union); ``--store`` uses
a store that ``kg build --store`` already wrote instead (and no rdflib graph
is made: it implies ``--no-rdflib``). Each shipped query runs in a forked
child that opens the store, runs the query once to warm up, then times it as
the best of 3; a child still running after ``--timeout`` seconds is stopped and
the query reported as "> T (stopped)". An rdflib query runs in a forked child
too, stopped after ``--rdflib-timeout``.

``--baseline-queries DIR`` also times the ``.rq`` files of DIR (the shipped
queries of an earlier commit, e.g. from ``git archive``) in the same run, on
``--baseline-store`` (the store that commit's ``kg build`` wrote; by default
the same store), each in a forked child stopped after ``--baseline-timeout``
seconds, and checks that both give the same rows (lists joined by a separator
compared as sets), so the table shows each question before and after.
"""

from __future__ import annotations

import argparse
import multiprocessing
import shlex
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import WORK, load, machine, write_section  # noqa: E402


def best_of(run, times: int = 3) -> float:
    run()
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - started)
    return best


def _rdflib_child(graph, text, connection) -> None:
    from kg.rdf.vocab import PREFIXES

    connection.send(best_of(lambda: list(graph.query(text, initNs=PREFIXES)), times=1))


def rdflib_seconds(graph, text: str, timeout: float) -> float | None:
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_rdflib_child, args=(graph, text, send))
    child.start()
    ready = receive.poll(timeout)
    seconds = receive.recv() if ready else None
    child.kill()
    child.join()
    return seconds


def _store_child(folder, text, times, connection) -> None:
    from kg.sparql import query as q
    from kg.rdf.store import open_store

    store = open_store(folder)
    answer = q.run(text, store)  # the warm-up
    best, cpu = float("inf"), float("inf")
    for _ in range(times):
        started, cpu_started = time.perf_counter(), time.process_time()
        q.run(text, store)
        best = min(best, time.perf_counter() - started)
        cpu = min(cpu, time.process_time() - cpu_started)
    connection.send(((best, cpu), len(answer.rows), _comparable(answer)))


def store_seconds(folder: Path, text: str, timeout: float, times: int = 1) -> tuple[tuple | None, int | None, list | None]:
    """((wall seconds, CPU seconds), number of rows, comparable rows) of a query on the store at ``folder``,
    run in a forked child (which opens the store itself: a store's files are not shared across a fork):
    once to warm up, then timed as the best of ``times`` (the CPU seconds: the child's own, the best of
    the same runs); (None, None, None) when the child ran longer than ``timeout`` seconds in all, and
    was stopped."""
    receive, send = multiprocessing.get_context("fork").Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_store_child, args=(folder, text, times, send))
    child.start()
    ready = receive.poll(timeout)
    result = receive.recv() if ready else (None, None, None)
    child.kill()
    child.join()
    return result


def _comparable(answer) -> list:
    """The rows of an answer, sorted, each list joined by " | " or ", " read as a set (SPARQL leaves the
    order of GROUP_CONCAT to the engine)."""
    def cell(value):
        if value is None:
            return None
        for separator in (" | ", ", "):
            if separator in value:
                return separator.join(sorted(value.split(separator)))
        return value
    return sorted(str([cell(v) for v in row]) for row in answer.rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=WORK / "graph-all.nt")
    parser.add_argument("--store", type=Path, help="a store written by kg build --store (instead of --graph)")
    parser.add_argument("--rdflib-timeout", type=float, default=300.0)
    parser.add_argument("--no-rdflib", action="store_true", help="time the store only")
    parser.add_argument("--baseline-queries", type=Path, help="a folder of earlier versions of the queries")
    parser.add_argument("--baseline-store", type=Path, help="the store the baseline queries run on")
    parser.add_argument("--baseline-timeout", type=float, default=120.0)
    parser.add_argument("--store-note", default="", help="how the --store was made, printed with it")
    parser.add_argument("--timeout", type=float, default=120.0,
                        help="seconds a shipped query may take in all (warm-up and 3 timed runs) before it is stopped")
    args = parser.parse_args()
    load_at_start = load()
    from kg.sparql import query as q
    from kg.rdf.store import open_store, save

    graph = None
    if args.store:
        folder, source = args.store, f"--store {args.store}" + (f": {args.store_note}" if args.store_note else "")
    else:
        from rdflib import Graph

        started = time.perf_counter()
        graph = Graph()
        graph.parse(args.graph, format="nt")
        parse_seconds = time.perf_counter() - started
        folder = Path(tempfile.mkdtemp(prefix="kg-store-", dir=WORK))
        started = time.perf_counter()
        save(graph, folder).flush()
        save_seconds = time.perf_counter() - started
        source = (f"--graph {args.graph}: rdflib N-Triples parse {parse_seconds:.0f} s; `kg.rdf.store.save` into "
                  f"the on-disk store {save_seconds:.0f} s")
    store = open_store(folder)
    triples = len(store)
    articles = len(q.run("SELECT ?a WHERE { ?a a kg:Article }", store).rows)
    with_rdflib = graph is not None and not args.no_rdflib
    baseline = {path.stem: path.read_text(encoding="utf-8")
                for path in sorted(args.baseline_queries.glob("*.rq"))} if args.baseline_queries else {}
    baseline_store = args.baseline_store or folder
    header = ["query", "rows", "pyoxigraph store (ms)", "CPU (ms)"]
    if baseline:
        header[2:2] = ["before (ms)", "before, CPU (ms)"]
        header += ["before / after", "same rows as before"]
    if with_rdflib:
        header += ["rdflib in-memory (ms)", "rdflib / store"]
    table = ["| " + " | ".join(header) + " |", "| --- |" + " ---: |" * (len(header) - 1)]
    for query_file in q.shipped_queries():
        timing, count, answer = store_seconds(folder, query_file.text, args.timeout, times=3)
        oxi, oxi_cpu = timing or (None, None)
        cells = [query_file.name, "–" if count is None else str(count),
                 f"> {args.timeout * 1000:.0f} (stopped)" if oxi is None else f"{oxi * 1000:.1f}",
                 "–" if oxi_cpu is None else f"{oxi_cpu * 1000:.0f}"]
        if baseline:
            text = baseline.get(query_file.name)
            timing, _, rows = store_seconds(baseline_store, text, args.baseline_timeout) if text else (None, None, None)
            before, before_cpu = timing or (None, None)
            if text is None:
                cells[2:2] = ["(new)", "–"]
                cells += ["–", "–"]
            elif before is None:
                cells[2:2] = [f"> {args.baseline_timeout * 1000:.0f} (stopped)", "–"]
                cells += [f"> {args.baseline_timeout / oxi:.0f}×" if oxi else "–", "–"]
            else:
                cells[2:2] = [f"{before * 1000:.1f}", f"{before_cpu * 1000:.0f}"]
                cells += [f"{before / oxi:.1f}×" if oxi else "–",
                          "–" if answer is None else "yes" if rows == answer else "**no**"]
        if with_rdflib and oxi is None:
            cells += ["–", "–"]
        elif with_rdflib:
            slow = rdflib_seconds(graph, query_file.text, args.rdflib_timeout)
            cells.append(f"{slow * 1000:.0f}" if slow is not None else f"> {args.rdflib_timeout * 1000:.0f} (stopped)")
            cells.append(f"{slow / oxi:.0f}×" if slow is not None else f"> {args.rdflib_timeout / oxi:.0f}×")
        table.append("| " + " | ".join(cells) + " |")
        print(table[-1], flush=True)
    how = (f"Each query runs in a fresh forked child, once to warm up, then timed as the best of 3 (stopped "
           f"after {args.timeout:.0f} s in all); CPU is the child's own CPU time, the best of the same runs (on a "
           f"shared machine wall time grows with the load, CPU time hardly does)")
    if baseline:
        how += (f"; the queries of {args.baseline_queries} (\"before\") ran once after a warm-up, each in a fresh "
                f"forked child, on {'the same store' if baseline_store == folder else f'the store {baseline_store}'}"
                f", stopped after {args.baseline_timeout:.0f} s")
    if with_rdflib:
        how += "; one run after a warm-up for rdflib"
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_store.py {shlex.join(sys.argv[1:])}`. Store: {triples:,} quads, "
        f"{articles:,} articles ({source}). {how}. Load average (1 minute) at the end {load()}.", "",
        *table,
    ])
    write_section("Query latency", body)
    print(body)


if __name__ == "__main__":
    main()
