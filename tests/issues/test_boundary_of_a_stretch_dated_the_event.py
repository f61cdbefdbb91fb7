""""From Friday through Sunday, gunfire wounded 26 people" dated the gunfire Friday, and "were
shot between Tuesday afternoon and early Wednesday" dated it Wednesday: a time that opens or
closes a stretch (from, through, since, until, between, before, after, by) is no day of what
the clause tells."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2015, 8, 10)


@pytest.mark.parametrize("text, event", [
    ("From Friday through Sunday, gunfire wounded 26 people across the city.", "wounded"),
    ("At least 18 people were shot between Tuesday afternoon and early Wednesday.", "shot"),
    ("At least 11 others were wounded in shootings across the city since Friday evening.", "wounded"),
])
def test_a_boundary_dates_no_event(nlp, text, event):
    assert event_dates(nlp, text, MONDAY)[event] is None


def test_a_day_still_dates_its_event(nlp):
    assert event_dates(nlp, "Two people were wounded on Friday.", MONDAY)["wounded"] == date(2015, 8, 7)
