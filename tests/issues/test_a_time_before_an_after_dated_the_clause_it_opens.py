""""… was pronounced dead at 5:24 p.m. Saturday, less than 24 hours after police … were called
… for a shooting" gave the shooting Saturday: the parser hangs the day on the clause that
"after" opens, but a clause starts with its mark, so a time before the mark is not that
clause's."""

from datetime import date

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


def test_a_time_before_the_mark_does_not_date_the_clause_after_it(nlp):
    text = ("Jordan Miller was pronounced dead at 4:10 p.m. Saturday, less than 24 hours after police, fire and "
            "emergency responders were called to 200 Elm Ave. SE for a shooting.")
    assert event_dates(nlp, text, MONDAY)["shooting"] is None


def test_a_time_after_the_mark_still_dates_its_clause(nlp):
    text = "The boy died Sunday, a day after he was shot in the chest early Saturday."
    assert event_dates(nlp, text, MONDAY)["shot"] == date(2017, 1, 14)
