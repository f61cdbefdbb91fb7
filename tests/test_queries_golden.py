"""Each competency query's answer on the bundled example, against a golden file reviewed by hand.

Golden files live in tests/golden/queries/<query>.csv. After a deliberate change,
regenerate them with `pytest tests/test_queries_golden.py --update-golden` and
review the diff (git diff tests/golden) before committing: a golden file is a
claim that a person checked those answers against the articles.
Answers are compared as sets of rows, so row order does not matter.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from kg.rdf.graphio import load_store
from kg.sparql.query import run, shipped_queries, to_csv

GOLDEN = Path(__file__).parent / "golden" / "queries"


@pytest.fixture(scope="module")
def store(example_graph_file):
    return load_store([example_graph_file])


def rows(text: str) -> tuple[list[str], set[tuple[str, ...]]]:
    header, *body = list(csv.reader(io.StringIO(text)))
    return header, {tuple(row) for row in body}


@pytest.mark.parametrize("query", shipped_queries(), ids=lambda q: q.name)
def test_the_answer_on_the_example_matches_the_reviewed_golden_file(query, store, request):
    answer = to_csv(run(query.text, store))
    golden = GOLDEN / f"{query.name}.csv"
    if request.config.getoption("--update-golden"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(answer, encoding="utf-8")
        pytest.skip(f"rewrote {golden.name}: review it")
    assert golden.is_file(), f"no golden file for {query.name}: run with --update-golden and review it"
    expected_header, expected = rows(golden.read_text(encoding="utf-8"))
    header, found = rows(answer)
    assert header == expected_header
    assert found == expected, {"missing": sorted(expected - found), "unexpected": sorted(found - expected)}


@pytest.mark.parametrize("query", shipped_queries(), ids=lambda q: q.name)
def test_the_text_sent_to_endpoints_gives_the_same_answer(query, store):
    """What an endpoint or kg serve's page runs (parameters as a VALUES block) answers as kg query does."""
    from kg.sparql.query import with_values

    sent = with_values(query.text, None)
    sent = "\n".join(line for line in sent.splitlines() if not line.startswith("# param"))  # no substitution here
    assert rows(to_csv(run(sent, store))) == rows(to_csv(run(query.text, store)))
