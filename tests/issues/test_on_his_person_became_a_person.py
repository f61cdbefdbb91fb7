"""'drugs were found on his person' made a person labelled "his person": with a possessor the
noun is an idiom, not someone; "a person was shot" is still someone."""

from described_people_helpers import resolved


def test_his_person_is_no_one(nlp):
    found, _ = resolved(nlp, "A person was shot in Millbrook on Sunday. Drugs were found on his person.")
    assert [a.label for a in found.actors if a.described] == ["a person"]
