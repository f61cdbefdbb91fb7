"""'… he found a pistol in his grandfather's room and while holding it, he shot himself' gave the
second "he" (and "himself") to the grandfather, the described person mentioned last: a mention
that only possesses a noun ("his grandfather's room") is passed over for the boy, whom the
sentence is about."""

from described_people_helpers import resolved


def test_he_after_a_possessor_is_the_boy_not_the_grandfather(nlp):
    text = ("A 10-year-old boy is recovering in Millbrook. Deputies met with the victim who said he found "
            "a pistol in his grandfather's room and while holding the weapon, he shot himself in the foot.")
    found, _ = resolved(nlp, text)
    grandfather = next(a for a in found.actors if a.described and "grandfather" in a.label)
    boy = next(a for a in found.actors if a.described and "boy" in a.label)
    assert [e.span.text for e in grandfather.evidence] == ["grandfather"]
    assert {"he", "himself"} <= {e.span.text for e in boy.evidence}
