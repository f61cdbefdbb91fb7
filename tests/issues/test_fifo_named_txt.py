"""A FIFO named .txt hung the build for ever (opening it waits for a writer); now it is skipped
as not a regular file. The read runs in a child process, so that a regression fails instead of
hanging the test suite."""

import os
import subprocess
import sys

import pytest


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_a_fifo_is_skipped_and_the_other_files_are_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "fine.txt").write_text("Troops arrived.")
    script = ("import sys; from kg.ingest.read import read_inputs\n"
              "for item in read_inputs([sys.argv[1]]): print(item)\n")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Article(source_id='fine.txt', text='Troops arrived.', masked='Troops arrived.', date=None, date_span=None, "
        "title=None, url=None, publisher=None, publisher_span=None)",
        f"ReadError(source='{tmp_path / 'pipe.txt'}', reason='a FIFO, not a regular file')",
    ]
