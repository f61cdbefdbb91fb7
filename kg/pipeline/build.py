"""The build pipeline, top to bottom:

read → clean → infer metadata → parse (spaCy ``nlp.pipe``) → extract →
resolve across articles → map to RDF.

``build`` is the library entry point behind ``kg build``.

Parsing and extraction stream: each Doc is turned into its small
:class:`ArticleExtraction` as soon as it is parsed and then dropped, so memory
holds the article texts and the records, never the Docs. They run in this
process, in ``jobs`` worker processes (each loads the pipeline once), or on a
Dask cluster (:mod:`kg.pipeline.distributed`); the records are the same either way,
because every backend parses the same batches of articles. Worker processes
are started before the inputs are read, so they load the pipeline while this
process reads. Resolution across articles and the mapping to RDF always run
here, on all records at once; :attr:`BuildResult.stages` says how long each
stage took.
"""

from __future__ import annotations

import multiprocessing.pool
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.ingest.clean import clean
from kg.system.collection import collection_paused
from kg.system.files import writable_target
from kg.system.cores import CpuMark, cpu_mark
from kg.errors import InputError
from kg.ingest.metadata import complete_dates, infer_metadata
from kg.ingest.read import SUFFIXES, read_inputs, shown
from kg.model import Article, ArticleExtraction, EarlierKeys, ReadError, ReadWarning, Resolved
from kg.nlp.parse import DEFAULT_MODEL, load_pipeline
from kg.pipeline.extraction import (BATCH_SIZE, beside_pays, chunks, extract_beside, extract_in_processes, extract_stream,
                                   start_workers)
from kg.pipeline.records import compact
from kg.rdf.earlier import earlier_keys
from kg.rdf.mapping import check_base, to_graph
from kg.rdf.vocab import DATA

if TYPE_CHECKING:
    from rdflib import Graph


@dataclass
class BuildResult:
    graph: Graph
    resolved: Resolved
    errors: list[ReadError] = field(default_factory=list)
    warnings: list[ReadWarning] = field(default_factory=list)  # built, with something left out (a bad date)
    seconds: float = 0.0
    parsed: int = 0  # articles parsed in this build
    cached: int = 0  # articles whose extraction came from the cache
    # Seconds per stage: "read" (read, clean, date), "extract" (parse and extract, or wait for the
    # workers and the cache), "resolve" (across articles) and "map" (to RDF rows).
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def summary(self) -> dict[str, int | float]:
        r = self.resolved
        return {
            "articles": len(r.articles),
            "skipped": len(self.errors),
            "parsed": self.parsed,
            "cached": self.cached,
            "actors": len(r.actors),
            "events": len(r.events),
            "claims": len(r.claims),
            "quotes": len(r.quotes),
            "triples": len(self.graph),
            "seconds": round(self.seconds, 2),
        }


def check_output(output: Path | str, inputs: Sequence[Path | str]) -> None:
    """Raise InputError when writing the graph to ``output`` would overwrite one of the
    ``inputs`` (a file given, or an input file inside a folder given), and GraphError when
    ``output`` is no regular file (a device, a FIFO, a folder; a symlink is followed)."""
    target = writable_target(output)
    if not target.exists():
        return
    for given in map(Path, inputs):
        if given.is_dir():
            inside = target.resolve().is_relative_to(given.resolve())
            if inside and target.suffix.lower() in SUFFIXES:
                raise InputError(f"{shown(output)}: an input file of {shown(given)}; write the graph elsewhere")
        elif given.exists() and target.samefile(given):
            raise InputError(f"{shown(output)}: an input file; write the graph elsewhere")


