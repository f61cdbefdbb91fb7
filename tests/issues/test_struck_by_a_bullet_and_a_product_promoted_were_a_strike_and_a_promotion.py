"""The ninth audit found two words read in a sense that is no event of their class: a girl
"struck … by a bullet" became a Protest (a labour strike) with the girl as the protester, and
"promoted the iPhone" (advertised it) a StartPosition. A person struck by something is hit (a
"by" phrase marks the passive even where the parser read the participle as a past tense); one
promotes a person to a post, a product only in the sense of advertising it."""

import pytest

from event_dates import event_types


def test_a_boy_struck_by_a_bullet_is_hit_not_on_strike(nlp):
    types = event_types(nlp, "A 7-year-old boy struck last week by a bullet fired from the street has died.")
    assert types["struck"] != "Protest"
    assert types["struck"] == "Attack"


def test_workers_who_strike_are_still_on_strike(nlp):
    assert event_types(nlp, "Dock workers in Halvik struck on Monday over pay.")["struck"] == "Protest"


@pytest.mark.parametrize("text", [
    "At the fair, Dana Keller promoted the Zephyr tablet by saying it was fast.",
    "The company promoted its new laptop with a week of discounts.",
])
def test_a_product_promoted_is_no_appointment(nlp, text):
    assert event_types(nlp, text).get("promoted") != "StartPosition"


@pytest.mark.parametrize("text", [
    "The board promoted Lena Hart to chief engineer.",
    "The agency promoted him to deputy director.",
])
def test_a_person_promoted_takes_up_a_post(nlp, text):
    assert event_types(nlp, text)["promoted"] == "StartPosition"
