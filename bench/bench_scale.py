"""Time and peak memory of resolving, mapping and writing N articles, from the scale corpus (issue 13 item 4).

    python bench/make_scale_records.py --n 100000          # the scale corpus, once
    python bench/bench_scale.py --sizes 1000,10000,30000 [--limit-gb 12] [--write-docs]

Each size is a fresh process that reads the first N articles of the scale
corpus (``make_scale_records.py``: real extraction records, then copies with
names remapped and dates moved) with their records, then does what ``kg build
ARTICLES -o graph.nt`` does after extraction: ``kg.resolve.resolution.resolve``
(collector paused, as the build runs it), ``kg.rdf.mapping.to_graph`` and
``kg.rdf.graphio.write_graph`` to N-Triples (a file under /tmp, removed after).
Extraction itself is per article and linear (one spaCy pass each; "Build
throughput" above), so it is left out: the loading of records stands in for
it, and its seconds are given apart. Each stage's CPU seconds, the process's
peak RSS after it (``ru_maxrss``) and its resident memory then (``/proc/self/statm``)
are printed as JSON; ``--limit-gb`` runs the child under an address-space limit
(``resource.RLIMIT_AS``), so that a size that would not fit fails alone
instead of pressing the other jobs of a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_build import load, machine, write_section  # noqa: E402
from make_scale_records import OUT  # noqa: E402

CHILD = r"""
import gc, json, os, resource, sys, time
sys.path.insert(0, sys.argv[4])
from make_scale_records import read_article
from kg.pipeline.records import from_data
from kg.rdf.graphio import write_graph
from kg.rdf.mapping import to_graph
from kg.rdf.vocab import DATA
from kg.resolve.resolution import resolve
from kg.system.collection import collection_paused

def memory():
    return {"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "rss_mb": int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20}

report, n = {}, int(sys.argv[2])
def stage(name, cpu, wall):
    report[name] = {"cpu": time.process_time() - cpu, "wall": time.perf_counter() - wall, **memory()}
    print(json.dumps({name: report[name]}), file=sys.stderr, flush=True)

cpu, wall = time.process_time(), time.perf_counter()
records = []
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        if len(records) == n:
            break
        data = json.loads(line)
        record = from_data(data["record"])
        record.article = read_article(data["article"])
        records.append(record)
del line, data
gc.collect()
stage("load", cpu, wall)
try:
    from kg.pipeline.build import resolve_and_map
except ImportError:  # a tree from before it: what its build did, the records held to the end
    def resolve_and_map(records, base, earlier=None, stages=None):
        with collection_paused():
            resolved = resolve(records)
        return resolved, to_graph(resolved, base)
articles = len(records)
cpu, wall = time.process_time(), time.perf_counter()
resolved, graph = resolve_and_map(records, str(DATA))
stage("resolve_map", cpu, wall)
del records  # emptied by resolve_and_map in a tree that frees the records
cpu, wall = time.process_time(), time.perf_counter()
write_graph(graph, sys.argv[3], "nt")
stage("write", cpu, wall)
report.update(articles=articles, triples=len(graph), actors=len(resolved.actors), events=len(resolved.events),
              bytes=os.path.getsize(sys.argv[3]))
os.remove(sys.argv[3])
print(json.dumps(report))
"""


def run(tree: Path, corpus: Path, size: int, limit_gb: float | None) -> dict:
    def limit() -> None:
        if limit_gb:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (int(limit_gb * 2**30),) * 2)

    out = Path("/tmp/kg-bench-scale") / f"graph-{size}.nt"
    env = dict(os.environ, PYTHONPATH=str(tree))
    process = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(size), str(out), str(REPO / "bench")],
                             env=env, capture_output=True, text=True, cwd=tree, preexec_fn=limit)
    sys.stderr.write(process.stderr)
    if process.returncode:
        out.unlink(missing_ok=True)
        raise SystemExit(f"size {size} failed (exit {process.returncode})")
    return json.loads(process.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=OUT)
    parser.add_argument("--sizes", default="1000,10000,30000")
    parser.add_argument("--limit-gb", type=float, help="address-space limit of each child, in GB")
    parser.add_argument("--baseline-src", type=Path, help="another checkout, timed on the same sizes in the same run")
    parser.add_argument("--baseline-sizes", help="the sizes for the baseline (default: --sizes)")
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    start_load = load()
    rows, first = [], {}
    trees = [("this tree", REPO, args.sizes)] + (
        [("baseline", args.baseline_src.resolve(), args.baseline_sizes or args.sizes)] if args.baseline_src else [])
    runs = sorted(((int(size), order, name, tree) for order, (name, tree, sizes) in enumerate(trees)
                   for size in sizes.split(",")))
    for size, _, name, tree in runs:
        r = run(tree, args.corpus, size, args.limit_gb)
        work = r["resolve_map"]["cpu"] + r["write"]["cpu"]
        per = 1000 * work / r["articles"]
        first.setdefault(name, per)
        peak = max(r[s]["peak_mb"] for s in ("load", "resolve_map", "write"))
        rows.append(f"| {name} | {r['articles']:,} | {r['triples']:,} | {r['load']['cpu']:.1f} | "
                    f"{r['resolve_map']['cpu']:.1f} | {r['write']['cpu']:.1f} | {work:.1f} | {per:.2f} | "
                    f"{per / first[name]:.2f} | {r['load']['rss_mb']:,.0f} / {r['resolve_map']['peak_mb']:,.0f} / "
                    f"{r['write']['peak_mb']:,.0f} | {peak / 1024:.2f} | {peak * 1024 / r['articles']:.0f} |")
        print(rows[-1], flush=True)
    body = "\n".join([
        machine(start_load), "",
        f"Command: `python bench/bench_scale.py --sizes {args.sizes}"
        + (f" --limit-gb {args.limit_gb:g}" if args.limit_gb else "")
        + (f" --baseline-src {args.baseline_src}" if args.baseline_src else "")
        + (f" --baseline-sizes {args.baseline_sizes}" if args.baseline_sizes else "") + "`, on the corpus of "
        "`python bench/make_scale_records.py --n 100000` (the bench corpus's 6,834 real extraction records, "
        "then copies with names remapped and dates moved; its docstring says how, and what that does not "
        "show). Each size is a fresh process: it loads the first N articles and their records (standing in "
        "for reading and extraction, which are per article), then resolves, maps and writes N-Triples as "
        "`kg build -o graph.nt` does (`kg.pipeline.build.resolve_and_map`, then `write_graph`; for a tree "
        "from before that function, what its build did). CPU seconds per stage; \"ms per article\" is resolve + "
        "map + write over the articles, and its ratio to the tree's smallest size is 1.0 when the time grows "
        "linearly. Memory: the resident set after loading, then the process's peak after resolving and "
        "mapping, and after writing.", "",
        "| tree | articles | triples | load s | resolve + map s | write s | resolve + map + write s | ms per article "
        "| ratio to the smallest | MB after load / peak after resolve + map / after write | peak GB "
        "| peak KB per article |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |",
        *rows,
    ])
    if args.write_docs:
        write_section("Resolution, mapping and writing at scale", body)
    print(body)


if __name__ == "__main__":
    main()
