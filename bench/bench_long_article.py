"""Build time and peak memory of one long article, by its length: is the cost linear?

    python bench/bench_long_article.py                         # 0.1, 0.2, 0.4, 0.8, 1.6 MB
    python bench/bench_long_article.py --sizes 100000,5000000

Writes "## Long articles" of docs/PERFORMANCE.md. The article is made of real
news text: the GVA articles of the dev split (``articles[].content``, each
article once, in the file's order) joined by blank lines, cut at the last
blank line before each size, one JSON Lines record per file (``id``,
``text``; no date, no title). Eval data is only read from ../shared/eval-data,
never copied; the inputs are written under /tmp/kg-bench-long.

Each size is built in a fresh process, one after the other, doing what
``kg build ARTICLE.jsonl -o graph.nt`` does (``kg.pipeline.build.build``, then
the graph written as N-Triples). The parent times it from the outside (wall
clock) and reads the child's CPU time (user + system) and peak RSS from
``os.wait4``: the machine is shared, so CPU seconds say more about the work
than wall seconds do. The figure to watch is seconds per 100,000 characters,
which stays flat when the cost is linear in the article's length.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval-data"
WORK = Path(os.environ.get("KG_BENCH_LONG_DIR", "/tmp/kg-bench-long"))
SIZES = (100_000, 200_000, 400_000, 800_000, 1_600_000)
sys.path.insert(0, str(REPO / "bench"))

from bench_build import load, machine, write_section  # noqa: E402


def dev_text() -> str:
    """The GVA dev split's article texts, each once, in file order, joined by blank lines."""
    dev = set(json.loads((EVAL / "gva" / "split.json").read_text(encoding="utf-8"))["dev"])
    texts, seen = [], set()
    with (EVAL / "gva" / "gva_incident_clusters.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            incident = json.loads(line)
            if incident["incident_uri"] not in dev:
                continue
            for article in incident["articles"]:
                if article["id"] in seen or not article.get("content", "").strip():
                    continue
                seen.add(article["id"])
                texts.append(article["content"].strip())
    return "\n\n".join(texts)


def article_file(text: str, size: int) -> tuple[Path, int]:
    """One article of at most ``size`` characters (cut at a blank line) as JSON Lines, and its length."""
    if size > len(text):
        raise SystemExit(f"the dev texts hold {len(text)} characters, fewer than {size}")
    cut = text.rfind("\n\n", 0, size)
    article = text[: cut if cut > 0 else size]
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"long-{size}.jsonl"
    record = json.dumps({"id": f"long-{size}", "text": article}, ensure_ascii=False) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != record:
        path.write_text(record, encoding="utf-8")
    return path, len(article)


def child(path: str, out: str) -> None:
    """In the fresh process: build the article, write the graph, print the split."""
    from kg.pipeline.build import build
    from kg.rdf.graphio import write_graph

    result = build([path])
    mark = time.perf_counter()
    write_graph(result.graph, out, "nt")
    stages = dict(result.stages, write=time.perf_counter() - mark)
    print(json.dumps({"stages": stages, "triples": len(result.graph),
                      "events": len(result.resolved.events), "actors": len(result.resolved.actors)}))


def measure(path: Path) -> dict:
    before = load()
    out = WORK / (path.stem + ".nt")
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", str(path), str(out)], stdout=subprocess.PIPE,
                               text=True)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"the build of {path} failed (exit {os.waitstatus_to_exitcode(status)})")
    report = json.loads(output.strip().splitlines()[-1])
    report.update(wall=wall, cpu=usage.ru_utime + usage.ru_stime, rss=usage.ru_maxrss / 1024, load=before)
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default=",".join(str(s) for s in SIZES),
                        help="article lengths in characters, comma-separated")
    parser.add_argument("--child", nargs=2, metavar=("ARTICLE", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    load_at_start = load()
    text = dev_text()
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        path, length = article_file(text, size)
        report = measure(path)
        per = 100_000 / length
        s = report["stages"]
        rows.append(f"| {length:,} | {report['load']} | {report['wall']:.1f} | {report['cpu']:.1f} | "
                    f"{report['wall'] * per:.1f} | {report['cpu'] * per:.1f} | {report['rss']:.0f} | "
                    f"{report['triples']} | {s['read']:.1f} / {s['extract']:.1f} / {s['resolve']:.1f} / "
                    f"{s['map']:.1f} / {s['write']:.1f} |")
        print(rows[-1], flush=True)
    command = "python bench/bench_long_article.py" + (f" --sizes {args.sizes}" if args.sizes != parser.get_default("sizes") else "")
    body = "\n".join([
        machine(load_at_start), "",
        f"Command: `{command}`. One article made of the GVA dev split's article texts joined by blank lines, "
        "cut at the last blank line before each size; each size built in a fresh process, one after the other, "
        "as `kg build ARTICLE.jsonl -o graph.nt` does. Wall seconds are from the outside; CPU seconds (user + "
        "system) and peak RSS are the child's own (`os.wait4`), so other jobs on the machine lengthen the wall "
        "time but hardly the CPU time. A cost linear in the article's length keeps the seconds per 100,000 "
        "characters flat.", "",
        "| characters | load before | wall s | CPU s | wall s per 100k chars | CPU s per 100k chars | peak RSS (MB) "
        "| triples | read / parse + extract / resolve / map / write (s) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
        *rows,
    ])
    write_section("Long articles", body)
    print(body)


if __name__ == "__main__":
    main()
