"""'responsible for wounding 6 subjects' gave Injured 6 with no kg:affected: "subjects" is no
person noun, so the counted people got no group node. Whom a verb of killing or wounding harms is
a group of people (or beings) whatever its noun; a verb that as often harms things makes none;
and "members of the police" are counted as the group their "of" names, not as a group of
"members" of their own (issue 14 item 4)."""

from described_people_helpers import affected_of, resolved


def test_the_wounded_subjects_are_the_affected(nlp):
    assert affected_of(nlp, "Police in Ostmark are seeking the man responsible for wounding 5 subjects at a street "
                            "fair on Saturday.", "Injured") == "5 subjects"


def test_things_burned_make_no_group(nlp):
    found, labels = resolved(nlp, "Rioters burned 30 cars in Ostmark on Saturday.")
    assert "30 cars" not in labels.values()


def test_members_of_a_named_group_count_that_group(nlp):
    text = "The ministry said 14 members of the police had been killed in Ostmark."
    _, labels = resolved(nlp, text)
    assert affected_of(nlp, text, "Killed") == "security forces"  # the group lexicon's label for "police"
    assert "14 members" not in labels.values()
