"""'Nine people, all members of rival biker gangs, were killed' gave the Killed claim the generic
group of "people" (civilians): the apposition says who the nine are, and that qualified group is
the claim's affected (issue 14 item 4)."""

from described_people_helpers import resolved


def test_the_apposition_s_group_is_the_affected(nlp):
    found, labels = resolved(nlp, "Police said that nine people, all members of rival biker gangs, were killed "
                                  "in a brawl at a Harlow bar on Sunday.")
    (killed,) = [c for c in found.claims if c.measure == "Killed"]
    affected = next(a for a in found.actors if a.key == killed.affected)
    assert any("gangs" in e.span.text for e in affected.evidence)
    assert not any(e.span.text == "people" for e in affected.evidence)


def test_an_apposition_of_no_group_leaves_the_counted_noun_affected(nlp):
    found, labels = resolved(nlp, "Two gunmen shot four men, all residents of Harlow, on Elm Street on Sunday.")
    (injured,) = [c for c in found.claims if c.measure == "Injured"]
    assert labels[injured.affected] == "four men"
