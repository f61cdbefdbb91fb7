"""A role description the resolver left to its fallback (the person the article names most):
"a description of the shooter" went to the detective the article names most, a police officer
(a person of another sector than the role's)."""

from described_people_helpers import resolved


def _evidence(found, label):
    return [e.span.text for e in next(a for a in found.actors if a.label == label).evidence]


def test_the_shooter_is_not_the_detective_named_most(nlp):
    text = ("Five people were shot at a vigil on Monday. Detective Ivo Sorell said about 25 people had gathered. "
            "Police say a gunman walked into the crowd. Sorell says witnesses could not describe the shooter.")
    found, _ = resolved(nlp, text)
    assert "shooter" not in _evidence(found, "Ivo Sorell")
