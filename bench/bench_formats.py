"""`kg build -o x.FORMAT` end to end against bare spaCy, for every output format, on 300 GVA articles.

    python bench/bench_formats.py [--limit 300] [--repeat 3] [--against OLD_TREE]

Writes "## Build to every format" of docs/PERFORMANCE.md. Every run is a
fresh process timed from the outside, as a user runs it:

- bare spaCy: ``bench_build.py``'s run (load the pipeline ``kg build`` uses,
  then ``nlp.pipe`` over the articles' texts as kg parses them, with kg's
  batch size);
- ``kg build CORPUS -o x.FORMAT -q``: the installed command itself, so its
  imports, the build and the written file all count.

The runs alternate, a bare spaCy run before each ``kg build`` run (spaCy,
kg -o x.ttl, spaCy, kg -o x.nt, ...), for ``--repeat`` rounds, so that both
sides of each pair see about the same load on a shared machine. A format's
ratio is the median over its pairs of bare spaCy seconds / ``kg build``
seconds; the medians of the seconds are shown beside it. The CPU ratio is the
same with the CPU seconds (user and system) of each run and its children
(``kg build`` extracts in a second process while it parses when the machine
has a second core: its wall ratio gains from that core, its CPU ratio pays
for the helper's start-up). Every round must write the same bytes for a
format. ``--against`` also runs ``kg build`` on another source tree (e.g. an
older commit's export) right after each pair, for a before/after in the
same run, whose bytes must be the same too. A last fresh process builds once
and times writing each format in process (the write stage alone).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import MODEL, WORK, corpus_file, load, machine, run, write_section  # noqa: E402

FORMATS = ("ttl", "nt", "nq", "trig", "jsonld")


def children_cpu() -> float:
    """CPU seconds (user and system) of this process's children that have ended, theirs included."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def kg_build(corpus: Path, out: Path, model: str, tree: Path | None = None,
             options: tuple[str, ...] = ()) -> tuple[float, float, str]:
    """Seconds and CPU seconds of one ``kg build`` in a fresh process (on ``tree``'s kg if given),
    and the load average before it."""
    command = [str(Path(sys.executable).with_name("kg")), "build", str(corpus), "-o", str(out), "--model", model, "-q",
               *options]
    env = dict(os.environ, PYTHONPATH=str(tree)) if tree is not None else None
    before = load()
    cpu = children_cpu()
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env)
    return time.perf_counter() - started, children_cpu() - cpu, before


def bare_run(task: dict) -> tuple[dict, float]:
    """``bench_build.run`` of a bare spaCy task, with its CPU seconds."""
    cpu = children_cpu()
    report = run(task)
    return report, children_cpu() - cpu


