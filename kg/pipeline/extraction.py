"""Parse and extract articles: in this process, or in a pool of worker processes.

The articles are cut into chunks of whole spaCy batches (:func:`chunks`), so
every backend (this process, :func:`start_workers`' pool, or Dask in
:mod:`kg.pipeline.distributed`) gives spaCy exactly the same batches and the
records are the same. Each process loads the pipeline and the extractor once.
"""

from __future__ import annotations

import gc
import multiprocessing
import multiprocessing.pool
from collections.abc import Iterator, Sequence

from kg.errors import ModelError
from kg.system.collection import collection_paused
from kg.extract import Extractor
from kg.model import Article, ArticleExtraction
from kg.nlp.parse import DEFAULT_MODEL, load_pipeline, parse

BATCH_SIZE = 64
# Articles go to a worker one spaCy batch at a time: every backend gives spaCy
# exactly the batches the single-process build gives it, and chunks that small
# keep every worker busy until the last one ends.
BATCHES_PER_CHUNK = 1


def extract_stream(articles: Sequence[Article], model: str = DEFAULT_MODEL, *,
                   batch_size: int = BATCH_SIZE) -> Iterator[ArticleExtraction]:
    """Parse and extract the articles in this process, one record per article, in order."""
    nlp = load_pipeline(model)
    extractor = _extractor()
    for article, doc in parse(nlp, articles, batch_size=batch_size):
        try:
            yield extractor(article, doc)
        except Exception as error:  # one article that breaks an extractor must not stop the build
            yield ArticleExtraction(article, error=f"extraction failed: {type(error).__name__}: {error}")


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
        # The pipeline and the gazetteer (about a million objects) live as long as the process:
        # freeze them out of the cyclic garbage collector, which otherwise walks all of them on
        # each full collection while articles are extracted (about 2 s in 300 articles), and
        # read the gazetteer without collecting (it makes objects, not garbage).
        with collection_paused(collect=False):
            _EXTRACTORS.append(Extractor().preload())
        gc.freeze()
    return _EXTRACTORS[0]
