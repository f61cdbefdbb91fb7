"""A .txt symlink to /dev/zero was read until memory ran out (MemoryError at 6.9 GB); now what is
not a regular file is skipped without reading it, and a regular file is read up to a size cap."""

import os

import pytest

from kg.ingest import read
from kg.model import Article, ReadError


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_symlink_to_a_device_is_skipped_as_not_a_regular_file(tmp_path):
    try:
        (tmp_path / "zero.txt").symlink_to("/dev/zero")
    except OSError:
        pytest.skip("no symlinks here")
    (tmp_path / "fine.txt").write_text("Troops arrived.")
    items = list(read.read_inputs([tmp_path]))
    assert items[1] == ReadError(str(tmp_path / "zero.txt"), "a character device, not a regular file")
    assert isinstance(items[0], Article)


def test_a_file_over_the_size_cap_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(read, "MAX_INPUT_BYTES", 100)
    (tmp_path / "big.txt").write_text("Troops arrived. " * 10)
    (tmp_path / "small.txt").write_text("Troops arrived.")
    items = list(read.read_inputs([tmp_path]))
    assert items[0].reason.startswith("larger than ")
    assert isinstance(items[1], Article)
