""""Both men fired shots", "was hit by a stray bullet", "the gun discharged", "discharged a
pistol", "firing a pistol" and "was found deceased" made no event, so the day the sentence gives them dated
nothing violent: a shot fired, a person hit by a projectile (as "struck by"), a gun going off
and a person found deceased are a shooting, an attack and a death. Not "discharged from the
hospital", nor "fired his chief of staff"."""

from datetime import date

import pytest

from event_dates import event_dates, event_types


@pytest.mark.parametrize("text, trigger, kind", [
    ("Police say both men fired shots during an argument on Sunday.", "fired shots", "Shooting"),
    ("A man driving along a county road was hit by a stray bullet on Wednesday.", "hit", "Attack"),
    ("The gun discharged accidentally shortly after 3 p.m. Thursday.", "discharged", "Shooting"),
    ("A boy accidentally discharged a small caliber pistol and injured a woman.",
     "discharged a small caliber pistol", "Shooting"),
    ("Tomas Brell was found deceased in a home Thursday.", "found deceased", "Die"),
    ("A teen is in trouble after allegedly firing a small caliber pistol this morning.", "firing a small caliber pistol",
     "Shooting"),
])
def test_the_words_name_a_violent_event(nlp, text, trigger, kind):
    assert event_types(nlp, text)[trigger] == kind


def test_a_fired_aide_is_no_shooting(nlp):
    assert event_types(nlp, "The governor fired his chief of staff on Monday.")["fired"] == "Dismiss"


def test_a_patient_discharged_from_hospital_is_no_shooting(nlp):
    assert "discharged" not in event_types(nlp, "The patient was discharged from the hospital Monday.")


def test_the_shots_take_the_day(nlp):
    text = "Police say both men fired shots during an argument on Sunday."
    assert event_dates(nlp, text, date(2016, 10, 3))["fired shots"] == date(2016, 10, 2)
