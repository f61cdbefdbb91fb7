"""`kg query --help` pointed to a `--list` option that did not exist."""

from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_OK
from kg.sparql.query import shipped_queries


def test_query_list_names_every_shipped_query_with_its_question_and_parameters():
    result = CliRunner().invoke(app, ["query", "--list"])
    assert result.exit_code == EXIT_OK, result.output
    for query in shipped_queries():
        assert f"{query.name}: {query.question}" in result.output
        for name in query.params:
            assert f"--param {name}=" in result.output
