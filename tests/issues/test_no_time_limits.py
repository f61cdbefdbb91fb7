"""No time limits: a runaway query, an endpoint that never answers or a hanging Java hung `kg`.
`--timeout` now bounds each; past it the work is stopped and kg exits 2 with one line."""

import os
import socket
import stat
import subprocess
import sys
import threading

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?o ?q . ?r ?s ?t }"


def test_a_runaway_query_is_stopped(tmp_path):
    graph = tmp_path / "g.nt"
    graph.write_text("".join(f"<urn:s{i}> <urn:p> <urn:o{i}> .\n" for i in range(300)), encoding="utf-8")
    query = tmp_path / "runaway.rq"
    query.write_text(RUNAWAY, encoding="utf-8")
    result = CliRunner().invoke(app, ["query", str(query), str(graph), "--timeout", "1"])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.strip() == "error: the query took longer than 1 s (raise the limit with --timeout)"


@pytest.fixture
def silent_endpoint():
    """A server on 127.0.0.1 that accepts connections and reads requests but never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held = []

    def accept():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            held.append(connection)

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/query"
    listener.close()
    for connection in held:
        connection.close()


def test_an_endpoint_that_never_answers_is_given_up(silent_endpoint):
    result = CliRunner().invoke(app, ["query", "csto-force-size", "--endpoint", silent_endpoint, "--timeout", "1"])
    assert result.exit_code == EXIT_ERROR
    assert "did not answer within 1 s" in result.stderr


def _state(pid: int) -> str | None:
    try:
        with open(f"/proc/{pid}/stat") as stat_file:
            return stat_file.read().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return None


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads process states from /proc")
def test_a_hanging_java_is_stopped_with_everything_it_started(tmp_path):
    pid_file = tmp_path / "java.pid"
    fake_java = tmp_path / "bin" / "java"
    fake_java.parent.mkdir()
    fake_java.write_text(f"#!/bin/sh\necho $$ > {pid_file}\nexec sleep 600\n", encoding="utf-8")
    fake_java.chmod(fake_java.stat().st_mode | stat.S_IEXEC)
    graph = tmp_path / "g.nt"
    graph.write_text("<https://w3id.org/newskg/id/person/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                     "<https://w3id.org/newskg/ontology#Person> .\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{fake_java.parent}{os.pathsep}{os.environ['PATH']}"}
    result = subprocess.run([sys.executable, "-m", "kg.cli", "reason", str(graph), "--timeout", "8"],
                            capture_output=True, text=True, env=env, timeout=300)
    assert result.returncode == EXIT_ERROR, result.stderr
    assert result.stderr.strip() == "error: the reasoner took longer than 8 s (raise the limit with --timeout)"
    java_pid = int(pid_file.read_text())  # the fake Java was started…
    assert _state(java_pid) in (None, "Z"), "…and must not outlive kg"  # gone, or a zombie nobody reaped
