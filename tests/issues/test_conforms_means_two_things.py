""""Conforms" meant two things: exit 0 and "keeps the contract" on the example, while `--format json`,
the Turtle report and `report.conforms` said false, because they counted warnings.

Now it means one thing everywhere: no result at or above `--fail-on`.
"""

import json

import pytest
from rdflib import Graph, Namespace
from typer.testing import CliRunner

from kg.cli import app
from kg.validation.validate import validate

SH = Namespace("http://www.w3.org/ns/shacl#")


def _views(graph_file, fail_on):
    run = lambda fmt: CliRunner().invoke(app, ["validate", str(graph_file), "--format", fmt, "--fail-on", fail_on])  # noqa: E731
    text, as_json, turtle, junit = run("text"), run("json"), run("turtle"), run("junit")
    report = Graph().parse(data=turtle.stdout, format="turtle")
    return {
        "exit code": text.exit_code == 0,
        "text": text.stdout.startswith("The graph conforms"),
        "json": json.loads(as_json.stdout)["conforms"],
        "turtle": report.value(next(report.subjects(SH.conforms, None)), SH.conforms).toPython(),
        "junit": 'failures="0"' in junit.stdout,
        "api": validate([graph_file], fail_on=fail_on).conforms,
        "every format's exit code": {r.exit_code for r in (text, as_json, turtle, junit)} == {text.exit_code},
    }


@pytest.mark.parametrize("fail_on, conforms", [("violation", True), ("warning", False), ("info", False)])
def test_every_view_gives_the_same_answer(example_graph_file, fail_on, conforms):
    assert validate([example_graph_file]).count("warning") > 0  # the example has warnings and no violation
    views = _views(example_graph_file, fail_on)
    assert views.pop("every format's exit code")
    assert views == dict.fromkeys(views, conforms)
