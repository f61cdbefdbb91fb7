"""Adding an article renamed events: a node is named after its earliest report (by date, then
source id), so an older report, or one of the same day with a smaller source id, added later
took the name over (leaving out then adding back one example article renamed 11 events).
Now a build given an earlier graph (``--previous``, or the ``--store`` it replaces) keeps the
IRIs its events and stories had there (``kg.resolve.identity.carry``)."""

import shutil

from typer.testing import CliRunner

from kg.cli import app
from kg.pipeline.build import build
from kg.rdf.graphio import write_graph
from kg.rdf.store import open_store
from kg.rdf.vocab import KG
from kg.resolve.identity import carry

from conftest import EXAMPLE_DIR

# The example's articles are all of one day, so this one, first by source id, names events.
OLDER = "001_c9d2f493289929e8.txt"


def without_older(tmp_path):
    folder = tmp_path / "fewer"
    shutil.copytree(EXAMPLE_DIR, folder)
    (folder / OLDER).unlink()
    return folder


def test_an_older_report_added_later_renames_no_event_or_story(tmp_path):
    before = build([without_older(tmp_path)])
    earlier = tmp_path / "before.nt"
    write_graph(before.graph, earlier)
    after = build([EXAMPLE_DIR], previous=earlier).resolved
    assert {e.key for e in before.resolved.events} <= {e.key for e in after.events}
    assert {s.key for s in before.resolved.stories} <= {s.key for s in after.stories}
    assert any(OLDER in [e.source_id for e in event.evidence] for event in after.events)


def test_a_store_rebuilt_with_an_older_report_keeps_its_event_iris(tmp_path):
    store = tmp_path / "store"

    def event_iris():
        rows = open_store(store).query(
            f"SELECT DISTINCT ?e WHERE {{ ?e <{KG.evidence}> ?m FILTER(CONTAINS(STR(?e), '/event/')) }}")
        return {row[0].value for row in rows}

    runner = CliRunner()
    assert runner.invoke(app, ["build", str(without_older(tmp_path)), "--store", str(store), "-q"]).exit_code == 0
    before = event_iris()
    assert runner.invoke(app, ["build", str(EXAMPLE_DIR), "--store", str(store), "-q"]).exit_code == 0
    assert before and before <= event_iris()


def test_a_node_takes_the_earlier_key_most_of_its_members_had():
    earlier = {"m1": "event/a", "m2": "event/a", "m3": "event/b"}
    assert carry([("event/fresh1", ["m0", "m1", "m2", "m3"])], earlier) == ["event/a"]


def test_a_split_node_keeps_its_key_in_its_larger_part_and_the_other_part_gets_its_own():
    earlier = {"m1": "event/a", "m2": "event/a", "m3": "event/a"}
    assert carry([("event/x", ["m1"]), ("event/y", ["m2", "m3"])], earlier) == ["event/x", "event/a"]


def test_a_fresh_key_that_another_node_carries_gets_a_variant():
    earlier = {"m2": "event/x"}
    assert carry([("event/x", ["m1"]), ("event/y", ["m2"])], earlier) == ["event/x-2", "event/x"]


def test_without_an_earlier_build_every_node_keeps_its_fresh_key():
    assert carry([("event/x", ["m1"]), ("event/y", ["m2"])], {}) == ["event/x", "event/y"]
