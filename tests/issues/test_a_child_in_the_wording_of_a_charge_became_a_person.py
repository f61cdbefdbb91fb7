"""'four counts of abuse of a child resulting in death' made a person "a child": the object of a
preposition is a described person only when the preposition belongs to a verb or to a person
("the mother of the boy"), not to a thing."""

from described_people_helpers import resolved


def test_abuse_of_a_child_makes_no_person_and_the_mother_of_the_boy_does(nlp):
    found, _ = resolved(nlp, "A jury indicted him on four counts of abuse of a child resulting in death. "
                             "Deputies spoke with the mother of the boy on Monday.")
    labels = [a.label for a in found.actors if a.described]
    assert "a child" not in labels
    assert "the boy" in labels
