"""The build pipeline, top to bottom:

read → clean → infer metadata → parse (spaCy ``nlp.pipe``) → extract →
resolve across articles → map to RDF.

``build`` is the library entry point behind ``kg build``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from .clean import clean
from .extract import Extractor
from .metadata import complete_dates, infer_metadata
from .model import Article, ArticleExtraction, ReadError, Resolved
from .parse import DEFAULT_MODEL, load_pipeline, parse
from .rdf import to_graph
from .read import read_inputs
from .resolve import Resolver
from .vocab import DATA


@dataclass
class BuildResult:
    graph: Graph
    resolved: Resolved
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def summary(self) -> dict[str, int | float]:
        r = self.resolved
        return {
            "articles": len(r.articles),
            "skipped": len(self.errors),
            "actors": len(r.actors),
            "events": len(r.events),
            "claims": len(r.claims),
            "quotes": len(r.quotes),
            "triples": len(self.graph),
            "seconds": round(self.seconds, 2),
        }


def read_articles(inputs: Sequence[Path | str], errors: list[ReadError]) -> list[Article]:
    """Read, clean and date the inputs; unreadable ones go to ``errors``."""
    articles = []
    for item in read_inputs(inputs):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            articles.append(infer_metadata(clean(item)))
    return complete_dates(articles)


def extract_all(articles: list[Article], model: str = DEFAULT_MODEL, *, batch_size: int = 32,
                on_article: Callable[[Article], None] | None = None) -> list[ArticleExtraction]:
    nlp = load_pipeline(model)
    extractor = Extractor()
    extractions = []
    for article, doc in parse(nlp, articles, batch_size=batch_size):
        extractions.append(extractor(article, doc))
        if on_article is not None:
            on_article(article)
    return extractions


def build(inputs: Sequence[Path | str], *, model: str = DEFAULT_MODEL, base: str = str(DATA),
          on_read: Callable[[int], None] | None = None,
          on_article: Callable[[Article], None] | None = None) -> BuildResult:
    """Build the knowledge graph of the articles in ``inputs`` (files or folders).

    ``on_read(n)`` is called once the inputs are read with the number of
    articles; ``on_article`` after each article is extracted (for progress).
    """
    started = time.perf_counter()
    errors: list[ReadError] = []
    articles = read_articles(inputs, errors)
    if on_read is not None:
        on_read(len(articles))
    extractions = extract_all(articles, model, on_article=on_article)
    resolved = Resolver().resolve(extractions)
    graph = to_graph(resolved, base)
    return BuildResult(graph, resolved, errors, time.perf_counter() - started)
