"""CPU seconds of each stage of a build in one process, beside spaCy's parse, on the first 300 GVA articles.

    python bench/bench_extract_share.py [--limit 300] [--against OLD_TREE]

Writes "## CPU beside the parse" of docs/PERFORMANCE.md. On a shared machine
the wall-clock ratios of ``bench_formats.py`` move with the load; the CPU
seconds a process uses (``time.process_time``) move far less, so this bench
says where kg's own work goes. One fresh process per tree measures, in order:
importing spaCy, importing kg's build and command line, loading the pipeline,
reading the articles, parsing them all (``nlp.pipe`` with kg's batch size,
the Docs kept), loading the extractors, extracting every Doc, resolving,
mapping and writing Turtle. "bare spaCy" is what a bare spaCy run does
(import, load, parse); the ratio is bare spaCy CPU / kg CPU, the in-process
counterpart of ``bench_formats.py``'s ratio. ``--against`` runs the same in a
second process on another source tree (e.g. an older commit's export) for a
before/after.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import MODEL, WORK, corpus_file, load, machine, write_section  # noqa: E402

STAGES = ("import spaCy", "import kg", "load pipeline", "read", "parse", "load extractors", "extract", "resolve",
          "map", "write")


def measure(corpus: Path, model: str) -> dict[str, float]:
    """CPU seconds per stage in this process (call in a fresh one)."""
    seconds: dict[str, float] = {}
    mark = time.process_time()

    def stage(name: str) -> None:
        nonlocal mark
        now = time.process_time()
        seconds[name] = now - mark
        mark = now

    import spacy  # noqa: F401

    stage("import spaCy")
    import kg.cli  # noqa: F401
    from kg.nlp.parse import load_pipeline, parse
    from kg.pipeline.build import BATCH_SIZE, read_articles
    from kg.pipeline.extraction import _extractor
    from kg.rdf.graphio import write_graph
    from kg.rdf.mapping import to_graph
    from kg.rdf.vocab import DATA
    from kg.resolve.resolution import resolve

    stage("import kg")
    nlp = load_pipeline(model)
    stage("load pipeline")
    articles = read_articles([corpus], [])
    stage("read")
    parsed = list(parse(nlp, articles, batch_size=BATCH_SIZE))
    stage("parse")
    extractor = _extractor()
    stage("load extractors")
    records = [extractor(article, doc) for article, doc in parsed]
    stage("extract")
    resolved = resolve([r for r in records if not r.error])
    stage("resolve")
    graph = to_graph(resolved, str(DATA))
    stage("map")
    write_graph(graph, WORK / "extract-share.ttl", "ttl")
    stage("write")
    return seconds


def run(tree: Path | None, corpus: Path, model: str) -> dict[str, float]:
    """``measure`` in a fresh process, on ``tree``'s kg (this one's without)."""
    env = dict(os.environ)
    if tree is not None:
        env["PYTHONPATH"] = str(tree)
    task = json.dumps({"corpus": str(corpus), "model": model})
    done = subprocess.run([sys.executable, __file__, "--child", task], env=env, check=True, capture_output=True,
                          text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def row(name: str, seconds: dict[str, float]) -> str:
    bare = seconds["import spaCy"] + seconds["load pipeline"] + seconds["parse"]
    total = sum(seconds[s] for s in STAGES)
    own = total - bare
    return (f"| {name} | " + " | ".join(f"{seconds[s]:.2f}" for s in STAGES)
            + f" | {own:.2f} | {seconds['extract'] / seconds['parse']:.3f} | **{bare / total:.2f}** |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--against", type=Path, help="another source tree to measure the same way (before/after)")
    parser.add_argument("--model", default=MODEL)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        task = json.loads(args.child)
        print(json.dumps(measure(Path(task["corpus"]), task["model"])))
        return
    load_at_start = load()
    corpus = corpus_file(args.limit)
    runs = []
    if args.against is not None:
        runs.append((f"`{args.against.name}` (--against)", run(args.against.resolve(), corpus, args.model)))
    runs.append(("this tree", run(None, corpus, args.model)))
    table = ["| code | " + " | ".join(STAGES) + " | kg's own (all but spaCy's import, load and parse) "
             "| extract / parse | ratio bare spaCy / kg |",
             "| --- | " + " | ".join("---:" for _ in STAGES) + " | ---: | ---: | ---: |"]
    table += [row(name, seconds) for name, seconds in runs]
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `python bench/bench_extract_share.py --limit {args.limit}"
        + (f" --against {args.against}" if args.against else "") + "`. CPU seconds (`time.process_time`) of each "
        f"stage of a build of the first {args.limit} GVA articles, in one fresh process per tree, parse and extract "
        "apart (the Docs are kept between them). \"bare spaCy\" is importing spaCy, loading the pipeline and "
        "parsing; the ratio is its CPU over the whole build's, the in-process counterpart of \"Build to every "
        "format\" (target at least 0.9), and moves less with the load than wall-clock seconds.", "",
        *table,
    ])
    write_section("CPU beside the parse", body)
    print(body)


if __name__ == "__main__":
    main()
