"""Parse and extract articles: in this process, or in a pool of worker processes.

The articles are cut into chunks of whole spaCy batches (:func:`chunks`), so
every backend (this process, :func:`start_workers`' pool, or Dask in
:mod:`kg.pipeline.distributed`) gives spaCy exactly the same batches and the
records are the same. Each process loads the pipeline and the extractor once.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
import threading
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from itertools import chain
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from kg.errors import ModelError
from kg.system.collection import collection_paused
from kg.system.cores import CpuMark, load_average, others_busy, usable_cores
from kg.model import Article, ArticleExtraction
from kg.nlp.parse import DEFAULT_MODEL, doc_from_message, doc_message, load_pipeline, parse

if TYPE_CHECKING:
    from kg.extract import Extractor

BATCH_SIZE = 64
# Articles go to a worker one spaCy batch at a time: every backend gives spaCy
# exactly the batches the single-process build gives it, and chunks that small
# keep every worker busy until the last one ends.
BATCHES_PER_CHUNK = 1
# Docs go to the helper process of extract_beside a few at a time: one task per Doc made the
# pool's threads in the parsing process take about 0.6 s of its CPU on 300 articles, a tenth
# of that with 8 (which divides BATCH_SIZE: no Doc of a batch waits for the next batch's parse).
DOCS_PER_TASK = 8


def extract_stream(articles: Sequence[Article], model: str = DEFAULT_MODEL, *,
                   batch_size: int = BATCH_SIZE) -> Iterator[ArticleExtraction]:
    """Parse and extract the articles in this process, one record per article, in order."""
    nlp = load_pipeline(model)
    _extractor()  # loaded before the first parse, as it always was
    for article, doc in parse(nlp, articles, batch_size=batch_size):
        yield _extract_one(article, doc)


def _extract_one(article: Article, doc: Doc) -> ArticleExtraction:
    """The record of one parsed article; an article that breaks an extractor gets a record with the
    error (reported and skipped) instead of stopping the build."""
    try:
        return _extractor()(article, doc)
    except Exception as error:
        return ArticleExtraction(article, error=f"extraction failed: {type(error).__name__}: {error}")


def extract_beside(articles: Sequence[Article], model: str = DEFAULT_MODEL, *, batch_size: int = BATCH_SIZE,
                   meanwhile: Callable[[], None] | None = None) -> Iterator[ArticleExtraction]:
    """As :func:`extract_stream`, but one other process extracts while this one parses.

    This process parses as :func:`extract_stream` does (the same pipeline and
    batch size, but the last articles in small batches, :func:`_parse_tail_small`:
    the same annotation); the Docs, as spaCy hands them over, go to the other
    process (:func:`kg.nlp.parse.doc_message`: every token's annotation, about 35 KB
    an article) with their articles, ``DOCS_PER_TASK`` at a time, and are
    extracted there while the next batch is parsed here. The records come back in order. A helper process
    costs its own start-up (Python, spaCy, the pipeline's vocabulary and the
    gazetteer, about 2 s of CPU), paid while this process loads the pipeline
    and parses the first batch: worth it beyond one batch of articles when
    two cores are free (:func:`beside_pays`). This process never
    imports the extractors. ``meanwhile`` (if given) runs in a thread of this process from when the
    pipeline is loaded, beside the parse, and has ended before the last records are waited for.
    """
    with start_workers(model, 1) as pool:
        with collection_paused(freeze=True):  # as _extractor does: the pipeline lives as long as the process
            nlp = load_pipeline(model)
        beside = _started(meanwhile)
        waiting: deque = deque()  # (articles, their records to come), in order
        group: list[tuple[Article, dict]] = []
        for article, doc in _parse_tail_small(nlp, articles, batch_size):
            group.append((article, doc_message(doc)))
            del doc
            if len(group) == DOCS_PER_TASK:
                waiting.append(([a for a, _ in group], pool.apply_async(_extract_parsed, (group, model))))
                group = []
            while waiting and waiting[0][1].ready():
                yield from _returned(*waiting.popleft())
        if group:
            waiting.append(([a for a, _ in group], pool.apply_async(_extract_parsed, (group, model))))
        beside.join()
        while waiting:
            yield from _returned(*waiting.popleft())


def _started(work: Callable[[], None] | None) -> threading.Thread:
    """A thread running ``work`` (if any), started. spaCy's parser and the models' matrix products
    let go of the interpreter, so work that would else wait for the parse (importing and reading
    what comes after it) runs beside it; the rest of the time the two take turns."""
    thread = threading.Thread(target=work or (lambda: None), name="kg-meanwhile", daemon=True)
    thread.start()
    return thread


def _parse_tail_small(nlp, articles: Sequence[Article], batch_size: int) -> Iterator[tuple[Article, Doc]]:
    """:func:`kg.nlp.parse.parse` of the articles, the last ``batch_size`` of them (from a multiple of
    ``DOCS_PER_TASK``) in batches of ``DOCS_PER_TASK``.

    spaCy hands a batch's Docs over all at once when the whole batch is parsed: with the last
    batch whole, the helper of :func:`extract_beside` would only start on its articles once they
    are all parsed, and this process would wait for all of them to be extracted (about half a
    second for 64 news articles). In small batches the helper extracts the end while the rest is
    parsed, and only the last few are waited for. spaCy's annotation does not depend on how the
    Docs are batched (tests/test_build.py), so the records are the same."""
    cut = max(0, len(articles) - batch_size) // DOCS_PER_TASK * DOCS_PER_TASK
    return chain(parse(nlp, articles[:cut], batch_size=batch_size),
                 parse(nlp, articles[cut:], batch_size=min(batch_size, DOCS_PER_TASK)))


def beside_pays(articles: int, batch_size: int = BATCH_SIZE, since: CpuMark | None = None) -> bool:
    """Whether :func:`extract_beside` is worth its helper process: more than one batch of
    articles, and two cores free, one for this process and one for the helper (within half a
    core). Where only one is free the two processes share it, and the helper's start-up and the
    Docs' bytes make the build slower (on 300 GVA articles, load 2 on 2 cores: 17.7-18.2 s
    against 15.5-19.8 s without it).

    The cores the other processes use are measured since ``since`` (a mark taken when the build
    began, :func:`kg.system.cores.others_busy`); without it, or over too short a window, the
    last minute's load average stands in, which still counts a job that ended seconds ago."""
    if articles <= batch_size:
        return False
    cores = usable_cores()
    busy = others_busy(since) if since is not None else None
    if busy is None:
        return load_average() <= cores - 1.5
    return cores - busy >= 1.5


