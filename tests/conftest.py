"""Shared fixtures: expensive things (the spaCy pipeline) are loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Article, ArticleExtraction, EntityMention, Span

REPO = Path(__file__).resolve().parent.parent
EXAMPLE_DIR = REPO / "examples" / "kazakhstan-2022-01-07"
SHARED = REPO.parent / "shared"  # beside a checkout, not in it: tests that need it skip when it is absent
EVAL_DATA = SHARED / "eval-data"
GOLD_FILE = EXAMPLE_DIR / "gold.yaml"  # the bundled example's gold facts, checked by hand against its articles


def article(source_id: str, text: str, *mentions: tuple) -> ArticleExtraction:
    """An extraction whose mentions are (surface, kind, fields) found left to right in the text."""
    entities, cursor = [], 0
    for index, (surface, kind, fields) in enumerate(mentions):
        start = text.index(surface, cursor)
        cursor = start + len(surface)
        fields = dict(fields)
        name = fields.pop("name", surface)
        entities.append(EntityMention(f"e{index}", Span(start, cursor, surface), name, kind, {kind: 1.0}, **fields))
    return ArticleExtraction(Article(source_id, text), entities=entities)


def pytest_addoption(parser):
    parser.addoption("--runslow", action="store_true", default=False, help="run slow tests")
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output (then review the diff by hand)")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--runslow"):
        return
    skip_slow = pytest.mark.skip(reason="slow: run with --runslow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip_slow)


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp.parse import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def eval_data() -> Path:
    if not EVAL_DATA.is_dir():
        pytest.skip("../shared/eval-data is not present")
    return EVAL_DATA


@pytest.fixture(scope="session")
def example_build():
    """The bundled example, built once per test session (a kg.pipeline.build.BuildResult)."""
    from kg.pipeline.build import build

    return build([EXAMPLE_DIR])


@pytest.fixture(scope="session")
def example_graph_file(example_build, tmp_path_factory) -> Path:
    """The bundled example's graph, written as Turtle."""
    from kg.rdf.graphio import write_graph

    path = tmp_path_factory.mktemp("example") / "kazakhstan.ttl"
    write_graph(example_build.graph, path)
    return path


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    """The project built as a wheel, once per session (tests/test_package.py, tests/test_serve_package.py)."""
    import subprocess
    import sys

    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out),
                    str(REPO)], check=True, capture_output=True, timeout=300)
    (built,) = out.glob("newskg-*.whl")
    return built


def anchors(graph) -> list[tuple[str, int, int, str]]:
    """(source id, begin, end, anchor text) of every kg:Mention in a graph, for checking offsets."""
    from kg.rdf.vocab import KG, NIF

    source = {article: str(sid) for article, sid in graph.subject_objects(KG.sourceId)}
    found = []
    for mention, article in graph.subject_objects(KG.inArticle):
        begin, end = graph.value(mention, NIF.beginIndex), graph.value(mention, NIF.endIndex)
        found.append((source[article], int(begin), int(end), str(graph.value(mention, NIF.anchorOf))))
    return found
