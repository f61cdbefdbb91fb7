"""A 2 GB answer from `--endpoint` took 6.3 GB of RAM: it was read whole, then parsed whole.

Now the rows are parsed as they arrive and printed at once. Shown without measuring memory: an
endpoint sends many rows and then stalls; the rows it sent are already printed when kg gives up.
"""

import http.server
import threading

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

ROWS = 20_000
ROW = '{"s":{"type":"uri","value":"https://w3id.org/newskg/id/claim/%d"},"n":{"type":"literal","value":"%d","datatype":"http://www.w3.org/2001/XMLSchema#integer"}}'


@pytest.fixture
def stalling_endpoint():
    release = threading.Event()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.end_headers()
            self.wfile.write(b'{"head":{"vars":["s","n"]},"results":{"bindings":[')
            self.wfile.write(",".join(ROW % (i, i) for i in range(ROWS)).encode())
            self.wfile.flush()
            release.wait(60)  # and never finishes the document

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/query"
    release.set()
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_rows_are_printed_as_they_arrive(stalling_endpoint, fmt):
    result = CliRunner().invoke(app, ["query", "csto-force-size", "--endpoint", stalling_endpoint,
                                      "--format", fmt, "--timeout", "2"])
    assert result.exit_code == EXIT_ERROR
    assert "stopped answering" in result.stderr
    assert "https://w3id.org/newskg/id/claim/1000" in result.stdout  # printed before the endpoint stalled
