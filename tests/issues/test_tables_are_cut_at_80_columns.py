"""`kg ask`/`kg query` tables were cut at 80 columns or in a pipe: `2022-01…`, `https://…`, `decapit…`."""

from typer.testing import CliRunner

from kg.cli import app

LONG = "https://w3id.org/newskg/id/claim/killed-2-" + "f" * 60
DATA = f"""<{LONG}> <https://w3id.org/newskg/ontology#manner> "decapitate" ;
  <https://w3id.org/newskg/ontology#value> 2 ; <http://example.org/elsewhere/p> <http://example.org/elsewhere/{'x' * 80}> .
"""
QUERY = "SELECT ?claim ?manner ?value ?other WHERE { ?claim kg:manner ?manner ; kg:value ?value ; ?p ?other FILTER(isIRI(?other)) }"


def test_a_table_in_a_pipe_keeps_every_cell_whole_with_prefixed_names_and_labelled_columns(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(DATA, encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text(QUERY, encoding="utf-8")
    result = CliRunner().invoke(app, ["query", str(query), str(graph)])  # CliRunner's output is not a terminal
    assert result.exit_code == 0, result.output
    assert "…" not in result.output
    header, row = [line for line in result.output.splitlines() if "claim" in line or "decapitate" in line]
    assert header.split("┃")[1:-1] and [c.strip() for c in header.split("┃")[1:-1]] == ["claim", "manner", "value", "other"]
    assert "id:claim/killed-2-" + "f" * 60 in row  # whole, and as a prefixed name
    assert f"http://example.org/elsewhere/{'x' * 80}" in row  # no prefix: the whole IRI
    assert "decapitate" in row
