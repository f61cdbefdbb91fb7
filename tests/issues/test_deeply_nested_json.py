"""Deeply nested JSON on a JSON Lines line raised RecursionError out of the reader and aborted
the build; now that record is skipped with a reason, the others read."""

from kg.ingest.read import read_inputs
from kg.model import Article, ReadError


def test_a_deeply_nested_record_skips_only_its_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    depth = 100_000
    path.write_text('{"id": "deep", "text": "x", "extra": ' + "[" * depth + "]" * depth + "}\n"
                    '{"id": "flat", "text": "Troops arrived."}\n')
    items = list(read_inputs([path]))
    assert items[0] == ReadError(f"{path}:1", "invalid JSON (nested too deeply)")
    assert isinstance(items[1], Article) and items[1].source_id == "flat"
