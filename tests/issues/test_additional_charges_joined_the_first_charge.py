"""The ninth audit found a teen "charged in the shooting death of a friend" and, days later,
"police filed additional charges against the teen" in one Charge node. "Additional" and
"further" set a happening apart from the one like it told before, also when the noun is part of a
phrase trigger ("filed additional charges"); and a phrase's ordinal numbers it ("launched a second
attack")."""

import pytest

from event_dates import _events


def the_event(nlp, text: str, trigger: str):
    (event,) = [e for e in _events(nlp, text, None) if e.trigger.text == trigger]
    return event


TEXT = "Police charged Tom Welk with assault in March. On Wednesday, prosecutors filed additional charges against Welk."


@pytest.mark.parametrize("trigger, distinct", [("charged", False), ("filed additional charges", True)])
def test_additional_charges_are_another_charge(nlp, trigger, distinct):
    assert the_event(nlp, TEXT, trigger).distinct is distinct


def test_further_charges_are_another_charge(nlp):
    assert the_event(nlp, "Prosecutors brought further charges against Welk.", "brought further charges").distinct


def test_a_phrase_s_ordinal_numbers_it(nlp):
    assert the_event(nlp, "The rebels launched a second attack on Dorrin.", "launched a second attack").ordinal == 2
