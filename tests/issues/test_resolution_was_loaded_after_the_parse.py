"""Resolution's modules and tables were read on the parsing process's path after the last record;
now ``extract_beside`` runs that work in a thread beside the parse, ended before the last records."""

from __future__ import annotations

import threading

from kg.ingest.clean import clean
from kg.model import Article
from kg.pipeline.extraction import extract_beside


def test_the_work_beside_the_parse_runs_in_another_thread_and_ends_before_the_last_record():
    articles = [clean(Article(source_id=f"a{i}", text=f"Mara Quill opened a bakery in Tessby on day {i}."))
                for i in range(3)]
    seen: list[str] = []

    def meanwhile() -> None:
        seen.append("other thread" if threading.current_thread() is not threading.main_thread() else "main")

    records = []
    for record in extract_beside(articles, batch_size=1, meanwhile=meanwhile):
        records.append(record)
        if len(records) == len(articles):
            assert seen == ["other thread"]  # done before the last record came back
    assert [r.article.source_id for r in records] == ["a0", "a1", "a2"]
    assert not any(r.error for r in records)
