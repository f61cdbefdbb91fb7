""""One man was killed and three others wounded in a Northside shooting early Friday"
left the killing and the wounding undated: the parser reads "shooting" after the place name as
a participle hanging on it, so the time on it seemed to belong to another clause. A participle
right after a name in a prepositional phrase, with no object, subject or phrase of its own, is
the noun of happening, in the clause of the verb above it."""

from datetime import date

import pytest

from event_dates import event_dates

MONDAY = date(2017, 1, 16)


@pytest.mark.parametrize("event", ["killed", "wounded"])
def test_the_verb_takes_the_time_of_the_shooting_after_a_name(nlp, event):
    text = "One man was killed and three others wounded in a Northside shooting early Friday, police said."
    assert event_dates(nlp, text, MONDAY)[event] == date(2017, 1, 13)
