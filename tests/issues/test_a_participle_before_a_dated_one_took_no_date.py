""""One man was killed and three others wounded in a shooting early Friday" left the killing
undated while the wounding had Friday: the time ends a coordination of participles that share
one auxiliary and is said of them all, but the parser hangs it on the last one (or on the noun
of its clause). A conjunct with a tense of its own, one set later, a later stage or a death
lends nothing: a death may follow its wound by days."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


@pytest.mark.parametrize("text, event, day", [
    ("One man was killed and two others wounded in a downtown shooting early Saturday, police said.", "killed",
     date(2017, 1, 14)),
    ("One man was killed and two others wounded in a shooting late Saturday.", "killed", date(2017, 1, 14)),
    ("One man was killed and three others were wounded in a shooting early Friday.", "killed", date(2017, 1, 13)),
    ("A man was shot and killed early Friday in the parking lot.", "shot", date(2017, 1, 13)),
    ("A woman was robbed, shot and wounded Friday night.", "shot", date(2017, 1, 13)),
])
def test_a_participle_takes_the_time_that_ends_its_coordination(nlp, text, event, day):
    assert event_dates(nlp, text, MONDAY)[event] == day


@pytest.mark.parametrize("text, event", [
    ("A man was shot in the leg and died Sunday at the hospital.", "shot"),
    ("The boy was wounded and later died Sunday.", "wounded"),
    ("The boy was shot in the head, and was pronounced dead at 7:30 a.m. Tuesday.", "shot"),
    ("A man was shot and taken into custody Saturday night.", "shot"),
])
def test_a_later_or_a_dying_conjunct_lends_no_time(nlp, text, event):
    assert event_dates(nlp, text, MONDAY)[event] is None
