"""'The new phone is scheduled for release in June.' made no event once the noun "release" had to
say what is released (senses17: "a press release" is a document): the thing released is the
subject of the predicate the noun completes ("scheduled for release", "ready for release"), not
in the noun's own phrase. That subject now licenses the noun's sense, and stays out of the
trigger's words."""

import pytest

from kg.extract import Extractor
from kg.model import Article


def events_of(nlp, text):
    return [(e.trigger.text, e.type, e.factuality) for e in Extractor()(Article("a.txt", text), nlp(text)).events]


@pytest.mark.parametrize("text, expected", [
    ("The new phone is scheduled for release in June.", ("release", "Launch", "future")),
    ("The two prisoners are scheduled for release next week.", ("release", "Release", "future")),
])
def test_what_is_scheduled_for_release_says_which_release(nlp, text, expected):
    assert expected in events_of(nlp, text)


def test_a_report_scheduled_for_release_is_no_event(nlp):
    assert not [e for e in events_of(nlp, "The annual report is scheduled for release in June.") if e[0] == "release"]
