"""A `.rq` file that is not UTF-8 crashed with UnicodeDecodeError and exit 1."""

from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR


def test_a_latin1_query_file_is_one_line_and_exit_2(tmp_path):
    query = tmp_path / "q.rq"
    text = 'SELECT ?x WHERE { ?x ?p "Almaty café" }'
    query.write_bytes(text.encode("latin-1"))
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["query", str(query), str(graph)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.strip() == f"error: {query}: the query is not UTF-8 text (byte {text.index('é')})"
