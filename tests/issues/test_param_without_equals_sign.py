"""`kg query --param NAME` (no `=`) was silently ignored and the query ran with its default."""

import typer
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

from conftest import REPO


def test_a_param_without_equals_sign_is_a_usage_error(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", "tokayev-statements", str(graph), "--param", "speaker"])
    assert result.exit_code == EXIT_ERROR
    assert "--param 'speaker': write NAME=VALUE" in result.output


def test_the_param_help_and_the_readme_describe_the_same_mechanism():
    command = typer.main.get_command(app).commands["query"]
    help_text = next(option.help for option in command.params if option.name == "param")
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "selected variable" in help_text and "'# param' comment" in help_text
    assert "selected variable" in readme and "`# param` comment" in readme
    assert "VALUES ?name { default }" not in readme
