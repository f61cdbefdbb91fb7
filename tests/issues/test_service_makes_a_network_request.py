"""`SERVICE <http://…>` in a query made `kg query` call the network (pyoxigraph's default),
and `SERVICE SILENT` returned the remote rows. Queries now run offline unless --allow-service."""

import http.server
import threading

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR, EXIT_OK

REMOTE = b'{"head":{"vars":["x"]},"results":{"bindings":[{"x":{"type":"literal","value":"remote"}}]}}'


@pytest.fixture
def remote_endpoint():
    """A SPARQL endpoint on 127.0.0.1 that records each request it gets."""
    requests = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(REMOTE)))
            self.end_headers()
            self.wfile.write(REMOTE)

        do_GET = do_POST = _answer

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql", requests
    server.shutdown()
    server.server_close()


def _query(tmp_path, text, *options):
    graph = tmp_path / "g.nt"
    graph.write_text("<urn:a> <urn:b> <urn:c> .\n", encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text(text, encoding="utf-8")
    return CliRunner().invoke(app, ["query", str(query), str(graph), "--format", "csv", *options])


def test_service_fails_without_a_request(tmp_path, remote_endpoint):
    url, requests = remote_endpoint
    result = _query(tmp_path, f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}")
    assert result.exit_code == EXIT_ERROR
    assert "--allow-service" in result.output
    assert requests == []


def test_service_silent_gives_no_remote_row_without_a_request(tmp_path, remote_endpoint):
    url, requests = remote_endpoint
    result = _query(tmp_path, f"SELECT ?x ?o WHERE {{ ?s ?p ?o . SERVICE SILENT <{url}> {{ ?s2 ?p2 ?x }} }}")
    assert result.exit_code == EXIT_OK, result.output
    assert "remote" not in result.output
    assert result.output.splitlines() == ["x,o", ",urn:c"]  # one local row, nothing from the service
    assert requests == []


def test_a_service_keyword_in_a_string_or_comment_is_not_a_call(tmp_path, remote_endpoint):
    url, requests = remote_endpoint
    result = _query(tmp_path, f'# SERVICE <{url}> {{ }}\nSELECT ?o WHERE {{ ?s ?p ?o FILTER(?o != "SERVICE <{url}> {{") }}')
    assert result.exit_code == EXIT_OK, result.output
    assert requests == []


def test_allow_service_lets_it_through(tmp_path, remote_endpoint):
    url, requests = remote_endpoint
    result = _query(tmp_path, f"SELECT ?x WHERE {{ SERVICE <{url}> {{ ?s ?p ?x }} }}", "--allow-service")
    assert result.exit_code == EXIT_OK, result.output
    assert "remote" in result.output
    assert requests