def read_articles(inputs: Sequence[Path | str], errors: list[ReadError],
                  warnings: list[ReadWarning] | None = None) -> list[Article]:
    """Read, clean and date the inputs; unreadable ones go to ``errors``, reader warnings to ``warnings``."""
    articles = []
    for item in read_inputs(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
        elif isinstance(item, ReadWarning):
            if warnings is not None:
                warnings.append(item)
        else:
            articles.append(infer_metadata(clean(item)))
    return complete_dates(articles)


def extract_all(articles: Sequence[Article], model: str = DEFAULT_MODEL, *, batch_size: int = BATCH_SIZE,
                jobs: int = 1, scheduler: str | None = None, cache: Path | str | None = None,
                on_article: Callable[[Article], None] | None = None,
                on_parsed: Callable[[Article], None] | None = None,
                workers: multiprocessing.pool.Pool | None = None,
                helper: bool | None = False, since: CpuMark | None = None) -> list[ArticleExtraction]:
    """The extraction record of every article, in order.

    ``jobs`` > 1 parses in that many processes (or in ``workers``, a pool
    from :func:`start_workers`); ``scheduler`` ("local" or a ``tcp://``
    address) on Dask instead. With ``cache`` (a folder), records of unchanged
    articles are read from it and only the others are parsed (``on_parsed`` is
    called for each of those); ``on_article`` after each record, parsed or
    cached (with worker processes, in the order the workers finish them).
    With ``jobs`` 1, ``helper`` has one other process extract while this one
    parses (:func:`kg.pipeline.extraction.extract_beside`; the same records);
    None: when that pays (more than one batch to parse and two cores free, measured since
    ``since``, the mark :func:`build` takes when it starts; see :func:`beside_pays`).
    Off by default in the library: a spawned process imports the caller's
    main module again, which a script must guard (``kg build`` turns it on).
    """
    records: list[ArticleExtraction | None] = [None] * len(articles)
    store = None
    if cache is not None:
        from kg.pipeline.cache import ExtractionCache

        meta = load_pipeline(model).meta
        store = ExtractionCache(cache, f"{meta.get('lang')}_{meta.get('name')}", meta.get("version", ""))
    todo = []
    for i, article in enumerate(articles):
        record = store.get(article) if store is not None else None
        if record is None:
            todo.append(i)
        else:
            records[i] = record
            if on_article is not None:
                on_article(article)
    pending = [articles[i] for i in todo]
    with ExitStack() as stack:
        # (index in pending, record): in order, except from worker processes.
        if scheduler:
            from kg.pipeline.distributed import extract_on_dask

            stream = enumerate(extract_on_dask(pending, model, batch_size=batch_size, scheduler=scheduler))
        elif workers is not None and pending:
            stream = extract_in_processes(pending, model, batch_size, workers)
        elif jobs > 1 and len(pending) > batch_size:
            pool = stack.enter_context(start_workers(model, min(jobs, len(chunks(pending, batch_size)))))
            stream = extract_in_processes(pending, model, batch_size, pool)
        elif helper or (helper is None and beside_pays(len(pending), batch_size, since)):
            stream = enumerate(extract_beside(pending, model, batch_size=batch_size, meanwhile=_load_resolution))
        else:
            stream = enumerate(extract_stream(pending, model, batch_size=batch_size))
        for position, record in stream:
            if store is not None and record.error is None:
                store.put(record)
            records[todo[position]] = compact(record)  # held until resolution: the smaller the better
            if on_parsed is not None:
                on_parsed(record.article)
            if on_article is not None:
                on_article(record.article)
    return records


def _load_resolution() -> None:
    """Import resolution (and the extractors' modules it uses) and read the tables it reads on
    first use (the gazetteer, the event lexicon), beside the parse (``extract_beside``): on the
    parsing process's path after the last record they took about 0.3 s of 300 articles. What they
    make lives as long as the process: frozen out of the collector, as the pipeline is. A table
    that fails to read here fails again where resolution reads it, and is reported there."""
    with collection_paused(freeze=True):
        try:
            import kg.resolve.resolution  # noqa: F401
            from kg.extract.events import load_lexicon
            from kg.knowledge.gazetteer import Gazetteer

            Gazetteer.load().preload()
            load_lexicon()
        except Exception:  # noqa: BLE001 - only done early; resolution does it again and reports it
            pass


def resolve_and_map(extractions: list[ArticleExtraction], base: str = str(DATA), earlier: EarlierKeys | None = None,
                    stages: dict[str, float] | None = None) -> tuple[Resolved, Graph]:
    """Resolve the records and map the result to RDF, as a build does after extraction.

    The list is emptied once resolved: the records are the largest thing a
    build holds besides the rows (about 45 KB an article), and nothing after
    resolution reads them, so they are freed before the rows are made. The
    seconds of each stage go to ``stages`` ("resolve", "map")."""
    from kg.resolve.resolution import resolve

    stages = {} if stages is None else stages
    # Resolution makes nodes and the mapping rows, not garbage (kg.system.collection), and they live
    # as long as the result: frozen out of the collector, not walked by a collection after either
    # (a full one walked every node and row to find nothing; the young one that followed the pause
    # walked them all too, about 0.1 s on 300 articles).
    with collection_paused(freeze=True):
        mark = time.perf_counter()
        resolved = resolve(extractions, earlier=earlier)
        extractions.clear()
        stages["resolve"] = time.perf_counter() - mark
        mark = time.perf_counter()
        graph = to_graph(resolved, base)
        stages["map"] = time.perf_counter() - mark
    return resolved, graph


def build(inputs: Sequence[Path | str], *, model: str = DEFAULT_MODEL, base: str = str(DATA),
          jobs: int = 1, scheduler: str | None = None, cache: Path | str | None = None,
          batch_size: int = BATCH_SIZE, previous: Path | str | None = None, helper: bool | None = False,
          on_read: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None,
          on_parsed: Callable[[Article], None] | None = None) -> BuildResult:
    """Build the knowledge graph of the articles in ``inputs`` (files or folders).

    ``on_read(n)`` is called once the inputs are read with the number of
    articles; ``on_article`` after each article is extracted (for progress);
    ``on_parsed`` for each article actually parsed (not from the cache).
    See :func:`extract_all` for ``jobs``, ``scheduler``, ``cache`` and ``helper``.
    ``previous``: an earlier graph (file or store folder) whose event and story
    IRIs to keep (``kg.rdf.earlier``); without it, IRIs depend on the inputs only.
    """
    started = time.perf_counter()
    since = cpu_mark()  # whether a helper process pays is measured from here (extract_all)
    stages: dict[str, float] = {}
    check_base(base)  # before the long work: a bad base IRI would only fail when mapping
    earlier = earlier_keys(previous, base) if previous is not None else None  # a bad one fails now, not after
    errors: list[ReadError] = []
    warnings: list[ReadWarning] = []
    parsed = []

    def count(article: Article) -> None:
        parsed.append(article.source_id)
        if on_parsed is not None:
            on_parsed(article)

    with ExitStack() as stack:
        # Without a cache every article will be parsed: start the workers now, so that
        # they load the pipeline while this process reads.
        early = jobs > 1 and not scheduler and cache is None
        workers = stack.enter_context(start_workers(model, jobs)) if early else None
        articles = read_articles(inputs, errors, warnings)
        stages["read"] = time.perf_counter() - started
        if on_read is not None:
            on_read(len(articles))
        extractions = extract_all(articles, model, batch_size=batch_size, jobs=jobs, scheduler=scheduler, cache=cache,
                                  on_article=on_article, on_parsed=count, workers=workers,
                                  helper=helper, since=since)
    stages["extract"] = time.perf_counter() - started - stages["read"]
    errors += [ReadError(x.article.source_id, x.error) for x in extractions if x.error]
    extractions = [x for x in extractions if not x.error]
    resolved, graph = resolve_and_map(extractions, base, earlier, stages)
    return BuildResult(graph, resolved, errors, warnings, time.perf_counter() - started,
                       parsed=len(parsed), cached=len(articles) - len(parsed), stages=stages)
