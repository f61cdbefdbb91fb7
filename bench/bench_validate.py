"""`kg validate` on a graph of a million triples: pyshacl-turbo, and pySHACL beside it on a slice.

    python bench/bench_validate.py [--copies 280] [--graph FILE] [--repeat 2] [--slice 8000]

Writes "## Validation at scale" of docs/PERFORMANCE.md.

The graph: unless ``--graph`` names one (e.g. /tmp/kg-bench/graph-all.nt from
bench_build.py, 2.3 million triples), the bundled example is built and
written ``--copies`` times as N-Triples, each copy with its IRIs under
``id/r{i}/`` (280 copies: 1,007,720 triples, the graph issue 11 measured). A
copy is a real graph of the pipeline, so every shape has its focus nodes,
and the example's own warnings come 280 times.

The whole graph is validated as `kg validate FILE` does it
(kg.validation.validate.validate on the file: pyshacl-turbo, for every graph by default), in
a fresh process per run, ``--repeat`` times; each run reports its wall-clock
seconds, its CPU seconds (user + system: what the run costs, whatever else
the machine is doing) and its peak RSS, and the fastest run is kept. pySHACL,
the reference, would take twenty minutes there, so both engines also
validate the first ``--slice`` triples of the file: that gives the speed-up,
and checks that the two report the same issues (focus, path, severity,
shape, constraint, value, message).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import REPO, WORK, load, machine, write_section  # noqa: E402

EXAMPLE = REPO / "examples" / "kazakhstan-2022-01-07"
ID = "<https://w3id.org/newskg/id/"

# Measured before kg.shacl_fast, with the same graph (pySHACL in batches of 50 articles on 2 cores).
EARLIER = {"triples": 1007720, "load": 26, "validate": 1364, "rss": 2332, "issues": 1120}
# kg.shacl_fast, the engine pyshacl-turbo replaced (it called pySHACL's private members), on the
# same graph: issue 11's figure, on a quiet machine.
SHACL_FAST_SECONDS = 34


def replicate(copies: int) -> Path:
    """The bundled example's graph ``copies`` times, each copy under its own IRIs, as N-Triples."""
    path = WORK / f"example-x{copies}.nt"
    if path.exists():
        return path
    from kg.build import build

    WORK.mkdir(parents=True, exist_ok=True)
    graph = build([EXAMPLE]).graph
    lines = "".join(line + "\n" for line in graph.serialize(format="nt").splitlines() if line.strip())
    assert lines.count("\n") == len(graph)
    partial = path.with_suffix(".part")
    with partial.open("w", encoding="utf-8") as out:
        for i in range(copies):
            out.write(lines.replace(ID, f"{ID}r{i}/"))
    partial.rename(path)
    return path


def child(graph: str) -> dict:
    """One run, in this fresh process: `kg validate FILE` without the report's rendering."""
    started = time.perf_counter()
    from kg.validation.validate import validate

    imported = time.perf_counter()
    result = validate([graph])
    ended = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"wall": ended - started, "imports": imported - started, "cpu": usage.ru_utime + usage.ru_stime,
            "rss": usage.ru_maxrss / 1024, "issues": len(result.results), "conforms": result.conforms}


def run(graph: Path) -> dict:
    before = load()
    command = [sys.executable, __file__, "--child", str(graph)]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    report = json.loads(output.strip().splitlines()[-1])
    report["load"], report["load_after"] = before, load()
    return report


def timed(action):
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def same_issues(a, b) -> bool:
    def key(issue):
        return (issue.focus, issue.path, issue.severity, issue.shape, issue.constraint, issue.value, issue.message)

    return sorted(map(key, a.results), key=str) == sorted(map(key, b.results), key=str)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--graph", type=Path, help="an N-Triples graph (default: the example, replicated)")
    parser.add_argument("--copies", type=int, default=280, help="copies of the example (without --graph)")
    parser.add_argument("--repeat", type=int, default=2, help="runs on the whole graph; the fastest is kept")
    parser.add_argument("--slice", type=int, default=8000, help="triples for the side-by-side run")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    load_at_start = load()
    graph = args.graph or replicate(args.copies)
    runs = []
    for _ in range(args.repeat):
        runs.append(run(graph))
        print(json.dumps(runs[-1]), flush=True)
    best = min(runs, key=lambda r: r["wall"])

    from kg.validation.validate import read_quads, validate

    quads = read_quads([graph])
    triples = len(quads)
    part = quads[: args.slice]
    del quads
    reference_seconds, reference = timed(lambda: validate(part, engine="pyshacl"))
    turbo_seconds, turbo = timed(lambda: validate(part, engine="turbo"))
    identical = same_issues(turbo, reference)

    what = (f"the bundled example built and written {args.copies} times, each copy under its own IRIs"
            if args.graph is None else f"`{graph}`")
    command = "python bench/bench_validate.py" + (f" --graph {graph}" if args.graph else f" --copies {args.copies}")
    rows = "\n".join(
        f"| {i + 1} | {r['load']} → {r['load_after']} | {r['wall']:.1f} | {r['cpu']:.1f} | {r['imports']:.1f} "
        f"| {r['issues']} | {r['rss']:.0f} |" for i, r in enumerate(runs))
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `{command} --repeat {args.repeat} --slice {args.slice}`. Graph: {what}, "
        f"{triples} triples of N-Triples. Each run is `kg.validation.validate.validate([FILE])` in a fresh process, as "
        "`kg validate FILE` runs it: parse the file (pyoxigraph), hand its triples to pyshacl-turbo as an "
        "exact-term rdflib-turbo dataset, validate, read the report and the evidence text of its focus nodes. "
        "Seconds include the imports (given apart). CPU is user + system seconds of the run: with other jobs on "
        "the machine the wall-clock time grows, the CPU time hardly does, and pyshacl-turbo ran on one thread.",
        "",
        "| run | load average before → after | wall (s) | CPU (s) | imports (s) | issues | peak RSS (MB) |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
        rows, "",
        f"**{triples} triples: {best['wall']:.0f} s wall, {min(r['cpu'] for r in runs):.0f} s CPU, "
        f"{best['rss']:.0f} MB peak RSS** ({best['issues']} issues, conforms: {best['conforms']}).", "",
        "Earlier engines on the same 1,007,720-triple graph: pySHACL in batches of 50 articles on 2 cores, "
        f"{EARLIER['validate']} s plus {EARLIER['load']} s of loading, {EARLIER['rss']} MB, {EARLIER['issues']} "
        f"issues; kg.shacl_fast (removed: it called pySHACL's private members) {SHACL_FAST_SECONDS} s on a quiet "
        "machine; pyshacl-turbo fed an rdflib graph (kg.validation.validate.load_data) 70 s (issue 11's figures).", "",
        f"Side by side on the first {len(part)} triples of the file, in this process:", "",
        "| engine | validate (s) | issues | speed-up |",
        "| --- | ---: | ---: | ---: |",
        f"| pySHACL | {reference_seconds:.1f} | {len(reference.results)} | 1× |",
        f"| pyshacl-turbo | {turbo_seconds:.2f} | {len(turbo.results)} | {reference_seconds / turbo_seconds:.0f}× |",
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
