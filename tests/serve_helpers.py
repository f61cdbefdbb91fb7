"""Servers for the tests: `kg serve` as a real process on a free loopback port (protocol and browser
tests), how to stop a server process, and a second story to serve beside the example."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def kg_serve(*args: str, env: dict | None = None, cwd=None):
    """The base URL (no trailing slash) of `kg serve ARGS… --port P`, stopped on exit."""
    port = free_port()
    command = [sys.executable, "-c", "from kg.cli import main; main()", "serve", *args, "--port", str(port)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env, cwd=cwd)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    try:
        while True:
            try:
                urllib.request.urlopen(base + "/questions.json", timeout=2).close()
                break
            except (urllib.error.URLError, OSError):
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    raise RuntimeError(f"kg serve did not start: {process.communicate()[0]}")
                time.sleep(0.1)
        yield base
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    """Terminate a server process, and kill it if it does not end within 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


# A second story next to the example's: one article, one asserted Kill (typed with its ancestors, as
# newskg writes it) from Ann to Bo, a Future Attack, and a claim; the example's story must not see them.
OTHER_STORY = """@prefix kg: <https://w3id.org/newskg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://w3id.org/newskg/id/test/> .
:story a kg:Story ; kg:mainEvent :kill .
:article a kg:Article ; kg:sourceId "other.txt" ; schema:headline "Ann kills Bo" ; kg:inStory :story .
:ann a kg:Person ; rdfs:label "Ann" .
:bo a kg:Person ; rdfs:label "Bo" .
:kill a kg:Event, kg:Kill, kg:Die, kg:Assault ; kg:factuality kg:Asserted ; kg:trigger "killed" ;
    kg:agent :ann ; kg:target :bo ; kg:date "2022-01-09"^^xsd:date ; kg:reportedIn :article .
:attack a kg:Event, kg:Attack, kg:Assault ; kg:factuality kg:Future ; kg:trigger "will attack" ;
    kg:agent :bo ; kg:target :ann ; kg:date "2022-01-10"^^xsd:date ; kg:reportedIn :article .
:claim a kg:Claim ; kg:measure kg:Killed ; kg:value 1 ; kg:approximation kg:Exact ; kg:reportedIn :article .
"""
