"""'The victim, Tom Hale, 34,' is Tom Hale, and 'Officer Jane Doe' is Jane Doe: a description
that the sentence ties to a name, or a title before a name, makes no described person."""

from described_people_helpers import resolved


def test_apposition_and_title_make_no_described_person(nlp):
    found, label = resolved(nlp, "The victim, Tom Hale, 34, was shot by a gunman in Millbrook on Friday. "
                                 "Officer Jane Doe arrested the suspect on Saturday.")
    people = sorted(a.label for a in found.actors if a.kind == "Person")
    assert "the victim" not in people and "officer" not in " ".join(people).lower()
    assert "a gunman" in people
