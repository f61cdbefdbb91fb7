"""A date written in digits ("shot 10/16/16" in a photo caption) was no time expression at all:
spaCy tags it as a number, and the grammar knew only dates in words. It is read when only one
order of month and day makes a date; "3/4/16" (March 4 or 3 April) is left out, not guessed."""

from datetime import date

import pytest

from event_dates import event_dates
from kg.extract.dates import normalise

FRIDAY = date(2016, 3, 4)


@pytest.mark.parametrize("expression, value", [
    ("2/27/16", date(2016, 2, 27)),
    ("27/2/2016", date(2016, 2, 27)),
    ("on 12/31/99", date(1999, 12, 31)),
    ("5/5/16", date(2016, 5, 5)),
])
def test_a_date_in_digits_whose_order_is_plain(expression, value):
    assert normalise(expression, None) == (value, "day")


@pytest.mark.parametrize("expression", ["3/4/16", "2/30/16", "13/13/16"])
def test_an_ambiguous_or_impossible_date_in_digits_is_left_out(expression):
    assert normalise(expression, FRIDAY)[0] is None


def test_a_caption_s_date_in_digits_dates_the_shooting(nlp):
    text = ("A man left a loaded gun on a chair, resulting in a four-year-old accidentally being shot "
            "2/27/16 (photo: county police)")
    assert event_dates(nlp, text, FRIDAY)["shot"] == date(2016, 2, 27)
