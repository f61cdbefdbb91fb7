""""A string of shootings on Wednesday night and Thursday afternoon" was dated Wednesday: the
first of two coordinated days was taken as the day of what happened on both. An event has one
kg:date, so two days joined by "and" date it with neither; one day alone still does."""

from datetime import date

import pytest

from event_dates import event_dates

TUESDAY = date(2016, 3, 8)


@pytest.mark.parametrize("text, event", [
    ("Police were looking for a man in connection with a string of shootings on Wednesday night and "
     "Thursday afternoon in the town.", "shootings"),
    ("Rival groups clashed on Monday and Tuesday near the border.", "clashed"),
])
def test_two_days_date_nothing(nlp, text, event):
    assert event_dates(nlp, text, TUESDAY)[event] is None


def test_one_day_still_dates_the_event(nlp):
    assert event_dates(nlp, "Rival groups clashed on Monday near the border.", TUESDAY)["clashed"] == date(2016, 3, 7)
