"""`kg build` of one article said "1 articles"."""

from typer.testing import CliRunner

from kg.cli import app


def test_a_count_of_one_is_singular(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Protesters marched in Almaty on Wednesday.", encoding="utf-8")
    result = CliRunner().invoke(app, ["build", str(article), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0, result.output
    assert "1 article," in result.output and "1 articles" not in result.output
    assert "0 skipped" in result.output  # zero stays plural
