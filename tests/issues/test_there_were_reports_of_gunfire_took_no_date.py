""""Around 5 p.m. Friday, there were reports of gunfire" and "police are investigating a
shooting involving a child Friday night" left the gunfire and the shooting undated: the day
hangs on the existential "be" of the sentence, whose subject the happening is, and on the
participle that describes the happening."""

from datetime import date

import pytest

from event_dates import event_dates

SATURDAY = date(2017, 3, 4)


@pytest.mark.parametrize("text, event", [
    ("Around 5 p.m. Friday, there were reports of gunfire at the recreation center.", "gunfire"),
    ("Detectives looked into a shooting involving a child Friday night.", "shooting"),
])
def test_the_happening_takes_the_day(nlp, text, event):
    assert event_dates(nlp, text, SATURDAY)[event] == date(2017, 3, 3)


def test_a_report_that_names_another_time_dates_nothing(nlp):
    text = "There were reports Friday that he was shot in March."
    assert event_dates(nlp, text, SATURDAY)["shot"] is None


def test_as_of_a_day_is_no_day_of_the_happenings(nlp):
    text = "As of Monday, there had been 299 killings in the city this year."
    assert event_dates(nlp, text, SATURDAY)["killings"] is None
