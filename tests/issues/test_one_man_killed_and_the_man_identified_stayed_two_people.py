"""'One man was killed … The man was identified as Reno Smith' gave two people: "one man" and Reno
Smith (with "The man"). The definite description identified as a named person continues the person
described before with its noun, so that person is the one named."""

from described_people_helpers import resolved


def test_one_man_is_the_man_identified_as_reno_smith(nlp):
    found, _ = resolved(nlp, "One man was killed and three others were wounded in a shooting in Riverton early "
                             "Friday. The man was identified as Reno Smith, 29.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["Reno Smith"]
    (claim,) = [c for c in found.claims if c.measure == "Killed"]
    assert next(a.label for a in found.actors if a.key == claim.affected) == "Reno Smith"


def test_the_man_identified_does_not_take_a_woman_described_before(nlp):
    found, _ = resolved(nlp, "A woman was shot in Riverton on Friday. The man was identified as Reno Smith, 29.")
    assert sorted(a.label for a in found.actors if a.kind == "Person") == ["Reno Smith", "a woman"]
