"""A reply from `--endpoint` that is JSON but not SPARQL results crashed with `KeyError: 'vars'` and exit 1;
an endpoint URL of an unknown type (`ftp:`, `file:`, no scheme) crashed too."""

import http.server
import threading

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

REPLIES = [b'{"head": {}}', b'{"head": {"vars": ["x"]}, "results": {"bindings": [1]}}', b"[]", b"<html>oops</html>",
           b'{"boolean": "yes"}']


@pytest.fixture
def endpoint_replying():
    reply = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(reply["body"])))
            self.end_headers()
            self.wfile.write(reply["body"])

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def with_body(body: bytes) -> str:
        reply["body"] = body
        return f"http://127.0.0.1:{server.server_address[1]}/query"

    yield with_body
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("body", REPLIES)
def test_a_reply_that_is_not_sparql_results_is_one_line_and_exit_2(endpoint_replying, body):
    result = CliRunner().invoke(app, ["query", "csto-force-size", "--endpoint", endpoint_replying(body)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith("error: the endpoint did not answer with SPARQL JSON results")
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("url", ["ftp://127.0.0.1/q", "localhost:7878/query", "file:///etc/passwd"])
def test_an_unknown_url_type_is_one_line_and_exit_2(url):
    for args in (["query", "csto-force-size", "--endpoint", url], ["ask", "--endpoint", url]):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == EXIT_ERROR, result.output
        assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
