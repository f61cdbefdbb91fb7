"""'a shooting that killed a 15-year-old' gave the killing no target and the count no one it is
about: an age standing for the person ("a 15-year-old", "a 19-year-old was shot") is no person noun.
It is now a described person; and "the 5-year-old" after "a 5-year-old boy" is that boy."""

from described_people_helpers import resolved


def test_an_age_standing_for_the_person_is_the_victim(nlp):
    found, labels = resolved(nlp, "Two teens were arrested in a shooting that killed a 15-year-old in east Charlotte.")
    killed = next(c for c in found.claims if c.measure == "Killed")
    assert labels[killed.affected] == "a 15-year-old"
    kill = next(e for e in found.events if e.type == "Kill")
    assert [labels[k] for k in kill.targets] == ["a 15-year-old"]


def test_the_age_again_is_the_person_first_described_with_it(nlp):
    found, _ = resolved(nlp, "A 5-year-old boy was shot on Friday. The 5-year-old was taken to a hospital.")
    assert [a.label for a in found.actors if a.described] == ["a 5-year-old boy"]
