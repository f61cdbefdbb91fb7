"""The `kg` command end to end: build, validate, query and ask, exit codes, bad input, determinism."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL

from conftest import EXAMPLE_DIR

runner = CliRunner()


def kg(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    out = tmp_path_factory.mktemp("built") / "example.ttl"
    result = kg("build", EXAMPLE_DIR, "-o", out)
    assert result.exit_code == EXIT_OK, result.output
    return out, result


def test_build_writes_the_graph_and_summarises_it(built):
    out, result = built
    assert out.is_file() and out.stat().st_size > 0
    assert "5 articles" in result.output and "0 skipped" in result.output
    for word in ("actors", "events", "claims", "quotes", "triples", "seconds"):
        assert word in result.output


def test_the_example_graph_conforms_to_the_shapes(built):
    result = kg("validate", built[0])
    assert result.exit_code == EXIT_OK, result.output


def test_ask_answers_every_competency_question(built):
    from kg.sparql.query import shipped_queries

    result = kg("ask", built[0])
    assert result.exit_code == EXIT_OK, result.output
    for query in shipped_queries():
        assert query.name in result.output


def test_query_runs_a_shipped_query_by_name_with_a_parameter(built):
    result = kg("query", "tokayev-statements", built[0], "--format", "json", "--param", "speaker=Kassym-Jomart Tokayev")
    assert result.exit_code == EXIT_OK, result.output
    rows = json.loads(result.output)
    assert rows and any("restored in all regions" in row["text"] for row in rows)


def test_the_same_input_gives_the_same_bytes(built, tmp_path):
    again = tmp_path / "again.ttl"
    assert kg("build", EXAMPLE_DIR, "-o", again, "-q").exit_code == EXIT_OK
    assert again.read_bytes() == built[0].read_bytes()


def test_actors_keep_their_iris_when_an_article_is_added(tmp_path):
    from kg.pipeline.build import build

    fewer = tmp_path / "fewer"
    shutil.copytree(EXAMPLE_DIR, fewer)
    (fewer / "004_159fd3cc2a3e9fa7.txt").unlink()
    before = build([fewer]).resolved
    after = build([EXAMPLE_DIR]).resolved
    labels_after = {a.key: a.label for a in after.actors}
    kept = [a.key for a in before.actors if a.key in labels_after]
    assert len(kept) == len(before.actors), sorted({a.key for a in before.actors} - set(labels_after))
    claims_after = {c.key for c in after.claims}
    assert {c.key for c in before.claims} <= claims_after
    events_after = {e.key for e in after.events}
    assert {e.key for e in before.events} <= events_after


@pytest.fixture
def messy_folder(tmp_path):
    folder = tmp_path / "inputs"
    folder.mkdir()
    (folder / "good.txt").write_text("Police in Nairobi detained 12 protesters on Monday, the interior ministry said.")
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02 not text")
    (folder / "latin1.txt").write_bytes("Caf\xe9 owners protested in Lyon.".encode("latin-1"))
    (folder / "feed.jsonl").write_text(
        '{"id": "ok-1", "text": "Troops were deployed in Kabul.", "date": "2021-08-15"}\n'
        '{"id": "broken", "text": \n')
    return folder


def test_bad_inputs_are_reported_and_skipped_and_the_rest_still_builds(messy_folder, tmp_path):
    out = tmp_path / "messy.ttl"
    result = kg("build", messy_folder, tmp_path / "missing.txt", "-o", out)
    assert result.exit_code == EXIT_PARTIAL, result.output
    for reason in ("empty.txt", "binary.txt", "latin1.txt", "feed.jsonl:2", "missing.txt"):
        assert reason in result.output
    assert "2 articles" in result.output
    assert "Nairobi" in out.read_text() and "Kabul" in out.read_text()


def test_nothing_readable_is_an_error_and_writes_nothing(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    out = tmp_path / "none.ttl"
    result = kg("build", empty, "-o", out)
    assert result.exit_code == EXIT_ERROR
    assert not out.exists()


def test_usage_errors_exit_2(tmp_path):
    assert kg("build", EXAMPLE_DIR).exit_code == EXIT_ERROR  # no -o
    assert kg("build", EXAMPLE_DIR, "-o", tmp_path / "g.ttl", "--format", "rdfxml").exit_code == EXIT_ERROR
    assert kg("query", tmp_path / "nope.rq", tmp_path / "g.ttl").exit_code == EXIT_ERROR


def test_a_graph_that_does_not_parse_is_an_error_not_a_traceback(tmp_path):
    broken = tmp_path / "broken.ttl"
    broken.write_text("this is not turtle")
    result = kg("ask", broken)
    assert result.exit_code == EXIT_ERROR
    assert "broken.ttl" in result.output and "Traceback" not in result.output


def test_an_unknown_model_is_a_clear_error(tmp_path):
    result = kg("build", EXAMPLE_DIR, "-o", tmp_path / "g.ttl", "--model", "no_such_pipeline")
    assert result.exit_code == EXIT_ERROR
    assert "no_such_pipeline" in result.output


def test_the_installed_command_runs_from_any_folder(tmp_path):
    kg_script = shutil.which("kg") or str(__import__("pathlib").Path(sys.executable).with_name("kg"))
    result = subprocess.run([kg_script, "--help"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "build" in result.stdout


def test_an_article_that_breaks_an_extractor_is_reported_and_the_others_still_build(tmp_path, monkeypatch):
    from kg.extract import Extractor

    original = Extractor.__call__

    def fragile(self, article, doc):
        if "explode" in article.text:
            raise RuntimeError("an extractor bug")
        return original(self, article, doc)

    monkeypatch.setattr(Extractor, "__call__", fragile)
    (tmp_path / "a.txt").write_text("Police in Nairobi detained 12 protesters.")
    (tmp_path / "b.txt").write_text("This one will explode the extractor.")
    out = tmp_path / "g.ttl"
    result = kg("build", tmp_path / "a.txt", tmp_path / "b.txt", "-o", out)
    assert result.exit_code == EXIT_PARTIAL, result.output
    assert "b.txt: extraction failed: RuntimeError: an extractor bug" in result.output
    assert "Nairobi" in out.read_text() and "explode" not in out.read_text()
