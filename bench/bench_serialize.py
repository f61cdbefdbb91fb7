"""Serialising a graph in every format: kg.rdf.graphio beside rdflib's own serialisers.

    python bench/bench_serialize.py [--graph /tmp/kg-bench/graph-all.nt]

Writes "## Serialisation" of docs/PERFORMANCE.md. The graph is parsed into
an ordinary rdflib graph, then written by ``kg.rdf.graphio.serialize``
(sorted N-Triples lines, from rdflib's N-Triples; Turtle, TriG and JSON-LD
written by pyoxigraph from those lines) and, for comparison, by rdflib's
own serialiser for the same format (not deterministic for JSON-LD, whose
node order changes from run to run). ``kg.rdf.store.serialize_dataset``
gives the one-graph-per-article N-Quads. Each output is parsed back by
pyoxigraph and its triples counted.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import WORK, load, machine, write_section  # noqa: E402

RDFLIB = {"nq": "nt", "ttl": "turtle", "trig": "trig", "jsonld": "json-ld"}  # nq of one graph: its N-Triples


def timed(run) -> tuple[float, bytes]:
    started = time.perf_counter()
    data = run()
    return time.perf_counter() - started, data


def triples_in(data: bytes, fmt: str) -> int:
    import pyoxigraph

    from kg.rdf.graphio import FORMATS

    return sum(1 for _ in pyoxigraph.parse(data, format=FORMATS[fmt][1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=WORK / "graph-all.nt")
    args = parser.parse_args()
    load_at_start = load()
    from rdflib import Graph

    from kg.rdf.graphio import serialize
    from kg.rdf.store import serialize_dataset

    graph = Graph()
    graph.parse(args.graph, format="nt")
    table = ["| output | rdflib (s) | kg.rdf.graphio (s) | speed-up | bytes rdflib / kg | triples read back from kg's |",
             "| --- | ---: | ---: | ---: | ---: | ---: |"]
    for fmt, name in (("nq", "N-Quads, default graph (kg build -o x.nq)"), ("ttl", "Turtle"), ("trig", "TriG"),
                      ("jsonld", "JSON-LD")):
        slow, slow_data = timed(lambda: graph.serialize(format=RDFLIB[fmt], encoding="utf-8"))
        fast, data = timed(lambda: serialize(graph, fmt))
        table.append(f"| {name} | {slow:.1f} | {fast:.1f} | {slow / fast:.1f}× | {len(slow_data)} / {len(data)} "
                     f"| {triples_in(data, fmt)} |")
    fast, data = timed(lambda: serialize_dataset(graph, "nq"))
    table.append(f"| N-Quads, one graph per article (kg.rdf.store) | – | {fast:.1f} | – | – / {len(data)} "
                 f"| {triples_in(data, 'nq')} |")
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_serialize.py --graph {args.graph}`: {len(graph)} triples, parsed into an "
        "ordinary rdflib graph, so kg's times include rdflib writing the N-Triples lines it sorts (a graph from "
        "`kg build` skips that: its lines come from the mapped rows).", "",
        *table,
    ])
    write_section("Serialisation", body)
    print(body)


if __name__ == "__main__":
    main()
