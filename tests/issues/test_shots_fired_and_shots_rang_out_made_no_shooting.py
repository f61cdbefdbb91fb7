""""A report of shots fired" and "shots rang out" named no event: "fire shot" matched only with
"shots" as the participle's object or passive subject ("fired shots", "shots were fired"), not as
the noun a reduced passive describes; and a shot ringing out was no trigger. A participle after
its noun now takes the noun as its object, and "ring out" with a subject of the ``shots`` class is
a shooting (not "the bells rang out")."""

from test_events import events_of


def kinds(nlp, text):
    _, events, _ = events_of(nlp, text)
    return [(e.type, e.trigger.text) for e in events]


def test_a_report_of_shots_fired_is_a_shooting(nlp):
    assert ("Shooting", "shots fired") in kinds(nlp, "Police responded to reports of shots fired on Friday.")


def test_shots_rang_out_is_a_shooting(nlp):
    assert ("Shooting", "rang out") in kinds(nlp, "Shots rang out on Friday night.")


def test_bells_ringing_out_are_no_shooting(nlp):
    assert kinds(nlp, "The church bells rang out on Friday.") == []
