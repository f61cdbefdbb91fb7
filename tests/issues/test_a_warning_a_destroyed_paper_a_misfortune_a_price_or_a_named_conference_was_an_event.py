"""Common verbs read in a sense that names no event of their class (issue 15, seventh audit's
class "a word read in a sense that is no event of its class", written from invented sentences):
being warned with nothing threatened was a threat, destroying evidence an assault, "disaster
struck" a labour strike, charging customers more a criminal charge, a named trade conference a
consultation. ``not_senses`` conditions (what is destroyed, who strikes, a passive with no
threatened act, a payer charged with no offence, a proper name) pick the other sense; the event
senses stay events of their class."""

import pytest

from event_dates import event_types


def test_being_warned_with_no_threatened_act_is_no_threat(nlp):
    assert "warned" not in event_types(nlp, "Residents were warned by police on Monday.")


def test_destroying_evidence_is_no_assault(nlp):
    assert "destroying" not in event_types(nlp, "The clerk was accused of destroying evidence.")


def test_a_misfortune_striking_is_no_strike(nlp):
    assert "struck" not in event_types(nlp, "Disaster struck when the old bridge collapsed.")


def test_charging_customers_more_is_no_criminal_charge(nlp):
    assert "charging" not in event_types(nlp, "The bank was charging customers more for the same service.")


def test_a_named_conference_is_no_consultation(nlp):
    assert "Conference" not in event_types(nlp, "Hundreds of firms attended the Global Mobile Conference in Lisbon.")


@pytest.mark.parametrize("text, word, kind", [
    ("The group warned that it would retaliate against any attack.", "warned", "Threaten"),
    ("He was warned not to return to the city.", "warned", "Threaten"),
    ("The rebels destroyed three houses in the village.", "destroyed", "Assault"),
    ("Workers went on strike on Monday.", "strike", "Protest"),
    ("Thousands of nurses struck for better pay.", "struck", "Protest"),
    ("Lightning struck the house on Friday.", "struck", "Disaster"),
    ("The man was charged with murder.", "charged", "Charge"),
    ("Police charged the customer with theft.", "charged", "Charge"),
    ("The ministers met at a conference in Geneva.", "conference", "Consult"),
])
def test_the_event_sense_stays_an_event(nlp, text, word, kind):
    assert event_types(nlp, text).get(word) == kind
