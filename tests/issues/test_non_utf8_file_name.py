"""A file name with bytes that are not UTF-8 became a source id with lone surrogates, and writing
the graph crashed; now that file is skipped, named with its bad bytes escaped, the others read."""

import os

import pytest

from kg.ingest.read import read_inputs
from kg.model import Article, ReadError


def test_a_file_name_that_is_not_utf8_is_skipped_and_named_readably(tmp_path):
    folder = os.fsencode(tmp_path)
    try:
        with open(os.path.join(folder, b"caf\xe9.txt"), "wb") as stream:
            stream.write(b"Troops arrived in Almaty.")
    except OSError:
        pytest.skip("this file system only takes UTF-8 file names")
    (tmp_path / "fine.txt").write_text("Troops left Almaty.")
    items = list(read_inputs([tmp_path]))
    assert [item.source_id for item in items if isinstance(item, Article)] == ["fine.txt"]
    (error,) = [item for item in items if isinstance(item, ReadError)]
    assert error == ReadError(f"{tmp_path}/caf\\xe9.txt", "the file name is not valid UTF-8: rename the file")
    error.source.encode("utf-8")  # printable
