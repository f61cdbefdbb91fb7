"""The ninth audit found factualities the parse contradicts: a happening in a phrase of time or
cause was negated by the "not" of another verb ("did not have those symbols prior to Sunday's
shooting"); a purchase the speaker did "not need" to make was asserted; a visit that was
postponed was asserted. The negation belongs to the trigger's own verb (or to the head verb
whose infinitive it is); what is put off is still to come, what is called off did not happen."""

import pytest

from event_dates import _events


def factuality(nlp, text: str, trigger: str) -> str:
    (event,) = [e for e in _events(nlp, text, None) if e.trigger.text == trigger]
    return event.factuality


@pytest.mark.parametrize("text, trigger", [
    ("Neighbours say the fence had been bare, but it did not have those marks prior to Friday's shooting.",
     "shooting"),
    ("The ferry operator told its crews not to sail to Korvia due to the blockade.", "blockade"),
    ("The guards did not leave their posts after the explosion.", "explosion"),
])
def test_a_happening_in_a_phrase_of_time_or_cause_is_not_negated_by_another_verb(nlp, text, trigger):
    assert factuality(nlp, text, trigger) == "asserted"


def test_a_happening_on_the_negated_verb_itself_is_still_negated(nlp):
    assert factuality(nlp, "The rebels have not taken part in the fighting.", "fighting") == "negated"


@pytest.mark.parametrize("text, trigger", [
    ("We do not need to buy trucks from Velmark as long as the tariff stays in force.", "buy"),
    ("The prisoner did not manage to escape.", "escape"),
])
def test_the_negation_of_the_head_verb_is_its_infinitive_s(nlp, text, trigger):
    assert factuality(nlp, text, trigger) == "negated"


def test_a_postponed_visit_is_still_to_come(nlp):
    text = "The governor of Tarnland has already postponed a diplomatic visit to Brenmark."
    assert factuality(nlp, text, "visit") == "future"


def test_a_cancelled_strike_did_not_happen(nlp):
    assert factuality(nlp, "The dockers' union cancelled the strike.", "strike") == "negated"


def test_a_visit_made_is_still_asserted(nlp):
    assert factuality(nlp, "The governor of Tarnland made a diplomatic visit to Brenmark.", "visit") == "asserted"
