"""The public API at the top of the package: ``kg.build``, ``kg.validate``, ``kg.query``, loaded on first use."""

from __future__ import annotations

import subprocess
import sys

import pytest

import kg


def test_the_api_names_the_functions_of_the_stages():
    from kg.pipeline.build import build
    from kg.sparql.query import query
    from kg.validation.validate import validate

    assert (kg.build, kg.validate, kg.query) == (build, validate, query)
    assert {"build", "validate", "query"} <= set(dir(kg))


def test_a_misspelt_name_raises():
    with pytest.raises(AttributeError, match="biuld"):
        kg.biuld  # noqa: B018


def test_importing_the_model_does_not_load_spacy_or_the_rdf_engines():
    probe = ("import sys, kg, kg.model, kg.errors; "
             "print(sorted(m for m in ('spacy', 'pyshacl', 'pyoxigraph', 'rdflib') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_the_readme_example_runs_through_the_api(example_graph_file):
    report = kg.validate([example_graph_file])
    answer = kg.query("SELECT (COUNT(*) AS ?n) WHERE { ?actor kg:mentionedIn ?article }", [example_graph_file])
    assert report.count("violation") == 0  # the example has warnings, never violations
    assert int(answer.rows[0][0]) > 0
