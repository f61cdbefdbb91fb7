"""Competency-query latency: the pyoxigraph store of `kg build --store` beside rdflib's in-memory store.

    python bench/bench_store.py [--graph /tmp/kg-bench/graph-all.nt] [--rdflib-timeout 300]

Writes "## Query latency" of docs/PERFORMANCE.md. The graph (by default the
whole-corpus graph bench_build.py leaves in /tmp/kg-bench) is loaded into an
rdflib Graph and written with ``kg.rdf.store.save`` into an on-disk pyoxigraph
store (one named graph per article, queried as their union). Each shipped
query runs once to warm up, then is timed as the best of 3; an rdflib query
runs in a forked child so that one slower than the timeout can be stopped.
"""

from __future__ import annotations

import argparse
import multiprocessing
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=WORK / "graph-all.nt")
    parser.add_argument("--rdflib-timeout", type=float, default=300.0)
    args = parser.parse_args()
    load_at_start = load()
    from rdflib import Graph

    from kg.sparql import query as q
    from kg.rdf.store import open_store, save

    started = time.perf_counter()
    graph = Graph()
    graph.parse(args.graph, format="nt")
    parse_seconds = time.perf_counter() - started
    folder = Path(tempfile.mkdtemp(prefix="kg-store-", dir=WORK))
    started = time.perf_counter()
    save(graph, folder).flush()
    save_seconds = time.perf_counter() - started
    store = open_store(folder)
    table = ["| query | rows | pyoxigraph store (ms) | rdflib in-memory (ms) | rdflib / store |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for query_file in q.shipped_queries():
        rows = len(q.run(query_file.text, store).rows)
        oxi = best_of(lambda: q.run(query_file.text, store))
        slow = rdflib_seconds(graph, query_file.text, args.rdflib_timeout)
        slow_cell = f"{slow * 1000:.0f}" if slow is not None else f"> {args.rdflib_timeout * 1000:.0f} (stopped)"
        ratio = f"{slow / oxi:.0f}×" if slow is not None else f"> {args.rdflib_timeout / oxi:.0f}×"
        table.append(f"| {query_file.name} | {rows} | {oxi * 1000:.1f} | {slow_cell} | {ratio} |")
        print(table[-1], flush=True)
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_store.py --graph {args.graph}`: {len(graph)} triples "
        f"(rdflib N-Triples parse {parse_seconds:.0f} s; `kg.rdf.store.save` into the on-disk store "
        f"{save_seconds:.0f} s). Best of 3 after a warm-up for the store; one run after a warm-up for rdflib.", "",
        *table,
    ])
    write_section("Query latency", body)
    print(body)


if __name__ == "__main__":
    main()
