"""'A male has died after being shot' gave Killed 1 with no kg:affected: police wording names a
person by sex alone ("a male", "a 15-year-old female"), and no node was made for him, so the claim
had nobody to count (issue 14 item 4)."""

from described_people_helpers import affected_of, resolved


def test_the_male_who_died_is_the_affected(nlp):
    assert affected_of(nlp, "Sergeant Lida Varnot said a male has died after being shot in the head on Birch Lane "
                            "in Ostmark. Varnot said the victim may be 15.", "Killed") == "a male"


def test_a_female_described_twice_is_one_person(nlp):
    found, _ = resolved(nlp, "Officers found a 15-year-old female with a gunshot wound on Birch Lane in Ostmark. "
                             "The female was taken to a hospital.")
    (injured,) = [c for c in found.claims if c.measure == "Injured"]
    (female,) = [a for a in found.actors if a.key == injured.affected]
    assert sorted(e.span.text for e in female.evidence) == ["The female", "a 15-year-old female"]
