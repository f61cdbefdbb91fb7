""""… fell victim to gun violence Sunday when police say two men pulled up … and started
shooting" left the shooting undated: the parser makes the report ("police say") the verb of the
"when" clause and the shooting its content, so the shooting's clause stopped at a report. A
present-tense report in a "when", "while" or "as" clause only tells the clause; what it reports
is at the time of the clause the "when" belongs to."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


def test_the_reported_clause_of_a_when_clause_takes_its_time(nlp):
    text = "The boy was hurt Sunday when police say two men pulled up in a sedan and started shooting."
    assert event_dates(nlp, text, MONDAY)["shooting"] == date(2017, 1, 15)


@pytest.mark.parametrize("text", [
    "Police were at the scene Sunday when witnesses say a man started shooting last week.",
    "Police said Sunday that two men pulled up in a sedan and started shooting.",
])
def test_a_report_s_own_time_or_another_time_is_not_taken(nlp, text):
    assert event_dates(nlp, text, MONDAY)["shooting"] is None
