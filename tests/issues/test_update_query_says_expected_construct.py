"""An update query said "does not parse: expected CONSTRUCT…" instead of "updates are not allowed"."""

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

UPDATES = [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "PREFIX ex: <urn:ex:>\nDELETE WHERE { ?s ?p ?o }",
    "# a comment saying SELECT\nCLEAR ALL",
    "LOAD <http://127.0.0.1:9/nothing.ttl>",
    "DROP GRAPH <urn:g>",
]


@pytest.mark.parametrize("update", UPDATES)
def test_an_update_is_refused_as_an_update(tmp_path, update):
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    query = tmp_path / "update.rq"
    query.write_text(update, encoding="utf-8")
    result = CliRunner().invoke(app, ["query", str(query), str(graph)])
    assert result.exit_code == EXIT_ERROR
    assert "updates are not allowed" in result.output
    assert graph.read_text(encoding="utf-8") == "<urn:a> <urn:b> <urn:c> .\n"
