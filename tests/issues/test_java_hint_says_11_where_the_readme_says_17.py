"""Without Java, `kg reason` asked for "OpenJDK 11 or later" while the README asks for Java 17."""

import re

import owlready2
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

from conftest import REPO


def test_the_missing_java_message_names_the_readme_version(tmp_path, monkeypatch):
    readme_version = re.search(r"Java (\d+)", (REPO / "README.md").read_text(encoding="utf-8")).group(1)
    monkeypatch.setattr(owlready2, "JAVA_EXE", str(tmp_path / "no-java-here"))
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["reason", str(graph), "--timeout", "0"])
    assert result.exit_code == EXIT_ERROR
    assert f"Java {readme_version} or later" in result.output
