"""'The group' was an actor of its own: in "Consumer Testing Union said the phone drops calls. The
group said it could not recommend the phone.", the speaker of the second sentence was a generic
group 'The group', not the organisation the text had just named. A definite singular noun of an
organisation of any kind ("the group", "the association") stands for the organisation the
discourse is on, as "the company" does; a group of people the text counts ("a group of
teenagers … the group") stays people."""

from described_people_helpers import mentions_of, resolved



def test_the_group_is_the_organisation_named_before(nlp):
    found, _ = resolved(nlp, "Consumer Testing Union said the phone drops calls when held in the hand. "
                             "The group said it could not recommend the phone.")
    assert "group" in mentions_of(found, "Consumer Testing Union")
    assert not any(a.label.lower() == "the group" for a in found.actors)


def test_a_group_of_teenagers_is_not_the_shop(nlp):
    found, _ = resolved(nlp, "A group of teenagers ran out of Kestrel Foods on Monday. The group fled "
                             "toward the river.")
    assert "group" not in mentions_of(found, "Kestrel Foods")
