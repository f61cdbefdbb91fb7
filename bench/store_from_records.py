"""A store of this tree's resolution and mapping, from extraction records made earlier (no parsing).

    python bench/store_from_records.py RECORDS.jsonl ARTICLES.jsonl STORE_DIR

``RECORDS.jsonl`` is what ``bench_resolve.py --make-records`` writes (one line
per article: its source id and its ``kg.pipeline.records`` data);
``ARTICLES.jsonl`` the corpus they were extracted from, read again as a build
reads it (``kg.pipeline.build.read_articles``). The records are resolved
(``kg.resolve.resolution.resolve``), mapped (``kg.rdf.mapping.to_graph``) and
saved (``kg.rdf.store.save``) in the order of the articles, as ``kg build
ARTICLES.jsonl --store STORE_DIR`` does after extraction: the store is that of
a build, its extraction the one of the records' commit. bench_store.py times
the shipped queries on it.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def main() -> None:
    records_file, articles_file, store_dir = map(Path, sys.argv[1:4])
    from kg.pipeline.build import read_articles
    from kg.pipeline.records import from_data
    from kg.rdf.mapping import to_graph
    from kg.rdf.store import save
    from kg.rdf.vocab import DATA
    from kg.resolve.resolution import resolve
    from kg.system.collection import collection_paused

    started = time.perf_counter()
    articles = read_articles([articles_file], [], [])
    order = {article.source_id: i for i, article in enumerate(articles)}
    by_id = {article.source_id: article for article in articles}
    records = []
    with records_file.open(encoding="utf-8") as lines:
        for line in lines:
            data = json.loads(line)
            record = from_data(data["record"])
            record.article = by_id[data["source_id"]]
            records.append(record)
    records.sort(key=lambda record: order[record.article.source_id])
    print(f"{len(records)} records read in {time.perf_counter() - started:.0f} s", flush=True)
    mark = time.perf_counter()
    with collection_paused():
        resolved = resolve(records)
    print(f"resolved in {time.perf_counter() - mark:.0f} s", flush=True)
    mark = time.perf_counter()
    graph = to_graph(resolved, str(DATA))
    print(f"mapped in {time.perf_counter() - mark:.0f} s: {len(graph)} triples", flush=True)
    mark = time.perf_counter()
    save(graph, store_dir)
    print(f"saved {store_dir} in {time.perf_counter() - mark:.0f} s", flush=True)


if __name__ == "__main__":
    main()
