"""A full or read-only disk under -o raised a bare OSError (a traceback); the write helper now
reports it as a GraphError naming the file (exit 2), removes its temporary file and keeps the
old graph."""

import errno

import pytest

import kg.system.files
from kg.system.files import atomic_write
from kg.errors import GraphError


def test_a_failed_write_is_a_graph_error_and_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "g.nt"
    target.write_bytes(b"old\n")

    def full(handle):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(kg.system.files.os, "fsync", full)
    with pytest.raises(GraphError, match="g.nt: cannot write: No space left on device"):
        atomic_write(target, b"new\n")
    assert target.read_bytes() == b"old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["g.nt"]