def _extract_parsed(group: list[tuple[Article, dict]], model: str) -> list[ArticleExtraction]:
    """The records of articles from their Docs' messages (:func:`kg.nlp.parse.doc_message`), without
    their articles (the caller has them)."""
    vocab = load_pipeline(model).vocab
    records = []
    for article, message in group:
        record = _extract_one(article, doc_from_message(vocab, message))
        record.article = None
        records.append(record)
    return records


def _returned(articles: list[Article], result: multiprocessing.pool.AsyncResult) -> Iterator[ArticleExtraction]:
    for article, record in zip(articles, result.get(), strict=True):
        record.article = article
        yield record


def extract_chunk(articles: list[Article], model: str, batch_size: int) -> list[ArticleExtraction]:
    """The records of one chunk of articles, without their articles (the caller has them: less to send back)."""
    records = list(extract_stream(articles, model, batch_size=batch_size))
    for record in records:
        record.article = None
    return records


def chunks(articles: Sequence[Article], batch_size: int) -> list[list[Article]]:
    size = batch_size * BATCHES_PER_CHUNK
    return [list(articles[i:i + size]) for i in range(0, len(articles), size)]


def start_workers(model: str, jobs: int) -> multiprocessing.pool.Pool:
    """``jobs`` worker processes that load the pipeline and the extractor as soon as they start.

    spawn, not fork: a forked child would inherit the parent's threads and
    locks (progress bar, BLAS). Close the pool (``with``) when done.
    """
    context = multiprocessing.get_context("spawn")
    return context.Pool(jobs, initializer=_start_worker, initargs=(model,))


def _start_worker(model: str) -> None:
    try:
        load_pipeline(model)
        _extractor()
    except ModelError:
        # A worker whose initializer fails is restarted for ever: leave the error to the
        # first chunk, which raises it again in the caller's process.
        pass


def extract_in_processes(articles: Sequence[Article], model: str, batch_size: int,
                          pool: multiprocessing.pool.Pool) -> Iterator[tuple[int, ArticleExtraction]]:
    """(index in ``articles``, record) as the workers finish, not in order.

    The longest chunks go out first, so the last ones handed out are the
    shortest and the workers end at about the same time.
    """
    work = chunks(articles, batch_size)
    starts = [index * batch_size * BATCHES_PER_CHUNK for index in range(len(work))]
    longest_first = sorted(range(len(work)), key=lambda index: -sum(len(a.text) for a in work[index]))
    tasks = ((index, work[index], model, batch_size) for index in longest_first)
    for index, records in pool.imap_unordered(_extract_numbered_chunk, tasks):
        for offset, (article, record) in enumerate(zip(work[index], records)):
            record.article = article
            yield starts[index] + offset, record


def _extract_numbered_chunk(task: tuple) -> tuple[int, list[ArticleExtraction]]:
    index, *arguments = task
    return index, extract_chunk(*arguments)


_EXTRACTORS: list[Extractor] = []


def _extractor() -> Extractor:
    """One Extractor per process: its gazetteer takes a while to load."""
    if not _EXTRACTORS:
        from kg.extract import Extractor  # here: a process that only parses (extract_beside) needs none

        # The pipeline and the gazetteer (about a million objects) live as long as the process:
        # freeze them out of the cyclic garbage collector, which otherwise walks all of them on
        # each full collection while articles are extracted (about 2 s in 300 articles), and
        # read the gazetteer without collecting (it makes objects, not garbage).
        with collection_paused(freeze=True):
            _EXTRACTORS.append(Extractor().preload())
    return _EXTRACTORS[0]
