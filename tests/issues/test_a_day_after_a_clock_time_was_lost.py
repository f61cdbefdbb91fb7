""""The man was shot around 10 p.m. Saturday" gave the shooting no date: spaCy tags "around 10
p.m. Saturday" as one TIME, which names no day as a whole, and the weekday inside it was not
read; "shortly after 2:30 a.m. Thursday" was taken for the boundary of a stretch ("after"),
and "Monday night's shooting" hung the weekday on "night", not on the shooting. A day named
with a clock time or a part of the day is the day of what the clause tells."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


@pytest.mark.parametrize("text, event, day", [
    ("The man was shot around 10 p.m. Saturday in the parking lot.", "shot", date(2017, 1, 14)),
    ("A woman was wounded shortly after 2:30 a.m. Sunday outside a bar.", "wounded", date(2017, 1, 15)),
    ("Police said Monday night's fatal shooting was an act of revenge.", "shooting", MONDAY),
    ("What police described as an accidental shooting Monday afternoon sent a woman to a hospital.",
     "shooting", MONDAY),
])
def test_a_day_with_a_clock_time_dates_the_event(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day


def test_a_clock_time_still_bounds_a_stretch_after_from_or_until(nlp):
    text = "Gunfire wounded five people from 10 p.m. Friday until 2 a.m. Sunday."
    assert event_dates(nlp, text, MONDAY)["wounded"] is None


@pytest.mark.parametrize("text, event, day", [
    ("The shooting happened at 10:45 Thursday night in the 1300 block.", "shooting", date(2017, 1, 12)),
    ("The shooting happened around six Sunday morning near the park.", "shooting", date(2017, 1, 15)),
])
def test_a_day_after_an_hour_without_a_m_or_p_m_dates_the_event(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day
