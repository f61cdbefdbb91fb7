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
a file that cannot be opened, something that is not a regular file (a FIFO,
a device, a symlink to one: never opened for reading, so it cannot hang or
fill memory), a file over ``MAX_INPUT_BYTES``, a file name that is not
UTF-8, an empty or whitespace-only file, a binary file (a NUL byte), invalid
UTF-8, HTML without main text, a folder without inputs or that cannot be
listed, and each bad JSON Lines record (``file:line``: invalid or too deeply
nested JSON, a number too long to read, a missing field, a field of the
wrong type, a lone surrogate such as ``"\\ud800"``) is a ReadError with a
one-line reason; byte offsets in reasons count from 0 (from the start of the
file, or of the line for a JSON Lines record after the first). Only when no
path was given, or none of them exists, does ``read_inputs`` raise
InputError.

An impossible date (a header ``date 2022-13-45``, a record's ``"date":
"March 2021"``) is a ReadWarning, yielded before its article, which is read
without a date. Paths in reasons show bytes that are not UTF-8 as ``\\xff``.
"""

from __future__ import annotations

import json
import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

from kg.system.files import file_kind
from kg.errors import InputError
from kg.model import Article, ReadError, ReadWarning, Span

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

# No input file is read past this size: a runaway file (or a symlink to one) must not fill memory.
MAX_INPUT_BYTES = 512 * 2**20

BOM = b"\xef\xbb\xbf"
# The header some corpora put before the text: "date 2022-01-07 Text…".
DATE_HEADER = re.compile(r"\A\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|\Z)[ \t]*", re.IGNORECASE)


class _BadInput(Exception):
    """Internal: one input cannot be read; turned into a ReadError."""


def read_inputs(paths: Sequence[Path | str]) -> Iterator[Article | ReadError | ReadWarning]:
    """Yield an Article or a ReadError for every input under ``paths``, in a deterministic order,
    each ReadWarning just before the article it is about.

    Raises InputError only when no path was given or none of them exists, i.e.
    when nothing at all could be read.
    """
    paths = [Path(p) for p in paths]
    if not paths:
        raise InputError("no input path given")
    if not any(p.exists() for p in paths):
        raise InputError("no such file or directory: " + ", ".join(shown(p) for p in paths))
    seen: dict[str, str] = {}
    for path in paths:
        for origin, item in _read_path(path):
            if isinstance(item, Article):
                if item.source_id in seen:
                    item = ReadError(origin, f"duplicate source id {item.source_id!r}, already read from {seen[item.source_id]}")
                else:
                    seen[item.source_id] = origin
            yield item


def shown(path: Path | str) -> str:
    """A path as it can be printed: bytes of a file name that are not UTF-8 as ``\\xff``."""
    name = os.fspath(path)
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


# The readers below yield (origin, item): origin names the file, or file:line
# for a JSON Lines record, so that a duplicate id can be reported where it is.


def _read_path(path: Path) -> Iterator[tuple[str, Article | ReadError | ReadWarning]]:
    where = shown(path)
    if not path.exists() and not path.is_symlink():
        yield where, ReadError(where, "no such file or directory")
    elif path.is_dir():
        unlisted: list[OSError] = []
        files = _input_files(path, unlisted)
        for error in unlisted:  # a subfolder that cannot be listed; the rest is still read
            folder = shown(error.filename)
            yield folder, ReadError(folder, f"cannot list folder: {error.strerror or error}")
        if not files and not unlisted:
            yield where, ReadError(where, "no .txt, .html, .htm or .jsonl files in this folder")
        for file in files:
            yield from _read_file(file, file.relative_to(path).as_posix())
    elif path.suffix.lower() not in SUFFIXES:
        reason = f"unsupported file type {path.suffix or '(none)'!r}: expected {', '.join(SUFFIXES)}"
        yield where, ReadError(where, reason)
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


def _read_file(path: Path, source_id: str) -> Iterator[tuple[str, Article | ReadError | ReadWarning]]:
    suffix = path.suffix.lower()
    where = shown(path)
    warning = None
    try:
        if _lone_surrogate(source_id) is not None:
            raise _BadInput("the file name is not valid UTF-8: rename the file")
        data = _load_bytes(path)
        if suffix in JSONL_SUFFIXES:
            lines = data.split(b"\n")  # decoded line by line: one bad line must not lose the others
        elif suffix in HTML_SUFFIXES:
            article, warning = _read_html(data, source_id)
        else:
            article, warning = _read_text(_decode(data), source_id)
    except _BadInput as error:
        yield where, ReadError(where, str(error))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(lines, where)
        return
    if warning:
        yield where, ReadWarning(where, warning)
    yield where, article


def _load_bytes(path: Path) -> bytes:
    """The bytes of a regular file, at most MAX_INPUT_BYTES of them.

    Opened without blocking and checked before reading: opening a FIFO for
    reading would wait for a writer, and a device such as /dev/zero never ends.
    """
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as error:
        raise _BadInput(f"cannot read: {error.strerror or error}") from error
    with os.fdopen(handle, "rb") as stream:
        try:
            mode = os.fstat(stream.fileno()).st_mode
            if not stat.S_ISREG(mode):
                raise _BadInput(f"{file_kind(mode)}, not a regular file")
            data = stream.read(MAX_INPUT_BYTES + 1)
        except OSError as error:
            raise _BadInput(f"cannot read: {error.strerror or error}") from error
    if len(data) > MAX_INPUT_BYTES:
        raise _BadInput(f"larger than {MAX_INPUT_BYTES // 2**20} MiB, the most an input file may hold: split it")
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


def _read_text(text: str, source_id: str) -> tuple[Article, str | None]:
    """The article, and a warning when its date header holds an impossible date."""
    article = Article(source_id=source_id, text=text)
    header = DATE_HEADER.match(text)
    if header:
        try:
            article.date = date.fromisoformat(header.group(1))
            article.date_span = Span(header.start(1), header.end(1), header.group(1))
        except ValueError:
            # Still masked as a header; the article is built without a date.
            return article, f"date header {header.group(1)!r} is not a date: read without a date"
    return article, None


def _read_html(data: bytes, source_id: str) -> tuple[Article, str | None]:
    """The article, and a warning when the page's date is no date."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False)
    except Exception as error:  # a third-party parser on arbitrary markup: one bad page must not stop the run
        raise _BadInput(f"HTML extraction failed: {error}") from error
    if document is None or not (document.text or "").strip():
        raise _BadInput("no main text found in the HTML")
    for key, value in (("text", document.text), ("title", document.title), ("site name", document.sitename)):
        if value:
            _check_characters(key, value, None)  # "&#xD800;" is markup for a lone surrogate
    article = Article(source_id=source_id, text=document.text, title=document.title or None,
                      url=document.url or None, publisher=document.sitename or None)
    if document.date:
        try:
            article.date = _parse_date(document.date)
        except _BadInput as error:
            return article, f"{error}: read without a date"
    return article, None


