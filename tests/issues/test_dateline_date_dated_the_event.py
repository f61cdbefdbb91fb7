"""The dateline "SPRINGFIELD (July 3, 2015) –" (a wire dateline) gave the death in its sentence the filing day;
the shooting was the night before. A dateline dates the story, not what it tells."""

from datetime import date

from event_dates import event_dates


def test_a_dateline_date_dates_no_event(nlp):
    text = "SPRINGFIELD (July 3, 2015) – One man has died after officers responded to reports of people shot."
    dates = event_dates(nlp, text, date(2015, 7, 3))
    assert dates["died"] is None
