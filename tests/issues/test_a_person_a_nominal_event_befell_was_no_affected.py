"""'the killing of a man' and 'the deaths of two women' gave Killed claims with no kg:affected: the
object of "of" after a noun of what befalls a person was no actor (only a verb's object was), so
the people the figure counts had no node. The "of" of such a noun names whom it befell; an offence's
wording ("the welfare of a child") still makes no person (issue 14 item 4)."""

from described_people_helpers import resolved


def test_the_man_killed_is_the_affected(nlp):
    found, labels = resolved(nlp, "Detectives in Ostmark are investigating the killing of a man on Birch Lane "
                                  "on Friday.")
    (killed,) = [c for c in found.claims if c.measure == "Killed"]
    assert killed.affected is not None and labels[killed.affected] == "a man"


def test_the_two_women_who_died_are_the_affected(nlp):
    found, labels = resolved(nlp, "Detectives in Ostmark are investigating the deaths of two women found in a "
                                  "car on Birch Lane.")
    (killed,) = [c for c in found.claims if c.measure == "Killed"]
    assert killed.affected is not None and labels[killed.affected] == "two women"


def test_a_child_in_an_offence_s_wording_is_no_person(nlp):
    found, labels = resolved(nlp, "Lida Varnot, 31, was charged with endangering the welfare of a child.")
    assert not any("child" in label for label in labels.values())
