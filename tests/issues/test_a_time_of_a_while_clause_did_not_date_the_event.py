""""A 2-year-old girl was shot while sleeping in her home early Tuesday morning" and "suffered
a gunshot wound while hunting Saturday" left the shooting undated: the time hangs on the
"while" clause, which is at the time of the clause it belongs to, and a wound someone
suffered is at the time of the suffering ("suffered a gunshot wound Saturday"), as a shooting
named in a compound is at the time of its head ("a Friday night shooting spree")."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


@pytest.mark.parametrize("text, event, day", [
    ("A 2-year-old girl was shot while sleeping in her home early Sunday morning.", "shot", date(2017, 1, 15)),
    ("A boy suffered a self-inflicted gunshot wound while hunting Saturday.", "wound", date(2017, 1, 14)),
    ("A boy suffered a self-inflicted gunshot wound while hunting Saturday.", "gunshot", date(2017, 1, 14)),
    ("Neighbors described a Friday night shooting spree in the town.", "shooting", date(2017, 1, 13)),
])
def test_the_event_takes_the_time_of_its_while_clause(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day


@pytest.mark.parametrize("text, event", [
    ("The man was shot in March, while police said Saturday that nobody was arrested.", "shot"),
    ("The murder trial began Monday.", "murder"),
])
def test_a_report_or_a_later_stage_does_not_lend_its_time(nlp, text, event):
    assert event_dates(nlp, text, MONDAY)[event] is None
