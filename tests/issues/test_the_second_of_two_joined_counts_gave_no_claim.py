"""'Skyline Flight 31 and Coastal Air Flight 88, which killed 54 and 17 people respectively' gave
Killed 54 and no 17: the parser hangs "17" under "54", not under "people",
so the second count had no counted noun. A numeral joined by "and" to a count counts the same
noun; "two or three people" stays one uncertain count (issue 14 item 4)."""

from described_people_helpers import resolved


def _killed(nlp, text):
    found, _ = resolved(nlp, text)
    return sorted(c.value for c in found.claims if c.measure == "Killed")


def test_both_joined_counts_are_claims(nlp):
    assert _killed(nlp, "The ban follows the losses of Skyline Flight 31 and Coastal Air Flight 88, "
                        "which killed 54 and 17 people respectively.") == [17, 54]


def test_counts_joined_by_or_are_not_two(nlp):
    assert _killed(nlp, "Two or three people were killed in the blast.") == [2]
