"""'the boy, 5, was shot' gave no person and so no target and no one the injured count is about: the
age in apposition ("5") was read as a construct naming the description. A bare number in apposition
is an age; the boy is a described person, the target, and the one the figure counts."""

from described_people_helpers import resolved


def test_a_victim_whose_age_stands_in_apposition_is_a_person_and_the_target(nlp):
    found, labels = resolved(nlp, "Police said the boy, 5, was shot in the leg and is expected to survive.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert [labels[k] for k in shooting.targets] == ["the boy"]
    injured = next(c for c in found.claims if c.measure == "Injured")
    assert labels[injured.affected] == "the boy"
