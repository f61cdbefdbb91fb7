"""31 crashing runs exited 1, the code the README reserves for "does not conform" and "inconsistent",
so CI read a crash as a failed validation. Every unexpected error now exits 2 with one line on stderr,
and `kg --debug` adds the traceback."""

from typer.testing import CliRunner

from kg import cli
from kg.cli import app
from kg.errors import EXIT_ERROR


def _boom(*args, **kwargs):
    raise RuntimeError("something nobody foresaw\nover two lines")


def test_an_unexpected_error_is_one_line_and_exit_2(tmp_path, monkeypatch):
    import kg.validation.validate

    monkeypatch.setattr(kg.validation.validate, "validate", _boom)
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(graph)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.splitlines() == [
        "error: RuntimeError: something nobody foresaw over two lines (--debug shows the traceback)"]
    assert result.stdout == ""


def test_debug_shows_the_traceback(tmp_path, monkeypatch):
    import kg.validation.validate

    monkeypatch.setattr(kg.validation.validate, "validate", _boom)
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["--debug", "validate", str(graph)])
    assert result.exit_code == EXIT_ERROR
    assert "Traceback (most recent call last)" in result.stderr and "_boom" in result.stderr
    assert result.stderr.rstrip().endswith("error: RuntimeError: something nobody foresaw over two lines")


def test_an_os_error_names_its_file(tmp_path):
    assert cli._one_line(PermissionError(13, "Permission denied", str(tmp_path / "x.ttl"))) == \
        f"{tmp_path / 'x.ttl'}: Permission denied"


def test_a_message_that_looks_like_markup_prints_as_it_is(tmp_path, monkeypatch):
    import kg.validation.validate

    def bracketed(*args, **kwargs):
        raise ValueError("bad value [/] in [bold]x[/bold]")

    monkeypatch.setattr(kg.validation.validate, "validate", bracketed)
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(graph)])
    assert result.exit_code == EXIT_ERROR
    assert "ValueError: bad value [/] in [bold]x[/bold]" in result.stderr
