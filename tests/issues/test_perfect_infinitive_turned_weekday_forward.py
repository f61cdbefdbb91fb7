"""In an article of Saturday 3 January 2015, "was believed to have been involved in the
shooting on Thursday" dated the shooting Thursday 8 January, in the article's future: an
infinitive was read as looking ahead even when perfect or under a verb in the past tense."""

from datetime import date

from event_dates import event_dates

SATURDAY = date(2015, 1, 3)


def test_a_perfect_infinitive_looks_back(nlp):
    text = "The man was believed to have been shot on Thursday."
    assert event_dates(nlp, text, SATURDAY)["shot"] == date(2015, 1, 1)


def test_an_infinitive_under_a_past_verb_looks_back(nlp):
    text = "The examiner found the shooting death of a boy Monday to be accidental."
    assert date(2015, 1, 5) not in event_dates(nlp, text, SATURDAY).values()
