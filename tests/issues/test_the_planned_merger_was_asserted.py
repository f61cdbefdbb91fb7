"""An event noun that its own words put ahead was asserted: "the planned merger", "a potential
strike", "scheduled for release next summer" (a hand audit found a product release "scheduled
for release next summer" told as a release that happened). The modifier, or a future head whose
purpose or description the noun is, now makes it future or possible (NewsReader's FUTURE and
POSSIBLE), unless its verb says it came about ("the planned merger was completed")."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from test_events import events_of  # noqa: E402


def factuality(nlp, text, trigger):
    _, events, _ = events_of(nlp, text)
    return next(e for e in events if e.trigger.text == trigger).factuality


def test_the_planned_merger_is_future(nlp):
    assert factuality(nlp, "The planned merger of Harwick Media Inc. and Brightwell Studios was announced on Monday.",
                      "merger") == "future"


def test_a_potential_strike_is_possible(nlp):
    assert factuality(nlp, "Union leaders warned of a potential strike at the Tarrow plant on Monday.",
                      "strike") == "possible"


def test_scheduled_for_release_is_future(nlp):
    assert factuality(nlp, "The new phone is scheduled for release in June.", "release") == "future"


def test_the_planned_merger_that_was_completed_happened(nlp):
    assert factuality(nlp, "The planned merger of Harwick Media Inc. and Brightwell Studios was completed on Monday.",
                      "merger") == "asserted"
