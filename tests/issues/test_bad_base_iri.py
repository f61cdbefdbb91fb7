"""`--base` with a tab or a newline, a relative base or an empty one wrote a graph that does not
parse, with exit 0. Now such a base is refused before anything is read (exit 2, one line)."""

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

runner = CliRunner()


@pytest.mark.parametrize("base, reason", [
    ("https://example.org/\tid/", "cannot hold '\\t'"),
    ("https://example.org/id\n", "cannot hold '\\n'"),
    ("id/", "is relative"),
    ("", "is empty"),
    ("https://example.org/a b/", "cannot hold ' '"),
])
def test_a_base_that_cannot_begin_an_iri_is_refused(tmp_path, base, reason):
    (tmp_path / "a.txt").write_text("Police in Almaty detained 12 protesters.")
    out = tmp_path / "g.ttl"
    result = runner.invoke(app, ["build", str(tmp_path), "-o", str(out), "--base", base])
    assert result.exit_code == EXIT_ERROR
    assert reason in result.output and "Traceback" not in result.output
    assert not out.exists()
