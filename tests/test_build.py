"""kg.build: worker processes give the same graph as one process; parse counts; stages."""

from __future__ import annotations

import shutil

import pytest

from kg.pipeline.build import build
from kg.errors import ModelError
from kg.rdf.graphio import serialize

from conftest import EXAMPLE_DIR


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(EXAMPLE_DIR.glob("*.txt"))[:4]:
        shutil.copy(path, folder)
    return folder


def test_jobs_give_the_same_graph_as_one_process(corpus):
    parsed = []
    one = build([corpus], batch_size=1, on_parsed=lambda a: parsed.append(a.source_id))
    two = build([corpus], batch_size=1, jobs=2)  # one article per chunk, four chunks for two workers
    assert serialize(one.graph, "nt") == serialize(two.graph, "nt")
    assert len(parsed) == one.parsed == two.parsed == 4
    assert one.cached == 0
    assert len(one.graph) > 0


def test_summary_counts_parsed_and_cached(corpus):
    result = build([corpus], batch_size=4)
    assert result.summary["parsed"] == 4 and result.summary["cached"] == 0


def test_stages_say_where_the_time_went(corpus):
    result = build([corpus], batch_size=4)
    assert list(result.stages) == ["read", "extract", "resolve", "map"]


def test_a_missing_pipeline_is_an_error_with_workers_too(corpus):
    with pytest.raises(ModelError, match="no_such_pipeline"):
        build([corpus], model="no_such_pipeline", jobs=2)
