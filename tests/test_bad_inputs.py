"""Issue 12's done-when check: the bundled example plus every bad input the issue lists builds,
exits 3, names each bad input on stderr, and has all five example articles in the graph."""

from __future__ import annotations

import os
import shutil

from rdflib import Graph
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_PARTIAL
from kg.rdf.vocab import KG

from conftest import EXAMPLE_DIR, anchors

runner = CliRunner()
PARAGRAPH = "Police in Almaty detained {} protesters on Monday, the interior ministry said.\n"


def test_the_example_and_every_bad_input_build_with_exit_3(tmp_path, nlp, monkeypatch):
    inputs = tmp_path / "inputs"
    shutil.copytree(EXAMPLE_DIR, inputs)
    bad = inputs / "bad"
    bad.mkdir()
    named = {}  # what stderr must name → why

    # Longer than spaCy takes in one piece (max_length lowered so that the test is quick): built, not skipped.
    monkeypatch.setattr(nlp, "max_length", 3000)
    (bad / "long.txt").write_text("".join(PARAGRAPH.format(10 + i) for i in range(100)))
    (bad / "feed.jsonl").write_text(
        '{"id": "surrogate-text", "text": "Troops \\ud800 arrived."}\n'
        '{"id": "surrogate-\\ud800", "text": "Troops arrived."}\n'
        '{"id": ' + "9" * 5000 + ', "text": "Troops arrived."}\n'
        '{"id": "deep", "text": "x", "more": ' + "[" * 50_000 + "]" * 50_000 + "}\n"
        '{"id": "bad-date", "text": "Troops arrived in Almaty.", "date": "2022-13-45"}\n', encoding="ascii")
    for line in range(1, 5):
        named[f"feed.jsonl:{line}"] = "skipped"
    named["feed.jsonl:5"] = "warning"
    (bad / "header.txt").write_text("date 2022-13-45 Troops arrived in Almaty.")
    named["header.txt"] = "warning"
    try:
        with open(os.path.join(os.fsencode(bad), b"caf\xe9.txt"), "wb") as stream:
            stream.write(b"Troops arrived.")
        named["caf\\xe9.txt"] = "skipped"
    except OSError:
        pass  # a file system that takes only UTF-8 names
    if os.path.exists("/dev/zero") and hasattr(os, "symlink"):
        (bad / "zero.txt").symlink_to("/dev/zero")
        named["zero.txt"] = "skipped"
    if hasattr(os, "mkfifo"):
        os.mkfifo(bad / "pipe.txt")
        named["pipe.txt"] = "skipped"

    out = tmp_path / "graph.ttl"
    result = runner.invoke(app, ["build", str(inputs), "-o", str(out)])
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert "Traceback" not in result.output
    lines = result.output.splitlines()
    for name, kind in named.items():
        assert any(line.startswith(kind) and name in line for line in lines), (name, result.output)

    graph = Graph().parse(out)
    sources = {str(s) for s in graph.objects(None, KG.sourceId)}
    assert {path.name for path in EXAMPLE_DIR.glob("*.txt")} <= sources
    assert {"bad/long.txt", "bad/header.txt", "bad-date"} <= sources
    texts = {"bad/long.txt": (bad / "long.txt").read_text()}
    texts.update({path.name: path.read_text(encoding="utf-8") for path in EXAMPLE_DIR.glob("*.txt")})
    for source, begin, end, anchor in anchors(graph):
        if source in texts:
            assert texts[source][begin:end] == anchor, (source, begin, end, anchor)
