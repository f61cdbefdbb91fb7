"""Extraction records as plain JSON data, and back: the format of the extraction cache.

:func:`to_data` turns an :class:`~kg.model.ArticleExtraction` (without its
article, which the cache key stands for) into dicts, lists, strings, numbers
and booleans; :func:`from_data` rebuilds it, led by the type annotations of
the data classes in :mod:`kg.model`, and raises ValueError on anything that
does not fit them. Decimals and dates are written as strings, so a record
comes back exactly as it went in.

:func:`compact` makes a record take less memory without changing what it
holds: a build keeps every record until resolution (the largest thing it
holds; "How the build scales" in docs/PERFORMANCE.md), and most of a record
is small values that repeat across articles (kinds, types, keys, names,
kind votes, dates) or within one (the sentence of several events). Records
read back by :func:`from_data` are compacted; ``kg.pipeline.build`` compacts
those the extractors make.
"""

from __future__ import annotations

import dataclasses
import sys
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kg.model import ArticleExtraction, Span


def to_data(extraction: ArticleExtraction) -> dict:
    """The record's fields as JSON data, the article left out."""
    return {f.name: _encode(getattr(extraction, f.name)) for f in _fields(ArticleExtraction) if f.name != "article"}


def from_data(data: object) -> ArticleExtraction:
    """The record that :func:`to_data` gave ``data``, with no article yet (the caller sets it), compacted."""
    return compact(_decode_dataclass(ArticleExtraction, data, skip=("article",)))


# Kind votes, dates and offsets, one object per value for the whole process (a few hundred kind
# votes and thousands of dates; offsets up to the length of the longest article). Python makes
# an object of each integer above 256 (28 bytes), two for each span.
_VOTES: dict[tuple, dict[str, float]] = {}
_DATES: dict = {}
_INTS: dict[int, int] = {}


def _int(value: int) -> int:
    return _INTS.setdefault(value, value)


def _intern(value: str | None) -> str | None:
    return None if value is None else sys.intern(value)


def _date(value):
    return None if value is None else _DATES.setdefault(value, value)


def compact(extraction: ArticleExtraction) -> ArticleExtraction:
    """The record itself, its equal values made one object: strings of kinds, types, keys,
    names and a mention's words interned (``sys.intern``), equal kind votes, dates and offsets one
    object each, equal spans of the record one object. Everything compares and reads as before; only the
    memory shrinks. Records are read, not changed, after extraction, and must stay so: two
    mentions may now hold the same votes dict (``kg.resolve.recovery`` copies a mention's votes
    before it makes a new mention from them)."""
    spans: dict[Span, Span] = {}

    def span(value: Span | None, intern: bool = False) -> Span | None:
        if value is None:
            return None
        shared = spans.get(value)
        if shared is None:
            shared = spans[value] = Span(_int(value.start), _int(value.end),
                                         sys.intern(value.text) if intern else value.text)
        return shared

    for m in extraction.entities:
        m.key, m.name, m.kind = sys.intern(m.key), sys.intern(m.name), sys.intern(m.kind)
        m.span = span(m.span, intern=True)
        items = tuple((sys.intern(kind), type(weight), weight) for kind, weight in m.votes.items())
        m.votes = _VOTES.get(items) or _VOTES.setdefault(items, {kind: weight for kind, _, weight in items})
        for name in ("title", "country", "sector", "refers_to", "antecedent", "disjoint", "speaks_for", "member_of", "used_by", "gender"):
            setattr(m, name, _intern(getattr(m, name)))
    for e in extraction.events:
        e.key, e.type, e.factuality = sys.intern(e.key), sys.intern(e.type), sys.intern(e.factuality)
        e.trigger, e.sentence, e.date_span = span(e.trigger), span(e.sentence), span(e.date_span)
        for name in ("agents", "targets", "places", "denied_by"):
            keys = getattr(e, name)
            keys[:] = [sys.intern(key) for key in keys]
        e.date = _date(e.date)
    for c in extraction.claims:
        c.key, c.measure, c.approximation = sys.intern(c.key), sys.intern(c.measure), sys.intern(c.approximation)
        c.span, c.number_span = span(c.span), span(c.number_span)
        for name in ("affected", "attributed_to", "manner", "event", "part"):
            setattr(c, name, _intern(getattr(c, name)))
        c.date = _date(c.date)
    for q in extraction.quotes:
        q.key, q.speaker, q.span, q.cue = sys.intern(q.key), _intern(q.speaker), span(q.span), span(q.cue)
    for t in extraction.times:
        t.span, t.value, t.granularity = span(t.span), _date(t.value), sys.intern(t.granularity)
    extraction.things[:] = [sys.intern(thing) for thing in extraction.things]
    extraction.not_actors[:] = [span(s) for s in extraction.not_actors]
    return extraction


def _encode(value):
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, (date, Decimal)):
        return str(value)
    return value


def _decode(kind, data):
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if data is None and type(None) in options:
            return None
        (inner,) = [option for option in options if option is not type(None)]
        return _decode(inner, data)
    if origin is list:
        (inner,) = typing.get_args(kind)
        return [_decode(inner, item) for item in _expect(data, list)]
    if origin is dict:
        key_kind, value_kind = typing.get_args(kind)
        return {_decode(key_kind, key): _decode(value_kind, item) for key, item in _expect(data, dict).items()}
    if dataclasses.is_dataclass(kind):
        return _decode_dataclass(kind, data)
    if kind is date:
        return date.fromisoformat(_expect(data, str))
    if kind is Decimal:
        try:
            return Decimal(_expect(data, str))
        except InvalidOperation as error:
            raise ValueError(f"not a decimal: {data!r}") from error
    if kind is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise ValueError(f"expected a number, got {type(data).__name__}")
        return float(data)
    if kind is int:
        if isinstance(data, bool):
            raise ValueError("expected an integer, got a boolean")
        return _expect(data, int)
    if kind in (str, bool):
        return _expect(data, kind)
    raise ValueError(f"no JSON form for {kind!r}")


def _decode_dataclass(cls, data, skip: tuple[str, ...] = ()):
    data = _expect(data, dict)
    fields = [f for f in _fields(cls) if f.name not in skip]
    if set(data) != {f.name for f in fields}:
        raise ValueError(f"{cls.__name__}: fields {sorted(data)} instead of {sorted(f.name for f in fields)}")
    hints = _hints(cls)
    values = {f.name: _decode(hints[f.name], data[f.name]) for f in fields}
    if cls is ArticleExtraction:
        values["article"] = None
    return cls(**values)


def _expect(data, kind):
    if not isinstance(data, kind):
        raise ValueError(f"expected {kind.__name__}, got {type(data).__name__}")
    return data


@lru_cache(maxsize=None)
def _fields(cls) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


@lru_cache(maxsize=None)
def _hints(cls) -> dict:
    return typing.get_type_hints(cls)

