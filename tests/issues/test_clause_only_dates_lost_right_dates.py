"""Taking dates only from an event's own clause first lost dates the clause does give: a
shooting police responded to ("responded to a shooting at 10 a.m. Saturday"), one of several
("one of the shootings occurred … Sunday") and the cause of what happened ("was disrupted last
night by gunfire"). Attending to a happening, a part of it and what it caused are at its time."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 2, 6)


@pytest.mark.parametrize("text, event, day", [
    ("At 10 a.m. Saturday, county police responded to a shooting in a condominium.", "shooting", date(2017, 2, 4)),
    ("One of the fatal shootings occurred around 8:40 p.m. Sunday on the west side.", "shootings", date(2017, 2, 5)),
    ("The quiet neighborhood was disrupted last night by gunfire.", "gunfire", date(2017, 2, 5)),
])
def test_the_event_keeps_the_date_of_its_clause(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day
