"""A crime named in a charge, an arrest or a booking took the day of the charge: "was arrested
on Thursday and charged with murder" dated a murder Thursday. The day of a later step (arrest,
charge, trial, investigation) is never the day of the event it is about."""

from datetime import date

import pytest

from event_dates import event_dates

THURSDAY = date(2017, 3, 30)


@pytest.mark.parametrize("text, crime", [
    ("One of the suspects was arrested on Thursday and charged with murder.", "murder"),
    ("He was booked into the county jail Tuesday on a murder charge.", "murder"),
    ("Two officers were indicted Thursday on second-degree murder for the killing of a boy.", "killing"),
    ("A man was arrested Monday in connection with a quadruple shooting.", "shooting"),
    ("Two men will be arraigned Monday on aggravated assault charges.", "assault"),
    # the counts are the charge's, and so is the time that hangs on them
    ("A teenager was charged with two counts of murder last Thursday for the deaths of two neighbors.", "murder"),
    ("A teenager was charged as an adult with two counts of murder last Thursday.", "murder"),
    # a plea in court is a later stage too (it was a request, "pleaded for help")
    ("Tom Vell pleaded guilty Thursday to voluntary manslaughter in the shooting of a neighbor.", "manslaughter"),
    ("Tom Vell pleaded guilty Thursday to voluntary manslaughter in the shooting of a neighbor.", "shooting"),
])
def test_the_crime_takes_no_date_from_the_charge(nlp, text, crime):
    assert event_dates(nlp, text, THURSDAY)[crime] is None


def test_the_arrest_keeps_its_own_date(nlp):
    assert event_dates(nlp, "One of the suspects was arrested on Thursday and charged with murder.",
                       THURSDAY)["arrested"] == THURSDAY


def test_an_event_in_a_phrase_on_the_event_verb_still_takes_its_date(nlp):
    """The other side: "killed in a shooting Saturday" is one happening, dated Saturday."""
    dates = event_dates(nlp, "A teenage boy was killed in a drive-by shooting Saturday night.", date(2014, 6, 1))
    assert dates["shooting"] == date(2014, 5, 31)
