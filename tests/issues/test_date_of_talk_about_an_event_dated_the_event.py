"""The day someone posted, spoke or learned about a shooting dated the shooting ("posted about
the shooting on its Facebook page Friday"): a time dates the clause it stands in, and an event
named in what a clause is about is no part of that clause's happening."""

from datetime import date

import pytest

from event_dates import event_dates


@pytest.mark.parametrize("text, event", [
    ("The school district also posted about the shooting on its Facebook page Friday.", "shooting"),
    ("His children spoke to a reporter Wednesday about the murders.", "murders"),
    ("News 12 received new information Friday afternoon about a homicide.", "homicide"),
])
def test_an_event_talked_about_takes_no_date(nlp, text, event):
    assert event_dates(nlp, text, date(2016, 1, 23))[event] is None


def test_an_event_after_which_something_else_happened_takes_not_its_date(nlp):
    """"arraigned Thursday after his son shot himself": Thursday is the arraignment."""
    dates = event_dates(nlp, "A father was arraigned Thursday after his son shot himself.", date(2014, 10, 30))
    assert dates["shot"] is None
