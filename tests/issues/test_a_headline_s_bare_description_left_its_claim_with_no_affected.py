"""A claim without its affected person: a headline's "5-year-old boy shot" (no determiner: no
described person) gave Injured 1 with no kg:affected, although the next sentence describes the boy.
One person counted twice for one measure is one claim; it takes the person the later mention names."""

from described_people_helpers import resolved


def test_the_headline_s_claim_takes_the_boy_of_the_story(nlp):
    found, label = resolved(nlp, "5-year-old boy shot in Ridgeton\nA 5-year-old boy was shot on Saturday afternoon. "
                                 "Officers said the child was in stable condition.")
    (claim,) = found.claims
    assert (claim.measure, int(claim.value)) == ("Injured", 1)
    assert claim.affected is not None and label[claim.affected] == "a 5-year-old boy"
