""""The boy was showing the girls a shotgun he got for Christmas when the gun went off and killed
his sister" dated the killing Christmas Day (the parser hangs the "when" clause on "got", which
took the day): a time after "for" is the day something is meant for ("got for Christmas", "a
hearing scheduled for Monday"), not the day its clause tells, as a time after "since" or "until"
is the boundary of a stretch. The day the time itself names still normalises."""

from datetime import date

from event_dates import event_dates
from kg.extract.dates import normalise

WEDNESDAY = date(2017, 1, 4)


def test_a_day_after_for_dates_no_event(nlp):
    text = ("The boy was showing the two girls a shotgun he got for Christmas when the gun went off and killed "
            "his sister, deputies said.")
    assert event_dates(nlp, text, WEDNESDAY)["killed"] is None


def test_a_day_after_on_still_dates_it(nlp):
    text = "The gun went off on Christmas and killed his sister, deputies said."
    assert event_dates(nlp, text, WEDNESDAY)["killed"] == date(2016, 12, 25)
    assert normalise("Christmas", WEDNESDAY) == (date(2016, 12, 25), "day")
