""""This happened around 4:30 p.m. on Thanksgiving Day" left the shooting undated: only holidays
on a fixed day of the year ("Christmas Day") were read, not those on the nth weekday of a month
(Thanksgiving, the fourth Thursday of November; Memorial Day, the last Monday of May; Labor Day,
the first Monday of September, as the United States keeps them): calendar facts, the last one on
or before the article's day, the next one in a future-tense clause."""

from datetime import date

import pytest

from event_dates import event_dates
from kg.extract.dates import normalise

FRIDAY = date(2016, 11, 25)


@pytest.mark.parametrize("expression, value", [
    ("Thanksgiving Day", date(2016, 11, 24)),
    ("on Thanksgiving", date(2016, 11, 24)),
    ("Memorial Day", date(2016, 5, 30)),
    ("Labor Day", date(2016, 9, 5)),
])
def test_a_holiday_on_a_weekday_of_its_month_is_its_last_day(expression, value):
    assert normalise(expression, FRIDAY) == (value, "day")


def test_a_holiday_not_yet_come_is_last_year_s_or_in_the_future_this_year_s():
    assert normalise("Thanksgiving", date(2016, 11, 1)) == (date(2015, 11, 26), "day")
    assert normalise("Thanksgiving", date(2016, 11, 1), future=True) == (date(2016, 11, 24), "day")


def test_it_happened_on_thanksgiving_day_dates_the_shooting(nlp):
    text = ("A boy is in critical condition after he was shot by his cousin. This happened around 4:30 p.m. "
            "on Thanksgiving Day inside a home.")
    assert event_dates(nlp, text, FRIDAY)["shot"] == date(2016, 11, 24)
