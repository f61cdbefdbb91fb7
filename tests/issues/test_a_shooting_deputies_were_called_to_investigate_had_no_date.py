""""Deputies were called at 2 a.m. on Sunday to investigate a reported shooting" left the
shooting undated: a time on the attending verb dated only a happening in its prepositional
phrase ("responded to a shooting Sunday"), and "investigate" stops a date (its own time is not
its object's). The object of a purpose infinitive of attending ("responded to investigate",
"were called to investigate") is at the time of the attending; a time on investigating told on
its own is still not the shooting's."""

from test_events import events_of


def dates(nlp, text):
    _, events, _ = events_of(nlp, text)
    return {e.trigger.text: e.date for e in events}


def test_the_shooting_deputies_were_called_to_investigate_is_at_the_call(nlp):
    found = dates(nlp, "Deputies were called at 2 a.m. on Sunday to a home on Lake Drive to investigate a reported shooting.")
    assert found["shooting"] is not None and found["shooting"].isoformat() == "2022-01-02"


def test_the_shooting_officers_responded_to_investigate_is_at_the_response(nlp):
    found = dates(nlp, "Officers responded Friday to investigate a stabbing.")
    assert found["stabbing"] is not None and found["stabbing"].isoformat() == "2022-01-07"


def test_a_shooting_investigated_on_friday_is_not_dated_by_it(nlp):
    assert dates(nlp, "He said on Friday he would investigate the shooting.")["shooting"] is None
