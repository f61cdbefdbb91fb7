"""Reading folders and files into Articles (kg.ingest.read); every bad input is a one-line ReadError."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.model import Article, ReadError, ReadWarning
from kg.ingest.read import read_inputs

from conftest import EXAMPLE_DIR

INPUTS = Path(__file__).parent / "data" / "inputs"
MIXED = INPUTS / "mixed"


def read(*paths) -> list[Article | ReadError]:
    return list(read_inputs(list(paths)))


def articles(items) -> dict[str, Article]:
    return {item.source_id: item for item in items if isinstance(item, Article)}


def errors(items) -> dict[str, str]:
    return {item.source: item.reason for item in items if isinstance(item, ReadError)}


def warnings(items) -> dict[str, str]:
    return {item.source: item.reason for item in items if isinstance(item, ReadWarning)}


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


# --- folders -----------------------------------------------------------------


def test_a_folder_is_read_recursively_in_sorted_order_skipping_hidden_and_other_files():
    items = read(MIXED)
    ids = [item.source_id if isinstance(item, Article) else item.source for item in items]
    jsonl = f"{MIXED / 'wire.jsonl'}"
    assert ids == [
        "briefing.txt",
        "wire-1",
        "wire-2",
        f"{jsonl}:3",
        f"{jsonl}:4",
        f"{jsonl}:5",
        f"{jsonl}:7",
        f"{jsonl}:8",  # the warning about the date of wire-4, before it
        "wire-4",
        str(MIXED / "world" / "empty.txt"),
        "world/floods.html",
    ]


def test_reading_twice_gives_the_same_result():
    assert read(MIXED) == read(MIXED)


def test_a_folder_without_inputs_is_a_read_error():
    assert errors(read(INPUTS / "no-inputs")) == {
        str(INPUTS / "no-inputs"): "no .txt, .html, .htm or .jsonl files in this folder"
    }


# --- .txt --------------------------------------------------------------------


def test_the_date_header_gives_the_date_and_its_span():
    article = articles(read(MIXED / "briefing.txt"))["briefing.txt"]
    assert article.date == date(2021, 3, 4)
    assert article.date_span.text == "2021-03-04"
    assert article.text[article.date_span.start : article.date_span.end] == "2021-03-04"
    assert article.text.startswith("  date 2021-03-04 Officials said")  # the text is kept as read


def test_a_file_given_directly_is_named_by_its_file_name():
    assert list(articles(read(MIXED / "world" / "floods.html"))) == ["floods.html"]


def test_a_byte_order_mark_is_dropped_so_offsets_start_after_it(tmp_path):
    write(tmp_path, "bom.txt", b"\xef\xbb\xbfdate 2022-01-07 Troops arrived.")
    article = articles(read(tmp_path))["bom.txt"]
    assert article.text == "date 2022-01-07 Troops arrived."
    assert article.date_span.start == 5


def test_a_header_with_an_impossible_date_gives_no_date(tmp_path):
    write(tmp_path, "bad-date.txt", b"date 2022-13-40 Troops arrived.")
    article = articles(read(tmp_path))["bad-date.txt"]
    assert article.date is None and article.date_span is None


def test_a_text_without_header_has_no_date(tmp_path):
    write(tmp_path, "plain.txt", "The talks resumed in Geneva.".encode())
    assert articles(read(tmp_path))["plain.txt"].date is None


# --- bad input ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"  \n\n ", "empty file"),
        (b"Troops\x00\x01\x02", "binary file (NUL byte at byte offset 6)"),
        (b"Caf\xe9 owners protested.", "invalid UTF-8 at byte offset 3"),
        (b"\xef\xbb\xbfCaf\xe9", "invalid UTF-8 at byte offset 6"),  # counted in the file, BOM included
    ],
)
def test_an_unreadable_text_is_a_read_error_naming_the_file(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    assert read(path) == [ReadError(str(path), reason)]


def test_a_file_that_cannot_be_opened_is_a_read_error(tmp_path, monkeypatch):
    path = write(tmp_path, "locked.txt", b"Troops arrived.")
    real_open = os.open

    def refusing_open(file, *args, **kwargs):
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    assert read(path) == [ReadError(str(path), "cannot read: Permission denied")]


def test_a_subfolder_that_cannot_be_listed_is_a_read_error_and_the_rest_is_read(tmp_path, monkeypatch):
    (tmp_path / "locked").mkdir()
    write(tmp_path, "a.txt", b"Troops arrived.")
    real_scandir = os.scandir

    def scandir(path):
        if Path(path) == tmp_path / "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = read(tmp_path)
    assert errors(items) == {str(tmp_path / "locked"): "cannot list folder: Permission denied"}
    assert list(articles(items)) == ["a.txt"]


def test_an_unsupported_file_given_directly_is_a_read_error():
    path = MIXED / "notes.md"
    [error] = read(path)
    assert error.source == str(path) and error.reason.startswith("unsupported file type '.md'")


def test_a_missing_path_is_a_read_error_when_another_path_can_be_read(tmp_path):
    missing = tmp_path / "missing.txt"
    items = read(missing, MIXED / "briefing.txt")
    assert errors(items) == {str(missing): "no such file or directory"}
    assert list(articles(items)) == ["briefing.txt"]


def test_only_missing_paths_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        read(tmp_path / "a.txt", tmp_path / "b")


def test_no_path_at_all_raises_input_error():
    with pytest.raises(InputError):
        read()


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    write(tmp_path, "a.txt", b"\x00")
    write(tmp_path, "b.txt", b"Fighting continued.")
    items = read(tmp_path)
    assert list(articles(items)) == ["b.txt"] and list(errors(items)) == [str(tmp_path / "a.txt")]


# --- .jsonl ------------------------------------------------------------------


def test_jsonl_records_are_articles_named_by_their_id_with_their_fields():
    found = articles(read(MIXED / "wire.jsonl"))
    assert list(found) == ["wire-1", "wire-2", "wire-4"]  # wire-4 with a warning about its date
    first = found["wire-1"]
    assert first.text == "PARIS (AFP) - Farmers blocked roads around the capital on Monday."
    assert (first.date, first.title, first.url) == (date(2021, 3, 1), "Farmers block roads", "https://example.org/wire-1")
    assert first.publisher == "Agence France-Presse"  # as given; kg.ingest.metadata canonicalises it
    assert found["wire-2"].date is None and found["wire-2"].title is None


def test_each_bad_jsonl_line_is_a_read_error_naming_file_and_line():
    file = MIXED / "wire.jsonl"
    assert errors(read(file)) == {
        f"{file}:3": "invalid JSON (Unterminated string starting at, column 26)",
        f"{file}:4": 'missing or empty "id"',
        f"{file}:5": f"duplicate source id 'wire-1', already read from {file}:1",
        f"{file}:7": "a record must be a JSON object",
    }
    assert warnings(read(file)) == {
        f"{file}:8": "record 'wire-4': \"date\" 'March 2021' is not an ISO date (YYYY-MM-DD): read without a date",
    }
    assert articles(read(file))["wire-4"].date is None


def test_a_jsonl_line_with_invalid_utf8_is_a_read_error_and_the_other_lines_are_read(tmp_path):
    path = write(tmp_path, "r.jsonl", b'{"id": "r1", "text": "Fine."}\n{"id": "r2", "text": "Caf\xe9"}\n{"id": "r3", "text": "Fine too."}\n')
    items = read(path)
    assert errors(items) == {f"{path}:2": "invalid UTF-8 at byte offset 25 of the line"}
    assert list(articles(items)) == ["r1", "r3"]


def test_a_record_without_text_is_a_read_error(tmp_path):
    path = write(tmp_path, "r.jsonl", b'{"id": "r1", "text": ""}\n{"id": 7, "text": "Numeric ids are read as strings."}\n')
    items = read(path)
    assert errors(items) == {f"{path}:1": "record 'r1': missing or empty \"text\""}
    assert list(articles(items)) == ["7"]


def test_a_source_id_seen_in_an_earlier_file_is_a_duplicate(tmp_path):
    write(tmp_path, "a.jsonl", b'{"id": "b.txt", "text": "First."}\n')
    write(tmp_path, "b.txt", b"Second.")
    items = read(tmp_path)
    assert articles(items)["b.txt"].text == "First."
    assert errors(items) == {str(tmp_path / "b.txt"): f"duplicate source id 'b.txt', already read from {tmp_path / 'a.jsonl'}:1"}


# --- .html -------------------------------------------------------------------


def test_html_gives_the_main_text_and_its_metadata():
    article = articles(read(MIXED))["world/floods.html"]
    assert "Thousands of people were forced from their homes on Friday" in article.text
    assert "Cookie settings" not in article.text and "<p>" not in article.text
    assert article.title == "Floods force thousands from their homes"
    assert article.date == date(2021, 3, 5)
    assert article.publisher == "BBC News"


def test_html_offsets_point_into_the_extracted_text():
    article = articles(read(MIXED))["world/floods.html"]
    start = article.text.index("Rescue teams")
    assert article.text[start : start + len("Rescue teams")] == "Rescue teams"
    assert article.masked == article.text


def test_html_without_main_text_is_a_read_error(tmp_path):
    path = write(tmp_path, "blank.html", b"<html><head><title>Gallery</title><script>var page = 1;</script></head><body><img src=x.png></body></html>")
    assert read(path) == [ReadError(str(path), "no main text found in the HTML")]


# --- the bundled corpus ------------------------------------------------------


def test_the_bundled_corpus_reads_five_articles_with_their_header_dates():
    items = read(EXAMPLE_DIR)
    assert all(isinstance(item, Article) for item in items)
    dates = {item.source_id[:3]: item.date for item in items}
    assert dates == {"000": date(2022, 1, 7), "001": None, "002": date(2022, 1, 7), "003": None, "004": None}
    assert items[0].text.startswith(" date 2022-01-07 Kazakhstan's president")
