"""`kg validate` on a graph of at least a million triples: the fast engine, and pySHACL beside it on a slice.

    python bench/bench_validate.py [--graph /tmp/kg-bench/graph-all.nt] [--slice 36000]

Writes "## Validation at scale" of docs/PERFORMANCE.md. The whole graph is
validated as `kg validate FILE` does it (kg.validate.validate on the file:
above 50,000 triples, kg.shacl_fast). pySHACL, the reference, would take
twenty minutes there, so both engines also validate the first ``--slice``
triples of the file in this process: that gives the speed-up, and checks
that the two report the same issues (focus, path, severity, shape,
constraint, value, message).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import WORK, load, machine, write_section  # noqa: E402

# Measured before kg.shacl_fast, with the same command (pySHACL in batches of 50 articles on 2 cores).
EARLIER = {"triples": 1007720, "load": 26, "validate": 1364, "rss": 2332, "issues": 1120}


def timed(run):
    started = time.perf_counter()
    value = run()
    return time.perf_counter() - started, value


def same_issues(a, b) -> bool:
    def key(issue):
        return (issue.focus, issue.path, issue.severity, issue.shape, issue.constraint, issue.value, issue.message)

    return sorted(map(key, a.results), key=str) == sorted(map(key, b.results), key=str)


def peak_rss_mb() -> float:
    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, default=WORK / "graph-all.nt")
    parser.add_argument("--slice", type=int, default=36000, help="triples for the side-by-side run")
    args = parser.parse_args()
    from kg.validation.validate import _read_quads, validate

    load_at_start = load()
    # The whole graph, as the CLI validates a file: parse, index, validate.
    parse_seconds, quads = timed(lambda: _read_quads([args.graph]))
    triples = len(quads)
    del quads
    total_seconds, result = timed(lambda: validate([args.graph]))
    rss = peak_rss_mb()

    # Side by side on a slice, in this process.
    part = _read_quads([args.graph])[: args.slice]
    reference_seconds, reference = timed(lambda: validate(part, engine="pyshacl", batch_articles=0))
    fast_seconds, fast = timed(lambda: validate(part, engine="fast"))
    identical = same_issues(fast, reference)

    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_validate.py --graph {args.graph} --slice {args.slice}`. "
        "The whole graph is validated as `kg validate FILE` does it; above 50,000 triples that is "
        "kg.shacl_fast (SHACL Core in Python over an index of the data, each SPARQL constraint once "
        "over the graph in pyoxigraph; one process). Validate includes parsing the file.", "",
        "| triples | engine | parse (s) | validate (s) | triples/s | conforms | issues | peak RSS (MB) |",
        "| ---: | --- | ---: | ---: | ---: | --- | ---: | ---: |",
        f"| {triples} | kg.shacl_fast | {parse_seconds:.1f} | {total_seconds:.1f} | {triples / total_seconds:.0f} | "
        f"{result.conforms} | {len(result.results)} | {rss:.0f} |",
        f"| {EARLIER['triples']} | pySHACL, batches of 50 articles on 2 cores (earlier run, before kg.shacl_fast) | "
        f"{EARLIER['load']} (parse and rdflib graph) | {EARLIER['validate']} (load not included) | "
        f"{EARLIER['triples'] / EARLIER['validate']:.0f} | False | "
        f"{EARLIER['issues']} | {EARLIER['rss']} |",
        "",
        f"Side by side on the first {len(part)} triples of the file, in this process:", "",
        "| engine | validate (s) | issues | speed-up |",
        "| --- | ---: | ---: | ---: |",
        f"| pySHACL (one run) | {reference_seconds:.1f} | {len(reference.results)} | 1× |",
        f"| kg.shacl_fast | {fast_seconds:.2f} | {len(fast.results)} | {reference_seconds / fast_seconds:.0f}× |",
        "",
        f"Same issues from both engines (focus, path, severity, shape, constraint, value, message): "
        f"{'yes' if identical else 'NO'}.",
    ])
    write_section("Validation at scale", body)
    print(body)
    if not identical:
        sys.exit("the engines disagree on the slice")


if __name__ == "__main__":
    main()
