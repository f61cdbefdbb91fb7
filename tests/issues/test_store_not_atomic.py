"""`kg build --store` cleared the store and then bulk-loaded it, so a kill in between left an
empty store (3 kills in 10) that `kg query --store` answered with no rows and exit 0. Now the
new store is written beside the old one and swapped in by one rename: a kill at any moment
leaves the old store or the new one, whole."""

import random
import signal
import subprocess
import sys

import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import GraphError
from kg.rdf.store import open_store, save

# A child that saves two graphs of different sizes into one store, in turn, for ever.
SAVER = """
import sys
from rdflib import Graph, Literal, URIRef
from kg.rdf.store import save
graphs = []
for size in (3000, 5000):
    graph = Graph()
    for i in range(size):
        graph.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i)))
    graphs.append(graph)
while True:
    for graph in graphs:
        save(graph, sys.argv[1])
        print("saved", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no kill -9 here")
def test_a_killed_save_leaves_the_old_or_the_new_store_whole(tmp_path):
    store = tmp_path / "store"
    chance = random.Random(12)
    for attempt in range(6):
        child = subprocess.Popen([sys.executable, "-c", SAVER, str(store)], stdout=subprocess.PIPE, text=True)
        try:
            for _ in range(1 + attempt % 3):  # let it finish a save or more, then kill it at some point of the next
                assert child.stdout.readline() == "saved\n"
            if chance.random() < 0.8:
                subprocess.run([sys.executable, "-c", f"import time; time.sleep({chance.random() * 0.5})"])
        finally:
            child.kill()
            child.wait()
            child.stdout.close()
        assert len(open_store(store)) in (3000, 5000), attempt
    save(graph_of(10), store)  # the next save removes what killed ones left beside it
    assert len(open_store(store)) == 10
    (folder,) = [p for p in tmp_path.iterdir() if p != store]
    assert store.is_symlink() and store.resolve() == folder


def graph_of(size: int) -> Graph:
    graph = Graph()
    for i in range(size):
        graph.add((URIRef(f"http://example.org/s{i}"), URIRef("http://example.org/p"), Literal(i)))
    return graph


def test_a_store_of_the_older_layout_is_replaced_and_other_folders_are_refused(tmp_path):
    import pyoxigraph

    old = tmp_path / "store"
    legacy = pyoxigraph.Store(str(old))  # a real folder, as kg wrote stores before
    legacy.bulk_extend([pyoxigraph.Quad(pyoxigraph.NamedNode("http://example.org/a"), pyoxigraph.NamedNode("http://example.org/p"),
                                        pyoxigraph.Literal("x"), pyoxigraph.DefaultGraph())])
    legacy.flush()
    del legacy
    save(graph_of(4), old)
    assert len(open_store(old)) == 4

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("keep me")
    with pytest.raises(GraphError, match="not a store"):
        save(graph_of(4), notes)
    assert (notes / "todo.txt").read_text() == "keep me"


def test_build_refuses_a_store_path_that_is_no_store_before_building(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "todo.txt").write_text("keep me")
    result = CliRunner().invoke(app, ["build", str(tmp_path / "missing.txt"), "--store", str(notes)])
    assert result.exit_code == 2 and "not a store" in result.output  # the missing input was never read
    assert (notes / "todo.txt").read_text() == "keep me"
