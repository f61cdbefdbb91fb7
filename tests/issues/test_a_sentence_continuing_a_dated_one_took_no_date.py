""""Police responded to a home around 2:40 p.m. Saturday. A 14-year-old was found with a
gunshot wound" left the wound undated: a sentence that names no time and goes on telling the
story in the past tense is at the day of the sentence before. Not the day of a report, a
judgement or a later stage ("Police identified the victim Monday. He was shot"), not across a
sentence that names a time of its own, and not for a clause in the present tense."""

from datetime import date

import pytest

from event_dates import event_dates

TUESDAY = date(2016, 3, 8)


def test_the_next_sentence_keeps_the_day(nlp):
    text = ("Officers responded to a home on Alder Crest Drive around 2:40 p.m. Saturday.\n\n"
            "A teenager was found with a gunshot wound to the head.")
    assert event_dates(nlp, text, TUESDAY)["wound"] == date(2016, 3, 5)


@pytest.mark.parametrize("text, event", [
    ("Police identified the victim Monday. He was shot in the chest.", "shot"),
    ("A man was arrested Monday. He shot his neighbor in the chest.", "shot"),
    ("Police said Monday that the case is closed. The man was shot in the chest.", "shot"),
    ("Officers responded to a home Saturday. Neighbors say the man is often shot at.", "shot"),
])
def test_no_day_of_a_report_a_later_stage_or_for_a_present_clause(nlp, text, event):
    assert event_dates(nlp, text, TUESDAY)[event] is None


@pytest.mark.parametrize("text, event", [
    ("Officers responded to a home on Alder Crest Drive around 2:40 p.m. Saturday.\n\n"
     "A teenager was found with a gunshot wound and was taken to a hospital, where he later died.", "died"),
    ("Officers responded to a home on Alder Crest Drive around 2:40 p.m. Saturday.\n\n"
     "A teenager was found in the yard and died from his injuries.", "injuries"),
])
def test_no_day_for_what_came_later_or_was_the_cause_of_a_death(nlp, text, event):
    """"where he later died": a death told as later than the moment the officers came is not at
    its day (it may be days after); "died from his injuries": the injuries came first."""
    dates = event_dates(nlp, text, TUESDAY)
    assert dates[event] is None