def write_times(corpus: Path, model: str) -> dict:
    """In a fresh process: build once, then the seconds of writing each format (in process)."""
    from kg.pipeline.build import build
    from kg.rdf.graphio import write_graph

    result = build([corpus], model=model)
    seconds = {"triples": len(result.graph), "stages": result.stages}
    for fmt in FORMATS:
        mark = time.perf_counter()
        write_graph(result.graph, WORK / f"write-only.{fmt}", fmt)
        seconds[fmt] = time.perf_counter() - mark
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="the first LIMIT articles (all GVA up to 1,000s)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds of alternating runs")
    parser.add_argument("--against", type=Path, help="another source tree whose kg build to time the same way")
    parser.add_argument("--option", action="append", default=[],
                        help="an option for this tree's kg build (repeatable), e.g. --option=--helper")
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        task = json.loads(args.child)
        print(json.dumps(write_times(Path(task["corpus"]), task["model"])))
        return
    from kg.pipeline.build import BATCH_SIZE, read_articles

    load_at_start = load()
    corpus = corpus_file(args.limit)
    articles = read_articles([corpus], [])
    texts = WORK / f"{corpus.stem}-masked.json"
    texts.write_text(json.dumps([a.masked for a in articles], ensure_ascii=False), encoding="utf-8")
    bare_task = {"kind": "bare", "texts": str(texts), "model": args.model, "part": [0, 1], "batch_size": BATCH_SIZE}
    pairs: dict[str, list[tuple[float, float, str, str]]] = {fmt: [] for fmt in FORMATS}
    cpus: dict[str, list[tuple[float, float]]] = {fmt: [] for fmt in FORMATS}
    against: dict[str, list[tuple[float, float, float, float]]] = {fmt: [] for fmt in FORMATS}
    digests: dict[str, set[str]] = {fmt: set() for fmt in FORMATS}
    for round_ in range(args.repeat):
        for fmt in FORMATS:
            bare, bare_cpu = bare_run(bare_task)
            out = WORK / f"formats-{len(articles)}.{fmt}"
            seconds, cpu, before = kg_build(corpus, out, args.model, options=tuple(args.option))
            pairs[fmt].append((bare["wall"], seconds, bare["load"], before))
            cpus[fmt].append((bare_cpu, cpu))
            digests[fmt].add(hashlib.sha256(out.read_bytes()).hexdigest())
            print(f"round {round_ + 1} {fmt}: bare spaCy {bare['wall']:.1f} s, {bare_cpu:.1f} s CPU "
                  f"(load {bare['load']}), kg build {seconds:.1f} s, {cpu:.1f} s CPU (load {before})",
                  file=sys.stderr, flush=True)
            if args.against is not None:
                old, old_cpu, before = kg_build(corpus, out, args.model, args.against.resolve())
                against[fmt].append((bare["wall"], old, bare_cpu, old_cpu))
                digests[fmt].add(hashlib.sha256(out.read_bytes()).hexdigest())
                print(f"round {round_ + 1} {fmt}: --against kg build {old:.1f} s, {old_cpu:.1f} s CPU (load {before})",
                      file=sys.stderr, flush=True)
    written = subprocess.run([sys.executable, __file__, "--child", json.dumps({"corpus": str(corpus),
                                                                              "model": args.model})],
                             check=True, capture_output=True, text=True)
    write_only = json.loads(written.stdout.strip().splitlines()[-1])
    table = ["| output | kg build, median (s) | bare spaCy, median (s) | ratio, median of pairs | ratio of medians "
             "| ratios of the pairs | CPU ratio, median of pairs | write alone (s) | bytes |",
             "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: |"]
    for fmt in FORMATS:
        bare = statistics.median(p[0] for p in pairs[fmt])
        kg = statistics.median(p[1] for p in pairs[fmt])
        ratios = [p[0] / p[1] for p in pairs[fmt]]
        cpu_ratio = statistics.median(b / k for b, k in cpus[fmt])
        size = (WORK / f"formats-{len(articles)}.{fmt}").stat().st_size
        table.append(f"| `-o x.{fmt}` | {kg:.1f} | {bare:.1f} | **{statistics.median(ratios):.2f}** | {bare / kg:.2f} "
                     f"| {', '.join(f'{r:.2f}' for r in ratios)} | {cpu_ratio:.2f} | {write_only[fmt]:.2f} | {size:,} |")
    if args.against is not None:
        table += ["", f"The same rounds, `kg build` of `{args.against}` (--against) after each pair:", "",
                  "| output | kg build, median (s) | ratio, median | ratios | CPU ratio, median |",
                  "| --- | ---: | ---: | --- | ---: |"]
        for fmt in FORMATS:
            ratios = [b / k for b, k, _, _ in against[fmt]]
            table.append(f"| `-o x.{fmt}` | {statistics.median(p[1] for p in against[fmt]):.1f} "
                         f"| **{statistics.median(ratios):.2f}** | {', '.join(f'{r:.2f}' for r in ratios)} "
                         f"| {statistics.median(b / k for _, _, b, k in against[fmt]):.2f} |")
    stages = ", ".join(f"{name} {value:.1f} s" for name, value in write_only["stages"].items())
    loads = sorted(float(p[i]) for fmt in FORMATS for p in pairs[fmt] for i in (2, 3))
    same = all(len(d) == 1 for d in digests.values())
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_formats.py --limit {args.limit} --repeat {args.repeat}"
        + "".join(f" --option={option}" for option in args.option)
        + (f" --against {args.against}" if args.against else "") + "`. Corpus: the "
        f"first {len(articles)} GVA articles ({write_only['triples']} triples). Each run is a fresh process timed "
        "from the outside: bare spaCy (load the pipeline, `nlp.pipe` over the same texts with kg's batch size), "
        "then `kg build CORPUS -o x.FORMAT -q` (the installed command); the two alternate, a bare spaCy run "
        f"before each build, in {args.repeat} rounds over the formats. The ratio is bare spaCy seconds / "
        "`kg build` seconds (1.0 would mean kg costs nothing beyond parsing; the target is at least 0.9), the "
        "median over a format's pairs. \"Write alone\" is writing the graph once in a separate fresh process "
        "after one build. Load averages before the runs went from "
        f"{loads[0]:.1f} to {loads[-1]:.1f}: the machine (2 cores) was shared with other jobs, so single "
        "runs are noisy, and the pairs and medians are what to read. "
        f"Every round wrote {'the same bytes' if same else 'DIFFERENT bytes'} for each format.", "",
        *table, "",
        f"Where a build's time goes (the separate process, in process; extract includes spaCy's parse): {stages}; writing takes the seconds in "
        "the table. What separates `kg build` from bare spaCy beyond that is kg's own work (reading and "
        "cleaning, extraction on the parsed Docs, resolution, mapping) and its start-up, the same for every "
        "format.",
    ])
    write_section("Build to every format", body)
    print(body)


if __name__ == "__main__":
    main()
