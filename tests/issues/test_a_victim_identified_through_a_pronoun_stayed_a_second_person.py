"""'A man was shot and killed … He was identified as John Carter' gave two people, "a man" and
John Carter: the pronoun that opens the next sentence, of the description's sex, ties the two."""

from described_people_helpers import resolved


def test_the_man_he_identifies_as_john_carter_is_john_carter(nlp):
    found, _ = resolved(nlp, "A man was shot and killed in Greenville on Tuesday. He was identified as John Carter, 25.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["John Carter"]
    carter = next(a for a in found.actors if a.label == "John Carter")
    assert "A man" in [e.span.text for e in carter.evidence]


def test_a_pronoun_of_the_other_sex_ties_nothing(nlp):
    found, _ = resolved(nlp, "A woman was shot and killed in Greenville on Tuesday. He was identified as John Carter, 25.")
    assert sorted(a.label for a in found.actors if a.kind == "Person") == ["John Carter", "a woman"]
