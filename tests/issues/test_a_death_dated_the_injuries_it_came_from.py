""""She died from her injuries Sunday afternoon" and "succumbed to his wounds Tuesday" dated
the injuries with the death: the injuries of a victim who died days after a shooting took the
day of the death. A cause named with "from", "of" or "to" came before the death; the death
keeps its day."""

from datetime import date

import pytest

from event_dates import event_dates

SATURDAY = date(2016, 10, 1)


@pytest.mark.parametrize("text, cause, death", [
    ("A two-year-old girl was taken to the hospital but she died from her injuries Friday afternoon.",
     "injuries", "died"),
    ("He succumbed to his wounds Tuesday.", "wounds", "succumbed"),
    ("He died of gunshot wounds Tuesday.", "gunshot", "died"),
])
def test_the_cause_takes_no_day_from_the_death(nlp, text, cause, death):
    dates = event_dates(nlp, text, SATURDAY)
    assert dates[cause] is None and dates[death] is not None


def test_an_attack_someone_was_killed_in_keeps_the_day(nlp):
    dates = event_dates(nlp, "Three people were killed in an attack on Tuesday.", SATURDAY)
    assert dates["attack"] == date(2016, 9, 27)
