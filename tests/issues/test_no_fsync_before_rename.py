"""Nothing was fsynced before the rename, so a power cut could leave an empty or partial graph
or cache entry under the final name. Now the file is fsynced before the rename and its folder
after (kg.system.files, used by graphs, cache entries and the store switch)."""

import os
import stat

import kg.system.files
from kg.system.files import atomic_write


def test_the_file_is_fsynced_before_the_rename_and_the_folder_after(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(handle):
        kind = "folder" if stat.S_ISDIR(os.fstat(handle).st_mode) else "file"
        events.append(f"fsync {kind}")
        real_fsync(handle)

    def replace(source, target):
        events.append("rename")
        real_replace(source, target)

    monkeypatch.setattr(kg.system.files.os, "fsync", fsync)
    monkeypatch.setattr(kg.system.files.os, "replace", replace)
    atomic_write(tmp_path / "g.nt", b"<a> <b> <c> .\n")
    assert events == ["fsync file", "rename", "fsync folder"]
    assert (tmp_path / "g.nt").read_bytes() == b"<a> <b> <c> .\n"
