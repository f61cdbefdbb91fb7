"""`kg validate` (kg.validate, pySHACL) on a graph of at least a million triples.

    python bench/bench_validate.py [--graph /tmp/kg-bench/graph-all.nt]

Writes "## Validation at scale" of docs/PERFORMANCE.md: load and validation
time of the shipped shapes, with kg.validate's own batching and workers (see
docs/VALIDATION.md for how they work and for the figures of its owner).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import WORK, machine, write_section  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=WORK / "graph-all.nt")
    args = parser.parse_args()
    from kg.validate import load_data, validate

    started = time.perf_counter()
    graph = load_data([args.graph])
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    result = validate(graph)
    seconds = time.perf_counter() - started
    rss = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024
    body = "\n".join([
        machine(), "",
        f"Command: `python bench/bench_validate.py --graph {args.graph}`.", "",
        "| triples | load (s) | validate (s) | triples/s | conforms | issues | peak RSS (MB) |",
        "| ---: | ---: | ---: | ---: | --- | ---: | ---: |",
        f"| {len(graph)} | {loaded:.0f} | {seconds:.0f} | {len(graph) / seconds:.0f} | {result.conforms} | "
        f"{len(result.results)} | {rss:.0f} |",
    ])
    write_section("Validation at scale", body)
    print(body)


if __name__ == "__main__":
    main()
