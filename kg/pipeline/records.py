"""Extraction records as plain JSON data, and back: the format of the extraction cache.

:func:`to_data` turns an :class:`~kg.model.ArticleExtraction` (without its
article, which the cache key stands for) into dicts, lists, strings, numbers
and booleans; :func:`from_data` rebuilds it, led by the type annotations of
the data classes in :mod:`kg.model`, and raises ValueError on anything that
does not fit them. Decimals and dates are written as strings, so a record
comes back exactly as it went in.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from kg.model import ArticleExtraction


def to_data(extraction: ArticleExtraction) -> dict:
    """The record's fields as JSON data, the article left out."""
    return {f.name: _encode(getattr(extraction, f.name)) for f in _fields(ArticleExtraction) if f.name != "article"}


def from_data(data: object) -> ArticleExtraction:
    """The record that :func:`to_data` gave ``data``, with no article yet (the caller sets it)."""
    return _decode_dataclass(ArticleExtraction, data, skip=("article",))


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

