"""`kg build a.txt -o a.txt` overwrote the article with the graph, and `-o` onto a symlink or a
device replaced it with a plain file. Now an output that is an input is refused (exit 2, nothing
written), a symlink is written through (the link is kept), and a device is refused."""

import os

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import EXIT_ERROR

runner = CliRunner()
ARTICLE = "Police in Almaty detained 12 protesters on Monday."


def kg(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_an_input_file_as_output_is_refused_and_kept(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    result = kg("build", article, "-o", article, "--format", "ttl")
    assert result.exit_code == EXIT_ERROR
    assert "an input file" in result.output
    assert article.read_text() == ARTICLE


def test_an_input_file_inside_an_input_folder_as_output_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id": "x", "text": "Troops arrived."}\n')
    result = kg("build", tmp_path, "-o", feed, "--format", "nt")
    assert result.exit_code == EXIT_ERROR
    assert "an input file of" in result.output
    assert feed.read_text() == '{"id": "x", "text": "Troops arrived."}\n'


@pytest.mark.skipif(not os.path.exists("/dev/null"), reason="no /dev/null here")
def test_a_device_as_output_is_refused(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = kg("build", tmp_path, "-o", "/dev/null", "--format", "ttl")
    assert result.exit_code == EXIT_ERROR
    assert "a character device, not a regular file" in result.output
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")


def test_writing_through_a_symlink_replaces_its_target_and_keeps_the_link(tmp_path):
    from rdflib import Graph, Literal, URIRef

    from kg.rdf.graphio import write_graph

    target = tmp_path / "graphs" / "current.ttl"
    target.parent.mkdir()
    target.write_text("")
    link = tmp_path / "latest.ttl"
    try:
        link.symlink_to(target)
    except OSError:
        pytest.skip("no symlinks here")
    graph = Graph()
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("x")))
    write_graph(graph, link)
    assert link.is_symlink() and link.resolve() == target
    assert set(Graph().parse(target, format="turtle")) == set(graph)
