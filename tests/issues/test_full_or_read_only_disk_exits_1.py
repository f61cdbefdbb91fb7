"""A full or read-only disk under `-o`, `--cache` or `--materialize` crashed with a traceback and exit 1.

A full disk is made with RLIMIT_FSIZE (writes past the limit fail with EFBIG, as on a full disk, and
Python ignores SIGXFSZ); a read-only place with /proc, where not even root can create files.
"""

import resource
import subprocess
import sys

import pytest

from kg.errors import EXIT_ERROR
from kg.validation.reason import java_available

ARTICLE = "Protesters marched in Almaty on Wednesday. Police detained 30 people in the city.\n"
GRAPH = ('<https://w3id.org/newskg/id/person/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> '
         '<https://w3id.org/newskg/ontology#Person> .\n')


def _kg(*args, file_size_limit=None):
    def limit():
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run([sys.executable, "-m", "kg.cli", *map(str, args)], capture_output=True, text=True,
                          preexec_fn=limit, timeout=600)


def _one_line_error(result):
    lines = result.stderr.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("error: ") and "Traceback" not in result.stderr


@pytest.mark.parametrize("option", ["-o", "--cache"])
def test_a_full_disk_is_one_line_and_exit_2(tmp_path, option):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    args = ["build", article, "-q", "-o", tmp_path / "out" / "g.ttl"]
    if option == "--cache":
        args += ["--cache", tmp_path / "cache"]
    result = _kg(*args, file_size_limit=1024)
    assert result.returncode == EXIT_ERROR, result.stderr
    assert _one_line_error(result), result.stderr
    assert not (tmp_path / "out" / "g.ttl").exists()


@pytest.mark.skipif(not java_available(), reason="kg reason needs Java")
def test_materialize_into_a_read_only_place_is_one_line_and_exit_2(tmp_path):
    graph = tmp_path / "g.nt"
    graph.write_text(GRAPH, encoding="utf-8")
    result = _kg("reason", graph, "--materialize", "/proc/kg-no-such-place/m.ttl")
    assert result.returncode == EXIT_ERROR, result.stderr
    assert _one_line_error(result), result.stderr
