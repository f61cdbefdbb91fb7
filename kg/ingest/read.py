"""Read input paths into Articles; a bad input becomes a ReadError, never an exception.

Inputs are folders (searched recursively, in sorted order, hidden files and
folders skipped) or files:

- ``.txt``: UTF-8 text. A byte-order mark is accepted and dropped before
  decoding, so ``Article.text`` and every offset start at the first character
  after it (the BOM is an encoding marker, not text). A first line
  ``date YYYY-MM-DD`` (leading whitespace allowed, the article may go on on
  the same line) sets ``Article.date``; ``kg.ingest.clean`` masks it.
- ``.html`` / ``.htm``: the main text, title, date and site name are
  extracted with trafilatura. ``Article.text`` is the extracted text, and every
  offset points into it: markup, navigation and scripts are not part of the
  article, and offsets into the raw HTML could not satisfy
  ``text[start:end] == anchor`` for the words a reader sees.
- ``.jsonl``: one article per line, ``{"id", "text"}`` required, ``date``,
  ``title``, ``url``, ``publisher`` optional; ``source_id`` is the record id.

``source_id`` is the path relative to the folder given (POSIX separators), the
file name for a file given directly, or the record id. Source ids are unique in
one run: a later input with an id already seen is a ReadError.

Bad input never raises: a missing path, an unsupported file given directly,
a file that cannot be opened, an empty or whitespace-only file, a binary file
(a NUL byte), invalid UTF-8, HTML without main text, a folder without inputs
or that cannot be listed, and each bad JSON Lines record (``file:line``) is a
ReadError with a one-line reason; byte offsets in reasons count from 0 (from
the start of the file, or of the line for a JSON Lines record after the
first). Only when no path was given, or none of them exists, does
``read_inputs`` raise InputError.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from kg.errors import InputError
from kg.model import Article, ReadError, Span

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

BOM = b"\xef\xbb\xbf"
# The header some corpora put before the text: "date 2022-01-07 Text…".
DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)[ \t]*", re.IGNORECASE)


class _BadInput(Exception):
    """Internal: one input cannot be read; turned into a ReadError."""


def read_inputs(paths: Sequence[Path | str]) -> Iterator[Article | ReadError]:
    """Yield an Article or a ReadError for every input under ``paths``, in a deterministic order.

    Raises InputError only when no path was given or none of them exists, i.e.
    when nothing at all could be read.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input path given")
    if not any(p.exists() for p in paths):
        raise InputError("no such file or directory: " + ", ".join(str(p) for p in paths))
    seen: dict[str, str] = {}
    for path in paths:
        for origin, item in _read_path(path):
            if isinstance(item, Article):
                if item.source_id in seen:
                    item = ReadError(origin, f"duplicate source id {item.source_id!r}, already read from {seen[item.source_id]}")
                else:
                    seen[item.source_id] = origin
            yield item


# The readers below yield (origin, item): origin names the file, or file:line
# for a JSON Lines record, so that a duplicate id can be reported where it is.


def _read_path(path: Path) -> Iterator[tuple[str, Article | ReadError]]:
    if not path.exists():
        yield str(path), ReadError(str(path), "no such file or directory")
    elif path.is_dir():
        unlisted: list[OSError] = []
        files = _input_files(path, unlisted)
        for error in unlisted:  # a subfolder that cannot be listed; the rest is still read
            yield error.filename, ReadError(error.filename, f"cannot list folder: {error.strerror or error}")
        if not files and not unlisted:
            yield str(path), ReadError(str(path), "no .txt, .html, .htm or .jsonl files in this folder")
        for file in files:
            yield from _read_file(file, file.relative_to(path).as_posix())
    elif path.suffix.lower() not in SUFFIXES:
        reason = f"unsupported file type {path.suffix or '(none)'!r}: expected {', '.join(SUFFIXES)}"
        yield str(path), ReadError(str(path), reason)
    else:
        yield from _read_file(path, path.name)


