"""'Jo Dee, whose brother is married to her aunt, was talking…' made a person labelled "whose
brother": a relative possessor does not say whose kin it is, so it describes no one here."""

from described_people_helpers import resolved


def test_whose_brother_makes_no_person(nlp):
    found, _ = resolved(nlp, "Jo Dee, whose brother is married to the girl's aunt, was talking with police in Millbrook.")
    assert not [a.label for a in found.actors if a.described and "whose" in a.label]
