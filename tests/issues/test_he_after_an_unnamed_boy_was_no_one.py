"""'A 16-year-old boy was shot … he died' left "he" with no one when the article names nobody: it
is the described person mentioned last before it, when that person's noun has its sex; "she"
is not the boy."""

from described_people_helpers import resolved


def test_he_is_the_boy_and_she_is_not(nlp):
    found, _ = resolved(nlp, "A 16-year-old boy was shot in Millbrook on Sunday. He died at a hospital. "
                             "She was not hurt.")
    boy = next(a for a in found.actors if a.described)
    assert [e.span.text for e in boy.evidence] == ["A 16-year-old boy", "He"]
