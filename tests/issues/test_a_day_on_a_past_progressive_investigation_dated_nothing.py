""""Police on Tuesday evening were investigating the shooting of a girl" and "Detectives were
investigating an apparent accidental shooting Wednesday at a shooting range" left the shooting
undated: the parser hangs the day on the investigation, in the past progressive, which tells
what went on then as the present progressive tells what goes on now ("are investigating a
shooting early Sunday", already dated). A moment of a day, or a day standing right after the
happening's noun ("a shooting Wednesday"), is the happening's; a whole day elsewhere in the
clause on the article's own day may be the investigation's alone."""

from datetime import date

import pytest

from event_dates import event_dates

WEDNESDAY = date(2015, 6, 3)


@pytest.mark.parametrize("text, day", [
    ("City police on Tuesday evening were investigating the shooting, apparently accidental, of a girl.",
     date(2015, 6, 2)),
    ("Detectives were investigating an apparent accidental shooting Wednesday at a shooting range.", WEDNESDAY),
])
def test_the_day_of_a_past_progressive_investigation_dates_the_shooting(nlp, text, day):
    assert event_dates(nlp, text, WEDNESDAY)["shooting"] == day


def test_a_whole_day_before_the_happening_stays_with_the_investigation(nlp):
    """"were investigating Wednesday" in Wednesday's article, the day before the shooting's noun:
    the shooting may have come days before."""
    text = "Detectives were investigating Wednesday the shooting of a man in the park."
    assert event_dates(nlp, text, WEDNESDAY)["shooting"] is None
