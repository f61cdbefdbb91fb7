"""Serialising a large graph to Turtle and N-Quads: rdflib (kg.rdf.graphio today) beside pyoxigraph.

    python bench/bench_serialize.py [--graph /tmp/kg-bench/graph-all.nt]

Writes "## Serialisation" of docs/PERFORMANCE.md. Both paths are
deterministic: ``kg.rdf.graphio.serialize`` (rdflib; N-Quads as sorted lines)
and ``kg.rdf.store.serialize_dataset`` (pyoxigraph, N-Quads as sorted lines in
the one-graph-per-article layout) or pyoxigraph Turtle of the sorted
triples. The pyoxigraph figures include converting the rdflib terms.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import WORK, load, machine, write_section  # noqa: E402


def timed(run) -> tuple[float, int]:
    started = time.perf_counter()
    data = run()
    return time.perf_counter() - started, len(data)


def oxigraph_ntriples(graph) -> bytes:
    """What kg.rdf.graphio writes for nt/nq (sorted lines), through pyoxigraph."""
    import pyoxigraph

    from kg.rdf.store import dataset_quads

    data = pyoxigraph.serialize((q.triple for q in dataset_quads(graph)), format=pyoxigraph.RdfFormat.N_TRIPLES)
    lines = sorted(line for line in data.split(b"\n") if line.strip())
    return b"\n".join(lines) + b"\n"


def oxigraph_turtle(graph) -> bytes:
    import pyoxigraph

    from kg.rdf.store import dataset_quads

    triples = sorted((q.triple for q in dataset_quads(graph)), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    prefixes = {prefix: str(namespace) for prefix, namespace in graph.namespaces()}
    return pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)


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
    same = serialize(graph, "nq") == oxigraph_ntriples(graph)
    rows = [
        ("N-Quads, default graph (kg build -o x.nq)", timed(lambda: serialize(graph, "nq")),
         timed(lambda: oxigraph_ntriples(graph))),
        ("N-Quads, one graph per article", None, timed(lambda: serialize_dataset(graph, "nq"))),
        ("Turtle", timed(lambda: serialize(graph, "ttl")), timed(lambda: oxigraph_turtle(graph))),
    ]
    table = ["| output | rdflib (s) | pyoxigraph (s) | speed-up | bytes rdflib / pyoxigraph |",
             "| --- | ---: | ---: | ---: | ---: |"]
    for name, slow, (fast, fast_bytes) in rows:
        if slow is None:
            table.append(f"| {name} | – | {fast:.1f} | – | – / {fast_bytes} |")
        else:
            table.append(f"| {name} | {slow[0]:.1f} | {fast:.1f} | {slow[0] / fast:.1f}× | {slow[1]} / {fast_bytes} |")
    table += ["", f"Sorted N-Quads lines from pyoxigraph are {'byte for byte the same as' if same else 'NOT the same bytes as'} "
              "kg.rdf.graphio's rdflib output. Turtle differs in layout (same triples)."]
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_serialize.py --graph {args.graph}`: {len(graph)} triples.", "",
        *table,
    ])
    write_section("Serialisation", body)
    print(body)


if __name__ == "__main__":
    main()
