"""Resolution time per article as the build grows (issue 13 item 3: it must stay flat).

    python bench/bench_resolve.py --make-records [--cache DIR] [--jobs 2]
    python bench/bench_resolve.py [--sizes 1000,2000,4000,0] [--baseline-src OLD_TREE] [--write-docs]

``--make-records`` extracts every article of the bench corpus (bench_build.py's
JSON Lines of all GVA and ECB+ articles, 6,834) with ``kg.pipeline.build``
(through ``--cache`` when given, so unchanged articles are not parsed again) and
writes their extraction records, as ``kg.pipeline.records`` data with the
article's source id, to ``WORK/records.jsonl`` (the articles themselves are read
again from the corpus, as a build reads them). Without it, the bench times ``kg.resolve.resolution.resolve``
on the first N records (in source-id order, as a build of those articles would
resolve them; 0 = all), each size in a fresh process, and reports CPU seconds,
milliseconds per article and the ratio of that to the smallest size's (1.0 =
flat). ``--baseline-records`` gives
the baseline its own records file when the record format changed between the
trees. ``--baseline-src`` is the root of another checkout (e.g. ``git worktree
add --detach OLD COMMIT``) whose ``kg`` is timed on the same records in the
same run, size by size, so the rows compare before and after.
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

from bench_build import WORK, corpus_file, load, machine, write_section  # noqa: E402

RECORDS = WORK / "records.jsonl"

# Run in a fresh process with the tree to time first on sys.path: load the first N
# records, resolve them, print CPU seconds, wall seconds and peak RSS as JSON.
CHILD = r"""
import gc, json, resource, sys, time
from kg.pipeline.build import read_articles
from kg.pipeline.records import from_data
from kg.resolve.resolution import resolve
limit = int(sys.argv[2])
articles = {article.source_id: article for article in read_articles([sys.argv[3]], [], [])}
records = []
with open(sys.argv[1], encoding="utf-8") as lines:
    for line in lines:
        data = json.loads(line)
        record = from_data(data["record"])
        record.article = articles[data["source_id"]]
        records.append(record)
records.sort(key=lambda x: x.article.source_id)
records = records[:limit] if limit else records
gc.collect()
try:  # as kg build runs it: trees that pause the collector around resolve do so here too
    from kg.system.collection import collection_paused
except ImportError:
    from contextlib import nullcontext as collection_paused
cpu, wall = time.process_time(), time.perf_counter()
with collection_paused():
    resolved = resolve(records)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
print(json.dumps({"articles": len(records), "cpu": cpu, "wall": wall, "events": len(resolved.events),
                  "actors": len(resolved.actors), "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def make_records(cache: str | None, jobs: int) -> None:
    from kg.pipeline.build import extract_all, read_articles
    from kg.pipeline.records import to_data

    articles = read_articles([corpus_file(None)], [], [])
    extractions = extract_all(articles, jobs=jobs, cache=cache)
    tmp = RECORDS.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for extraction in extractions:
            if not extraction.error:
                line = {"source_id": extraction.article.source_id, "record": to_data(extraction)}
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
    tmp.replace(RECORDS)
    print(f"{RECORDS}: {sum(1 for x in extractions if not x.error)} records")


def run(tree: Path, size: int, records: Path = RECORDS) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree))
    out = subprocess.run([sys.executable, "-c", CHILD, str(records), str(size), str(corpus_file(None))], env=env, check=True,
                         capture_output=True, text=True, cwd=tree)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--make-records", action="store_true")
    parser.add_argument("--cache")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--sizes", default="1000,2000,4000,0")
    parser.add_argument("--baseline-src", type=Path)
    parser.add_argument("--baseline-records", type=Path, default=RECORDS,
                        help="records in the baseline's format, when it differs from this tree's")
    parser.add_argument("--write-docs", action="store_true")
    args = parser.parse_args()
    if args.make_records:
        make_records(args.cache, args.jobs)
        return
    if not RECORDS.exists():
        sys.exit(f"{RECORDS} is missing: run with --make-records first")
    start_load = load()
    trees = [("this tree", REPO, RECORDS)] + (
        [("baseline", args.baseline_src.resolve(), args.baseline_records)] if args.baseline_src else [])
    rows, first = [], {}
    for size in (int(s) for s in args.sizes.split(",")):
        for name, tree, records in trees:
            result = run(tree, size, records)
            per = 1000 * result["cpu"] / result["articles"]
            first.setdefault(name, per)
            rows.append(f"| {name} | {result['articles']} | {result['cpu']:.1f} | {result['wall']:.1f} | {per:.2f} | "
                        f"{per / first[name]:.2f} | {result['actors']} | {result['events']} | {result['rss']:.0f} |")
            print(rows[-1], flush=True)
    body = (f"{machine(start_load)}\n\nCommand: `python bench/bench_resolve.py --sizes {args.sizes}"
            + (f" --baseline-src {args.baseline_src}" if args.baseline_src else "")
            + (f" --baseline-records {args.baseline_records}" if args.baseline_records != RECORDS else "") + "`. Records: "
            f"{RECORDS} (the extraction records of the bench corpus, made by `--make-records`). Each row is a fresh "
            "process that loads the first N records in source-id order and times `resolve` alone; CPU seconds are "
            "what to read on a shared machine (wall seconds grow with the load, CPU seconds hardly do). The ratio is "
            "the row's milliseconds per article over the same tree's smallest size: 1.0 is flat.\n\n"
            "| tree | articles | CPU (s) | wall (s) | ms per article (CPU) | ratio to the smallest | actors | events | peak RSS (MB) |\n"
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n" + "\n".join(rows))
    if args.write_docs:
        write_section("Resolution as the build grows", body)
    print(body)


if __name__ == "__main__":
    main()
