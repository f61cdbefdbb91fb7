"""'shot in the Westbrook neighborhood of Millbrook' placed the shooting in Westbrook only: the
phrase's noun qualified by a place's name was taken for that place, and the town its "of" names
was dropped. A neighbourhood (district, suburb) is a part of the place of its "of" phrase, like a
block of a street: the event takes both."""

from described_people_helpers import resolved


def test_the_neighbourhood_and_its_town_are_both_places(nlp):
    found, label = resolved(nlp, "Two men were shot in the Westbrook neighborhood of Millbrook, Ohio.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert {"Westbrook", "Millbrook"} <= {label[p] for p in shooting.places}


def test_the_block_of_a_street_is_still_the_street(nlp):
    found, label = resolved(nlp, "A woman was shot in the 400 block of Linden Street in Millbrook, Ohio.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert "Linden Street" in {label[p] for p in shooting.places}