def _input_files(folder: Path, unlisted: list[OSError]) -> list[Path]:
    """The input files below ``folder``, sorted by relative path; hidden names skipped.

    Folders that cannot be listed are appended to ``unlisted``.
    """
    found = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES:
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.relative_to(folder).as_posix())


def _read_file(path: Path, source_id: str) -> Iterator[tuple[str, Article | ReadError]]:
    suffix = path.suffix.lower()
    try:
        data = _load_bytes(path)
        if suffix in JSONL_SUFFIXES:
            lines = data.split(b"\n")  # decoded line by line: one bad line must not lose the others
        elif suffix in HTML_SUFFIXES:
            article = _read_html(data, source_id)
        else:
            article = _read_text(_decode(data), source_id)
    except _BadInput as error:
        yield str(path), ReadError(str(path), str(error))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(lines, str(path))
    else:
        yield str(path), article


def _load_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _BadInput(f"cannot read: {error.strerror or error}") from error
    if not data.strip():
        raise _BadInput("empty file")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise _BadInput(f"binary file (NUL byte at byte offset {nul})")
    return data


def _decode(data: bytes, where: str = "") -> str:
    skipped = len(BOM) if data.startswith(BOM) else 0
    try:
        return data[skipped:].decode("utf-8")
    except UnicodeDecodeError as error:
        raise _BadInput(" ".join(filter(None, ("invalid UTF-8 at byte offset", str(error.start + skipped), where)))) from error


def _read_text(text: str, source_id: str) -> Article:
    article = Article(source_id=source_id, text=text)
    header = DATE_HEADER.match(text)
    if header:
        try:
            article.date = date.fromisoformat(header.group(1))
            article.date_span = Span(header.start(1), header.end(1), header.group(1))
        except ValueError:
            pass  # a header with an impossible date gives no date; it is still masked
    return article


def _read_html(data: bytes, source_id: str) -> Article:
    import trafilatura

    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as error:  # a third-party parser on arbitrary markup: one bad page must not stop the run
        raise _BadInput(f"HTML extraction failed: {error}") from error
    if document is None or not (document.text or "").strip():
        raise _BadInput("no main text found in the HTML")
    return Article(
        source_id=source_id,
        text=document.text,
        date=_parse_date(document.date) if document.date else None,
        title=document.title or None,
        url=document.url or None,
        publisher=document.sitename or None,
    )


def _read_jsonl(lines: list[bytes], file: str) -> Iterator[tuple[str, Article | ReadError]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{file}:{number}"
        try:
            yield origin, _record_article(_decode(line, "of the line" if number > 1 else ""))
        except _BadInput as error:
            yield origin, ReadError(origin, str(error))


def _record_article(line: str) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise _BadInput(f"invalid JSON ({error.msg}, column {error.colno})") from error
    if not isinstance(record, dict):
        raise _BadInput("a record must be a JSON object")
    record_id, text = record.get("id"), record.get("text")
    if isinstance(record_id, int) and not isinstance(record_id, bool):
        record_id = str(record_id)
    if not isinstance(record_id, str) or not record_id.strip():
        raise _BadInput('missing or empty "id"')
    if not isinstance(text, str) or not text.strip():
        raise _BadInput(f'record {record_id!r}: missing or empty "text"')
    optional = {}
    for key in ("date", "title", "url", "publisher"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise _BadInput(f'record {record_id!r}: "{key}" must be a string')
        optional[key] = value or None
    return Article(
        source_id=record_id,
        text=text,
        date=_parse_date(optional["date"], record_id) if optional["date"] else None,
        title=optional["title"],
        url=optional["url"],
        publisher=optional["publisher"],
    )


def _parse_date(value: str, record_id: str | None = None) -> date:
    """A date from ``YYYY-MM-DD`` or an ISO timestamp that starts with one."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError as error:
        where = f"record {record_id!r}: " if record_id else ""
        raise _BadInput(f'{where}"date" {value!r} is not an ISO date (YYYY-MM-DD)') from error
