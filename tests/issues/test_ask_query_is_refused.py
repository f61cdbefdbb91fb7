"""An ASK query was refused ("only SELECT and ASK queries print as tables"): pyoxigraph 0.5 answers QueryBoolean, not bool."""

import json

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_OK

DATA = '<urn:a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Person> .\n'


@pytest.mark.parametrize("ask, answer", [("ASK { ?p a kg:Person }", "true"), ("ASK { ?p a kg:Event }", "false")])
def test_an_ask_query_prints_true_or_false(tmp_path, ask, answer):
    graph = tmp_path / "g.nt"
    graph.write_text(DATA, encoding="utf-8")
    query = tmp_path / "ask.rq"
    query.write_text(ask, encoding="utf-8")
    result = CliRunner().invoke(app, ["query", str(query), str(graph), "--format", "csv"])
    assert result.exit_code == EXIT_OK, result.output
    assert result.output.splitlines() == ["ask", answer]
    result = CliRunner().invoke(app, ["query", str(query), str(graph), "--format", "json"])
    assert json.loads(result.output) == [{"ask": answer == "true"}]
