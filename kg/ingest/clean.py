"""Mask boilerplate: fill ``Article.masked`` so the parser sees only the story.

Masking replaces characters by spaces and keeps newlines, so ``masked`` has
the length of ``text`` and every offset found in it is an offset into the text
as read. Three things are masked:

- the ``date YYYY-MM-DD`` header line that ``kg.ingest.read`` parsed;
- every match of the patterns in ``kg/data/boilerplate.yaml`` (prompts,
  credit lines, photo credits, wire codes…), matched on the text as read;
- repeats: a run of sentences repeated verbatim right after itself within a
  line (a photo caption printed twice: "X. (AP) X. (AP)"), and a line equal
  to the previous non-blank line. The first copy is kept, the repeat masked.
  Runs shorter than ``MIN_REPEAT_CHARS`` are kept ("No. No.").
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path

from kg.model import Article
from kg.ingest.read import DATE_HEADER
from kg.knowledge.resources import data_file, load_yaml

MIN_REPEAT_CHARS = 20

# A sentence-like segment: up to a sentence end (with closing quotes or
# brackets) followed by a space, or to the end of the line.
_SEGMENT = re.compile(r"\S.*?(?:[.!?]+[\"”’)\]]*(?= |$)|$)")


@dataclasses.dataclass(frozen=True)
class BoilerplatePattern:
    name: str
    catches: str
    regex: re.Pattern[str]


@lru_cache(maxsize=4)
def load_patterns(path: Path | None = None) -> tuple[BoilerplatePattern, ...]:
    """The patterns of ``kg/data/boilerplate.yaml`` (or of ``path``, same layout), compiled."""
    data = load_yaml((path or data_file("boilerplate.yaml")).read_text(encoding="utf-8"))
    return tuple(
        BoilerplatePattern(entry["name"], entry["catches"], re.compile(entry["regex"], re.MULTILINE))
        for entry in data["patterns"]
    )


def clean(article: Article) -> Article:
    """A copy of ``article`` whose ``masked`` text has boilerplate, header and repeats blanked out."""
    text = article.text
    spans = list(boilerplate_spans(text))
    masked = _blank(text, spans)
    masked = _blank(masked, list(repeated_spans(masked)))
    return dataclasses.replace(article, masked=masked)


def boilerplate_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the date header and of every boilerplate pattern match in ``text``."""
    spans = []
    header = DATE_HEADER.match(text)
    if header:
        spans.append(header.span())
    for pattern in load_patterns():
        spans.extend(match.span() for match in pattern.regex.finditer(text) if match.end() > match.start())
    return spans


def repeated_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every verbatim repeat in ``text``: the copy that follows the first."""
    spans = []
    previous_line = None
    offset = 0
    for line in text.splitlines(keepends=True):
        content = line.strip()
        if content and content == previous_line and len(content) >= MIN_REPEAT_CHARS:
            spans.append((offset, offset + len(line.rstrip("\r\n"))))
        else:
            spans.extend((offset + start, offset + end) for start, end in _repeats_in_line(line))
        if content:
            previous_line = content
        offset += len(line)
    return spans


def _repeats_in_line(line: str) -> list[tuple[int, int]]:
    """Runs of segments repeated right after themselves: [A B][A B] → the span of the second [A B]."""
    segments = [(m.start(), m.end(), m.group().strip()) for m in _SEGMENT.finditer(line) if m.group().strip()]
    words = [text for _, _, text in segments]
    found = []
    i = 0
    while i < len(segments):
        for length in range(1, (len(segments) - i) // 2 + 1):
            first, second = words[i : i + length], words[i + length : i + 2 * length]
            if first == second and sum(len(w) for w in first) >= MIN_REPEAT_CHARS:
                found.append((segments[i + length - 1][1], segments[i + 2 * length - 1][1]))
                i += 2 * length
                break
        else:
            i += 1
    return found


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with the characters of ``spans`` replaced by spaces, newlines kept."""
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        for index in range(start, end):
            if chars[index] != "\n":
                chars[index] = " "
    return "".join(chars)
