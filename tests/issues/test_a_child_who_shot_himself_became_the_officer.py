"""A claim's affected person was the officer who spoke: in "A 4-year-old accidentally shot himself
… Officer Dan Ferro said … the child was shot in the hand", "himself" went to the person named
(the resolver has not seen the described 4-year-old), so the child of the shooting, and the
Injured claim, became Officer Ferro. A reflexive pronoun is the subject of its own clause."""

from described_people_helpers import resolved

TEXT = ("A 4-year-old accidentally shot himself on Monday, according to Millbrook police. The shooting happened at a "
        "home on Hill Circle, Officer Dan Ferro said. Police at the scene said the child was shot in the hand. "
        "Ferro said the boy was alert when he was taken to the hospital.")


def test_the_child_who_shot_himself_is_the_injured(nlp):
    found, label = resolved(nlp, TEXT)
    assert [(c.measure, int(c.value), label.get(c.affected)) for c in found.claims] == [("Injured", 1, "a 4-year-old")]


def test_himself_is_evidence_of_the_child_not_of_the_officer(nlp):
    found, _ = resolved(nlp, TEXT)
    officer = next(a for a in found.actors if a.label == "Dan Ferro")
    child = next(a for a in found.actors if a.label == "a 4-year-old")
    assert "himself" not in [e.span.text for e in officer.evidence]
    assert "himself" in [e.span.text for e in child.evidence]
