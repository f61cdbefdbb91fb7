""""A student was playing dice on October 22 when a fight broke out. Two men fired shots,
killing him" left the shots and the killing undated: only a sentence telling when the police
or medics came carried its day to the sentence after it. A past progressive broken into by a
"when" clause sets the scene of what happens next in the same way; a past progressive alone
("was playing dice on October 22.") does not, nor does a simple past ("played dice")."""

from datetime import date

import pytest

from event_dates import event_dates

AUGUST = date(2016, 8, 23)


def test_the_sentence_after_the_scene_keeps_its_day(nlp):
    text = ("Police said the student was playing dice on October 22, 2015 when a fight broke out near the "
            "office. At least two men fired shots, killing the student and injuring three others.")
    dates = event_dates(nlp, text, AUGUST)
    assert dates["fired shots"] == dates["killing"] == date(2015, 10, 22)


@pytest.mark.parametrize("text", [
    "Police said the student was playing dice on October 22, 2015 near the office. At least two men fired "
    "shots, killing the student.",
    "Police said the student played dice on October 22, 2015 near the office. At least two men fired shots, "
    "killing the student.",
])
def test_no_day_from_a_scene_nothing_broke_into(nlp, text):
    assert event_dates(nlp, text, AUGUST)["killing"] is None
