"""'MILLBROOK - A 17-year-old boy has died' labelled the boy "MILLBROOK - A 17-year-old boy": what
stands before the determiner is no part of the description."""

from described_people_helpers import resolved


def test_the_label_starts_at_the_determiner(nlp):
    found, _ = resolved(nlp, "MILLBROOK - A 17-year-old boy has died after he was shot on Sunday.")
    assert [a.label for a in found.actors if a.described] == ["a 17-year-old boy"]
