""""A shooting that happened just after 2:30 a.m. Thursday" and "a shooting that left one
person in critical condition Saturday morning" gave the shooting no date: the time hangs on
the verb of the relative clause, whose subject is the shooting. What the happening did, it
did then; not so what someone did to it ("a shooting that police investigated Monday")."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


@pytest.mark.parametrize("text, event, day", [
    ("One man was injured in a shooting that happened just after 2:30 a.m. Thursday.", "shooting",
     date(2017, 1, 12)),
    ("One man was injured in a shooting that happened just after 2:30 a.m. Thursday.", "injured",
     date(2017, 1, 12)),
    ("Neighbors heard a shooting which left one person in critical condition Saturday morning.", "shooting",
     date(2017, 1, 14)),
])
def test_the_relative_clause_dates_its_happening(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day


def test_what_someone_did_to_the_happening_does_not_date_it(nlp):
    text = "Reporters asked about the shooting that detectives investigated Saturday."
    assert event_dates(nlp, text, MONDAY)["shooting"] is None
