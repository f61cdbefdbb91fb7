"""'the killing of a man' and 'the deaths of two women' gave Killed claims with no kg:affected: the
object of "of" after a noun of what befalls a person was no actor (only a verb's object was), so
the people the figure counts had no node. The "of" of such a noun names whom it befell; an offence's
wording ("the welfare of a child") still makes no person (issue 14 item 4)."""

from described_people_helpers import affected_of, resolved


def test_the_man_killed_is_the_affected(nlp):
    assert affected_of(nlp, "Detectives in Ostmark are investigating the killing of a man on Birch Lane on Friday.",
                       "Killed") == "a man"


def test_the_two_women_who_died_are_the_affected(nlp):
    assert affected_of(nlp, "Detectives in Ostmark are investigating the deaths of two women found in a car on "
                            "Birch Lane.", "Killed") == "two women"


def test_a_child_in_an_offence_s_wording_is_no_person(nlp):
    _, labels = resolved(nlp, "Lida Varnot, 31, was charged with endangering the welfare of a child.")
    assert not any("child" in label for label in labels.values())
