"""A predicate noun whose subject is a happening word was never a trigger (issue 15, item 1):
"the incident on Thursday was a shooting" gave no shooting, since a predicate noun describes its
subject ("the protests are the biggest threat"). When the subject is a word of
``happening_subjects`` the predicate noun names the happening's kind: it is the event, and the
subject's day and place are its own. Invented sentences."""

from datetime import date

from event_dates import _events, event_dates, event_types


def test_the_kind_an_incident_is_told_to_be_is_its_event(nlp):
    assert event_types(nlp, "The incident on Thursday was a shooting, police said.").get("shooting") == "Shooting"
    assert event_types(nlp, "The death was a homicide, the coroner said.").get("homicide") == "Kill"


def test_the_incident_s_day_and_place_are_the_event_s(nlp):
    published = date(2020, 3, 10)
    assert event_dates(nlp, "The incident on Thursday was a shooting, police said.", published)["shooting"] == \
        date(2020, 3, 5)
    shooting, = (e for e in _events(nlp, "The incident in Dorrin is believed to be a shooting.", published)
                 if e.trigger.text == "shooting")
    assert shooting.places


def test_a_predicate_noun_of_another_subject_still_describes_it(nlp):
    assert "threat" not in event_types(nlp, "The protests are the biggest threat to the government.")


def test_whom_the_happening_befell_is_the_event_s_target(nlp):
    homicide, = (e for e in _events(nlp, "The death of John Hale was a homicide.", None)
                 if e.trigger.text == "homicide")
    assert homicide.targets


def test_what_it_was_is_the_event(nlp):
    assert event_types(nlp, "Police said it was an accidental shooting.").get("shooting") == "Shooting"
