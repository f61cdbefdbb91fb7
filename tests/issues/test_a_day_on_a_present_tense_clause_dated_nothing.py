""""Police are investigating a shooting at a club early Sunday morning" and "Police are
searching for a gunman after four people were shot inside an SUV late Wednesday" left the
shooting undated: the parser hangs the day on the present-tense main clause, which tells what
goes on now and takes place on no past day. The day is that of the happening the clause is
about, but not through a report ("police say Saturday") nor a later stage ("is charged")."""

from datetime import date

import pytest

from event_dates import event_dates

THURSDAY = date(2015, 6, 4)


@pytest.mark.parametrize("text, event, day", [
    ("Police are investigating a shooting at a club early Sunday morning.", "shooting", date(2015, 5, 31)),
    ("Police are searching for a gunman after four people were shot, three fatally, inside an SUV in "
     "Wyandanch late Wednesday.", "shot", date(2015, 6, 3)),
])
def test_the_day_dates_the_happening_below_the_present_clause(nlp, text, event, day):
    assert event_dates(nlp, text, THURSDAY)[event] == day


@pytest.mark.parametrize("text, event", [
    ("A teenager is charged Monday with murder in the shooting.", "shooting"),
    ("Police say Monday that they know who was behind the shooting.", "shooting"),
])
def test_a_report_or_a_later_stage_keeps_its_day(nlp, text, event):
    assert event_dates(nlp, text, THURSDAY)[event] is None


def test_the_article_s_whole_day_may_be_the_present_clause_s_own(nlp):
    """"An investigation is underway Thursday" in Thursday's article: the investigation's day."""
    text = "An investigation is underway Thursday into a gun battle between police and a gunman."
    assert event_dates(nlp, text, THURSDAY)["battle"] is None


def test_a_day_before_an_after_clause_stays_with_the_present_clause(nlp):
    """"is underway Monday ... after a 16-year-old was shot": the day comes before the "after"
    clause, with the investigation; the shooting came before it, on a day not given."""
    text = "A death investigation is underway Monday in Birch County after a 16-year-old was shot and killed."
    dates = event_dates(nlp, text, THURSDAY)
    assert dates["shot"] is None and dates["killed"] is None
