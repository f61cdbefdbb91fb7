"""A 5,000-digit integer "id" raised ValueError (Python's limit on int↔str conversion) out of the
reader and aborted the build; now the record is skipped as invalid JSON, the others read."""

import sys

from kg.ingest.read import read_inputs
from kg.model import Article, ReadError


def test_a_huge_integer_id_skips_only_its_record(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": ' + "7" * 5000 + ', "text": "Troops arrived."}\n'
                    '{"id": 12, "text": "Troops left."}\n')
    items = list(read_inputs([path]))
    assert [item.source_id for item in items if isinstance(item, Article)] == ["12"]
    assert items[0] == ReadError(f"{path}:1", f"invalid JSON (a number with more than {sys.get_int_max_str_digits()} digits)")


def test_ids_of_other_json_types_are_named_in_the_reason(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text('{"id": 1.5, "text": "a"}\n{"id": true, "text": "b"}\n{"id": ["x"], "text": "c"}\n{"id": "d", "text": 4}\n')
    assert [item.reason for item in read_inputs([path])] == [
        '"id" must be a string or an integer, not a number',
        '"id" must be a string or an integer, not a boolean',
        '"id" must be a string or an integer, not an array',
        "record 'd': \"text\" must be a string, not a number",
    ]
