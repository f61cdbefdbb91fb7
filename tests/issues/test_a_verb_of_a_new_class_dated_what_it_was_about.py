"""Adding "receive" as a trigger (a prize received, a treatment received) made every "received"
an event word, so a homicide that information was received about took the day the information
came: a word is an event word only in the sense its trigger rules allow in the sentence."""

from datetime import date

from event_dates import event_dates


def test_information_received_about_a_homicide_does_not_date_it(nlp):
    dates = event_dates(nlp, "News 12 received new information Friday afternoon about a homicide.", date(2016, 1, 23))
    assert dates["homicide"] is None


def test_a_trigger_verb_in_its_sense_still_dates_the_event_in_its_phrase(nlp):
    dates = event_dates(nlp, "Police responded Friday to a shooting on Main Street.", date(2016, 1, 23))
    assert dates["shooting"] == date(2016, 1, 22)
