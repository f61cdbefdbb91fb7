"""Atomic, durable file writes: the one helper behind graphs, cache entries and stores.

A file is written under a temporary name in its own folder, flushed and
fsynced, renamed over the target, and the folder is fsynced, so that after a
crash or a power cut the target holds either its old bytes or all the new
ones, never a part. The temporary file is created with mode 0o666, which the
kernel reduces by the umask as for any new file (``tempfile.mkstemp`` would
make it 0o600, unreadable for a colleague or a web server).

The target must be a regular file or absent. A symlink is followed, so the
file it points at is replaced and the link kept; a device, FIFO, socket or
folder is refused (writing a graph "to" ``/dev/sda`` or replacing it with a
plain file are both wrong).
"""

from __future__ import annotations

import os
import secrets
import stat
from collections.abc import Iterable
from pathlib import Path

from kg.errors import GraphError


def writable_target(path: Path | str) -> Path:
    """The regular file that writing to ``path`` replaces: the path itself, or the file a symlink
    points at. Raises GraphError for anything else that exists there."""
    path = Path(path)
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return path
    except OSError as error:
        raise GraphError(f"{path}: cannot write: {error.strerror or error}") from error
    if not stat.S_ISREG(mode):
        raise GraphError(f"{path}: {file_kind(mode)}, not a regular file: write the graph to a file")
    return path


def atomic_write(path: Path | str, data: bytes | Iterable[bytes]) -> Path:
    """Write ``data`` (bytes, or pieces of bytes written one after the other) to ``path``
    atomically and durably; returns the file written (a symlink's target). An OSError (full
    disk, no permission) is a GraphError naming the file, and the old file is left as it was."""
    path = writable_target(path)
    try:
        if not path.parent.is_dir():  # a new folder (a cache's ab/): its name must be durable too
            path.parent.mkdir(parents=True, exist_ok=True)
            fsync_folder(path.parent.parent)
        temporary, handle = _create_beside(path)
    except OSError as error:
        raise GraphError(f"{path}: cannot write: {error.strerror or error}") from error
    try:
        with os.fdopen(handle, "wb") as stream:
            for piece in [data] if isinstance(data, (bytes, bytearray)) else data:
                stream.write(piece)
            stream.flush()
            os.fsync(stream.fileno())
        replace(temporary, path)
    except OSError as error:  # a full disk, a quota, a read-only file system: the old file is kept
        temporary.unlink(missing_ok=True)
        raise GraphError(f"{path}: cannot write: {error.strerror or error}") from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def replace(source: Path | str, target: Path | str) -> None:
    """``os.replace`` that survives a crash: the folder holding the new name is fsynced after it."""
    os.replace(source, target)
    fsync_folder(Path(target).parent)


def fsync_folder(folder: Path | str) -> None:
    """Make the names in ``folder`` (a rename, a new file) durable."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return  # a platform where folders cannot be opened (Windows): renames are durable there
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems do not fsync folders; nothing more can be done
    finally:
        os.close(handle)


def temporary_name(path: Path, tag: str = "tmp") -> Path:
    """A fresh hidden name beside ``path``: ``.NAME.RANDOM.tag``."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}.{tag}")


def _create_beside(path: Path) -> tuple[Path, int]:
    while True:
        temporary = temporary_name(path)
        try:
            return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue


def file_kind(mode: int) -> str:
    """What a file that is not a regular file is, for a message: "a FIFO", "a character device"."""
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISCHR, "a character device"),
                       (stat.S_ISBLK, "a block device"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "a special file"
