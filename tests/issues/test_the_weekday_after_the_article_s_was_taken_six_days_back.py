""""Early Sunday" in an article dated Saturday was taken as the Sunday six days before. An
article's date may be the day before its own (a time zone, a story filed late at night and
updated after midnight), so the weekday after the article's has two readings, six days back or
the next day: it dates nothing unless "last" or "next" says which. Other weekdays keep the most
recent such day."""

from datetime import date

import pytest

from event_dates import event_dates
from kg.extract.dates import normalise

SATURDAY = date(2016, 10, 1)


def test_the_weekday_after_the_article_s_has_no_value():
    assert normalise("early Sunday", SATURDAY) == (None, "day")


@pytest.mark.parametrize("expression, value", [
    ("last Sunday", date(2016, 9, 25)),
    ("next Sunday", date(2016, 10, 2)),
    ("Saturday", date(2016, 10, 1)),
    ("Monday", date(2016, 9, 26)),
])
def test_a_weekday_that_says_which_or_lies_nearer_keeps_its_day(expression, value):
    assert normalise(expression, SATURDAY) == (value, "day")


def test_a_shooting_early_on_the_weekday_after_the_article_s_is_undated(nlp):
    text = "A teenager was killed in a drive-by shooting early Sunday on the east side of the city."
    dates = event_dates(nlp, text, SATURDAY)
    assert dates["shooting"] is None and dates["killed"] is None
