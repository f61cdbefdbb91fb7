"""Mentions of other happenings joined an article's event node (issue 15, sixth audit's class,
written as invented sentences): a threat quoted as "if we find him we are arresting him" and "we
are going to shoot him" was read as asserted, so it joined the arrest and the shooting that
happened; "a fugitive wanted in a shooting" (an earlier shooting) joined the day's shooting; and
"has twice before sued", "sued again" and "the first lawsuit" joined the lawsuit of the week.
The consequence of a condition is possible, "be going to" plans (future), and a happening told
as a repetition ("again", "twice before"), as the first of its kind, or as one a person is
wanted for with an indefinite article, is set apart from its like (``EventMention.distinct``)."""

import pytest

from event_dates import _events


def event(nlp, text: str, trigger: str):
    (found,) = [e for e in _events(nlp, text, None) if e.trigger.text == trigger]
    return found


@pytest.mark.parametrize("text, trigger, factuality", [
    ("Turn him in, because if we find him we are arresting him.", "arresting", "possible"),
    ("If we catch him we are going to shoot him.", "shoot", "future"),
    ("Police arrested him after he ran.", "arrested", "asserted"),
    ("The troops went on to attack the town.", "attack", "asserted"),
    ("The mayor was asked if the city would pay.", "asked", "asserted"),
    ("If so, that ends the reported attacks on the town.", "attacks", "asserted"),
])
def test_a_threat_under_a_condition_is_not_asserted(nlp, text, trigger, factuality):
    assert event(nlp, text, trigger).factuality == factuality


@pytest.mark.parametrize("text, trigger, distinct", [
    ("Officers were looking for a fugitive wanted in a shooting.", "shooting", True),
    ("Officers arrested a man wanted in the shooting.", "shooting", False),
    ("The company has twice before sued the bank.", "sued", True),
    ("Northwind Books has twice before sued the city council over its name.", "sued", True),
    ("The company sued the bank again in 1999.", "sued", True),
    ("The first lawsuit was settled in 1990.", "lawsuit", True),
    ("In a criminal trial, the clerk was convicted of theft.", "trial", False),
    ("The company sued the bank on Monday.", "sued", False),
])
def test_a_repeated_or_earlier_happening_is_set_apart(nlp, text, trigger, distinct):
    assert event(nlp, text, trigger).distinct is distinct
