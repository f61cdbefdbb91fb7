""""A teen was accidentally shot in the chest Saturday, the sheriff's office announced in a
press release Monday" left the shooting undated: the parser hangs "Saturday" on the report
that follows, though it stands before the report's subject, at the end of the shooting's
clause. A time after the report's subject ("…, police said Saturday") stays the report's."""

from datetime import date

from event_dates import event_dates

MONDAY = date(2015, 9, 14)


def test_the_time_before_the_report_dates_the_event(nlp):
    text = ("A Harlow County teen was accidentally shot in the chest Saturday, the Harlow County Sheriff's "
            "office announced in a press release Monday.")
    assert event_dates(nlp, text, MONDAY)["shot"] == date(2015, 9, 12)


def test_the_time_after_the_report_s_subject_is_the_report_s(nlp):
    assert event_dates(nlp, "A man was shot in the leg, police said Saturday.", MONDAY)["shot"] is None