def _read_jsonl(lines: list[bytes], file: str) -> Iterator[tuple[str, Article | ReadError | ReadWarning]]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        origin = f"{file}:{number}"
        try:
            article, warning = _record_article(_decode(line, "of the line" if number > 1 else ""))
        except _BadInput as error:
            yield origin, ReadError(origin, str(error))
            continue
        if warning:
            yield origin, ReadWarning(origin, warning)
        yield origin, article


def _record_article(line: str) -> tuple[Article, str | None]:
    """The article of one JSON Lines record, and a warning when its date is impossible."""
    record = _json_object(line)
    record_id, text = record.get("id"), record.get("text")
    if isinstance(record_id, int) and not isinstance(record_id, bool):
        record_id = str(record_id)
    if record_id is not None and not isinstance(record_id, str):
        raise _BadInput(f'"id" must be a string or an integer, not {_json_type(record_id)}')
    if record_id is None or not record_id.strip():
        raise _BadInput('missing or empty "id"')
    _check_characters("id", record_id, None)
    if text is not None and not isinstance(text, str):
        raise _BadInput(f'record {record_id!r}: "text" must be a string, not {_json_type(text)}')
    if text is None or not text.strip():
        raise _BadInput(f'record {record_id!r}: missing or empty "text"')
    _check_characters("text", text, record_id)
    optional = {}
    for key in ("date", "title", "url", "publisher"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise _BadInput(f'record {record_id!r}: "{key}" must be a string, not {_json_type(value)}')
        if value:
            _check_characters(key, value, record_id)
        optional[key] = value or None
    article = Article(source_id=record_id, text=text, title=optional["title"], url=optional["url"],
                      publisher=optional["publisher"])
    if optional["date"]:
        try:
            article.date = _parse_date(optional["date"])
        except _BadInput as error:
            return article, f"record {record_id!r}: {error}: read without a date"
    return article, None


def _json_object(line: str) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise _BadInput(f"invalid JSON ({error.msg}, column {error.colno})") from error
    except RecursionError as error:
        raise _BadInput("invalid JSON (nested too deeply)") from error
    except ValueError as error:  # an integer longer than Python reads (sys.get_int_max_str_digits)
        raise _BadInput(f"invalid JSON (a number with more than {sys.get_int_max_str_digits()} digits)") from error
    if not isinstance(record, dict):
        raise _BadInput("a record must be a JSON object")
    return record


def _json_type(value: object) -> str:
    names = {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _check_characters(key: str, value: str, record_id: str | None) -> None:
    """Refuse a string that is not Unicode text: a lone surrogate ("\\ud800" in JSON) has no UTF-8 form."""
    index = _lone_surrogate(value)
    if index is not None:
        where = f"record {record_id!r}: " if record_id is not None else ""
        raise _BadInput(f'{where}"{key}" holds a lone surrogate (U+{ord(value[index]):04X}) at character {index}, '
                        "which is not Unicode text")


def _lone_surrogate(text: str) -> int | None:
    """The index of the first lone surrogate in ``text`` (which no UTF-8 can encode), or None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def _parse_date(value: str) -> date:
    """A date from ``YYYY-MM-DD`` or an ISO timestamp that starts with one."""
    try:
        return date.fromisoformat(value[:10])
    except ValueError as error:
        raise _BadInput(f'"date" {value!r} is not an ISO date (YYYY-MM-DD)') from error
