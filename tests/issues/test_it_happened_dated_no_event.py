""""A homeowner accidentally shot his girlfriend. The incident happened Friday night at a home"
left the shooting undated: the day is told in a sentence of its own, whose subject ("it",
"the incident") stands for the happening of the sentence before. Such a sentence dates the
undated events of the sentence before it, or of the one after it when it opens the text; not
a later stage ("Police arrested a man. The incident happened Friday")."""

from datetime import date

from event_dates import event_dates

MONDAY = date(2017, 3, 27)


def test_the_incident_happened_dates_the_sentence_before(nlp):
    text = ("Police say a homeowner accidentally shot his girlfriend instead.\n\n"
            "The incident happened Friday night at a home in west Houston.")
    assert event_dates(nlp, text, MONDAY)["shot"] == date(2017, 3, 24)


def test_it_happened_at_the_start_dates_the_sentence_after(nlp):
    text = "It happened about 10 p.m. Saturday. Police said the man was shot in the leg."
    assert event_dates(nlp, text, MONDAY)["shot"] == date(2017, 3, 25)


def test_a_later_stage_takes_no_day_from_it(nlp):
    text = "Police arrested a man in the parking lot. The incident happened Friday night."
    assert event_dates(nlp, text, MONDAY)["arrested"] is None


def test_after_a_sentence_telling_no_event_it_dates_the_sentence_after(nlp):
    text = ("Prosecutors say he was the getaway driver.\n\n"
            "The incident occurred Aug. 2 around 1:18 a.m. outside a tavern.\n\n"
            "At least two men fired shots, killing a man.")
    assert event_dates(nlp, text, MONDAY)["killing"] == date(2016, 8, 2)
