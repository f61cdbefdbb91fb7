"""kg load / kg query --endpoint against a real Oxigraph server started for the test."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.sparql import query as q
from kg.cli import app
from kg.sparql.endpoint import graph_url, load, query
from kg.errors import GraphError
from kg.rdf.graphio import load_store
from kg.rdf.store import UnionStore
from serve_helpers import free_port, stop

DATA = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/newskg/id/person/a> a kg:Person ; rdfs:label "Ann" .
<https://w3id.org/newskg/id/person/b> a kg:Person ; rdfs:label "Bo" .
"""
QUADS = '<https://w3id.org/newskg/id/person/c> <http://www.w3.org/2000/01/rdf-schema#label> "Cy" <https://w3id.org/newskg/id/article/x> .\n'
LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # scripts/test.sh puts .venv/bin on PATH; beside this interpreter covers a bare `.venv/bin/python -m pytest`
    beside = Path(sys.executable).parent / "oxigraph"
    binary = shutil.which("oxigraph") or (str(beside) if beside.is_file() else None)
    if binary is None:
        pytest.skip("the oxigraph server is not installed (pip install 'newskg[server]')")
    port = free_port()
    process = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph")),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(base + "/", timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("the oxigraph server did not start")
            time.sleep(0.1)
    yield base
    stop(process)


def test_load_and_query_give_the_local_answer(server, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(DATA, encoding="utf-8")
    quads = tmp_path / "q.nq"
    quads.write_text(QUADS, encoding="utf-8")
    assert load([graph], server + "/store", replace=True) == 1
    load([quads], server + "/store")
    remote = query(LABELS, server + "/query")
    local = q.run(LABELS, UnionStore(load_store([graph, quads])), None)  # like --union-default-graph
    assert remote.rows == local.rows == [["Ann"], ["Bo"], ["Cy"]]
    assert query("ASK { ?s ?p ?o }", server + "/query").rows == [["true"]]


def test_cli_load_into_a_named_graph_and_query(server, tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(DATA, encoding="utf-8")
    query_file = tmp_path / "labels.rq"
    query_file.write_text(LABELS.replace("?s rdfs", "GRAPH <urn:g> { ?s rdfs").replace(" } ORDER", " } } ORDER"))
    runner = CliRunner()
    loaded = runner.invoke(app, ["load", str(graph), "--endpoint", server + "/store", "--graph", "urn:g", "--replace"])
    assert loaded.exit_code == 0, loaded.output
    answer = runner.invoke(app, ["query", str(query_file), "--endpoint", server + "/query", "--format", "csv"])
    assert answer.exit_code == 0, answer.output
    assert answer.output.splitlines() == ["l", "Ann", "Bo"]


def test_an_unreachable_endpoint_is_a_graph_error(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(DATA, encoding="utf-8")
    with pytest.raises(GraphError, match="cannot reach"):
        load([graph], f"http://127.0.0.1:{free_port()}/store")


def test_graph_url():
    assert graph_url("http://h/store", None) == "http://h/store?default"
    assert graph_url("http://h/store", "urn:a b") == "http://h/store?graph=urn%3Aa+b"
