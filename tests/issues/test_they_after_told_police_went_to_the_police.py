"""'They' went to the addressee: in "Two witnesses told police they saw a car drive away", the
plural pronoun joined the group written nearest before it, the police, whom the witnesses
told. A "they" that is the subject of the clause a verb's subject reports stands for that
subject ("two witnesses … they saw"), and an addressee that reports ("Police told reporters
they had no suspects") keeps its own "they"."""

from described_people_helpers import resolved

WITNESSES = "Jalen Vale, 19, was shot twice on Friday. Two witnesses told police they saw a car drive away."
POLICE = "Jalen Vale, 19, was shot twice on Friday. Police told reporters they had no suspects."


def _holder(found, text: str) -> str:
    return next(a.label for a in found.actors if text in [e.span.text for e in a.evidence])


def test_they_are_the_witnesses_who_told_police(nlp):
    found, _ = resolved(nlp, WITNESSES)
    assert _holder(found, "they") == _holder(found, "Two witnesses")


def test_they_are_the_police_who_told_reporters(nlp):
    found, _ = resolved(nlp, POLICE)
    assert _holder(found, "they") == _holder(found, "Police")
