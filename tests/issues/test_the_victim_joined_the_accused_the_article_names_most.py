"""'The victim' joined the accused: in "Tobin Quayle, 18, was charged with manslaughter in the
death of Miles Arden, 15. … The victim was found in his bedroom. He had been shot once.", the
role description went to the person the article names most, the one charged, and "He" and
"his" with it. The article's events say who is harmed (the target of a death, a killing, a
shooting) and who is accused (the one charged or arrested, the agent of an attack): a victim
is the one person they harm, and never one they only accuse; a suspect the other way round."""

from described_people_helpers import resolved

CHARGED = ("Tobin Quayle, 18, was charged with manslaughter in the death of Miles Arden, 15. "
           "Quayle was released on bond. Quayle told police the rifle went off by accident. "
           "The victim was found in his bedroom. He had been shot once.")
ARRESTED = ("Rena Hollis, 16, was shot dead at a party on Friday. Hollis was a junior at a high school, "
            "and Hollis wanted to study nursing. Deputies arrested Corwin Bale, 19, on Saturday. "
            "The suspect told deputies the gun went off.")


def _mentions(found, label: str) -> list[str]:
    actor = next(a for a in found.actors if a.label == label)
    return [e.span.text for e in actor.evidence]


def test_the_victim_is_the_dead_teen_not_the_one_charged(nlp):
    found, _ = resolved(nlp, CHARGED)
    assert "victim" in _mentions(found, "Miles Arden")
    assert "He" in _mentions(found, "Miles Arden")
    accused = _mentions(found, "Tobin Quayle")
    assert "victim" not in accused and "He" not in accused and "his" not in accused


def test_the_suspect_is_the_one_arrested_not_the_dead_girl(nlp):
    found, _ = resolved(nlp, ARRESTED)
    assert "suspect" in _mentions(found, "Corwin Bale")
    assert "suspect" not in _mentions(found, "Rena Hollis")
