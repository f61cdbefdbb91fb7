"""A relative pronoun was taken for what a verb acts on: in "Dale Ferris founded Brightwell
Studios, which was acquired by Harwick Media Inc. in 2005" the acquisition's target was "which",
no one, so the acquired studio was missing (audits found acquisitions without what was acquired).
The object or passive subject of a relative clause that is "which", "that", "who" or "whom" is
now the noun the clause hangs on."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_events import events_of, only  # noqa: E402


def test_the_studio_which_was_acquired_is_the_target(nlp):
    doc, events, names = events_of(nlp, "Dale Ferris founded Brightwell Studios, which was acquired by "
                                        "Harwick Media Inc. in 2005.")
    acquisition = only(events, "MergeOrg")
    assert [names[k] for k in acquisition.targets] == ["Brightwell Studios"]
    assert [names[k] for k in acquisition.agents] == ["Harwick Media Inc."]


def test_the_man_who_was_killed_is_the_target(nlp):
    doc, events, names = events_of(nlp, "Police named Tom Reddle, who was killed in the blast on Friday.")
    killing = next(e for e in events if e.trigger.text == "killed")
    assert [names[k] for k in killing.targets] == ["Tom Reddle"]
