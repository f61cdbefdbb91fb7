"""'A 40-year-old man was at home when a teenage boy shot him': "him" went to the described
person mentioned last before it, the boy, who is the subject of its own verb; a non-reflexive
object pronoun is not that subject (binding theory's Principle B)."""

from described_people_helpers import resolved


def test_him_is_not_the_subject_of_its_verb(nlp):
    found, _ = resolved(nlp, "A 40-year-old man was sitting on his porch in Millbrook when a teenage boy shot him.")
    boy = next(a for a in found.actors if a.described and "boy" in a.label)
    assert "him" not in [e.span.text for e in boy.evidence]
