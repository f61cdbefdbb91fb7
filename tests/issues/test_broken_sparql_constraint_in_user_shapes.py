"""A SHACL-SPARQL constraint that does not parse, in shapes given with --shapes, crashed with exit 1."""

from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
<urn:ex:S> a sh:NodeShape ; sh:targetNode <urn:a> ;
  sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o . FILTER( }" ] .
"""


def test_a_broken_constraint_is_one_line_and_exit_2(tmp_path):
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(SHAPES, encoding="utf-8")
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(graph), "--shapes", str(shapes)])
    assert result.exit_code == EXIT_ERROR
    assert len(result.stderr.strip().splitlines()) == 1 and result.stderr.startswith("error: ")
    assert result.stdout == ""
