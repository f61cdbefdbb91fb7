"""The wounded officer became the spokeswoman who reported on the wound: in "According to
Information Officer Jana Welk, a police officer — whose identity has not been released —
sustained a gunshot wound", the parser left "to" without its object and read the name as the
clause's subject, with the description in apposition to it, so the description joined the
spokeswoman (issue 14, item 2: a description joins only the person the text ties it to). A name
right after a preposition left without its object is that object, and the description after it
no apposition; a true apposition after "according to" still joins."""

from described_people_helpers import resolved


def test_a_description_after_according_to_a_name_is_someone_else(nlp):
    text = ("According to TPD Public Information Officer Jana Welk, a police officer — whose identity has "
            "not been released — sustained a moderate gunshot wound to the head. The injury does not "
            "appear to be life threatening.")
    found, _ = resolved(nlp, text)
    welk = next(actor for actor in found.actors if actor.label == "Jana Welk")
    assert all("police officer" not in e.span.text for e in welk.evidence)


def test_a_true_apposition_after_according_to_still_joins(nlp):
    text = "According to Jana Welk, a police spokeswoman, the officer was hit in the arm. Welk said he was recovering."
    found, labels = resolved(nlp, text)
    assert sorted(labels.values()) == ["Jana Welk"]
