"""An empty `.ttl` "conformed" with no word that nothing was checked."""

from typer.testing import CliRunner

from kg.cli import app


def test_an_empty_graph_conforms_trivially_and_says_so(tmp_path):
    empty = tmp_path / "empty.ttl"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(empty)])
    assert result.exit_code == 0
    assert "The graph is empty (no triple): it conforms trivially." in result.stdout
    assert "warning: the graph is empty" in result.stderr
