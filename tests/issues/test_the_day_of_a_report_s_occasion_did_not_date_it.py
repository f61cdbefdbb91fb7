""""In a July 16 press conference, the chief said that …" left the statement undated: the day stands
before the noun of the occasion the act took place at ("in a … press conference", "at a Thursday
news conference", "killed in a Saturday shooting"), and the occasion's day is the act's. A later
stage takes none ("charged in the May 3 killing": the charge came after it)."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


@pytest.mark.parametrize("text, event, day", [
    ("In a January 12 press conference, the mayor said that the road would reopen.", "said", date(2017, 1, 12)),
    ("At a Thursday news conference, the governor said the budget was balanced.", "said", date(2017, 1, 12)),
])
def test_an_act_takes_the_day_of_its_occasion(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day


@pytest.mark.parametrize("text, event", [
    ("The man was arrested in the May 3 killing.", "arrested"),
    ("He was charged in the May 3 killing.", "charged"),
])
def test_a_later_stage_takes_no_day_from_the_happening_it_names(nlp, text, event):
    assert event_dates(nlp, text, MONDAY)[event] is None
