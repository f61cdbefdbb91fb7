"""'an MP3 player' and 'a source of pride' became described people: a noun that names things as
often as people is not taken, and "of" with a plural thing, or after "source", makes the noun
no one; "the owner of the store" is still a person."""

from described_people_helpers import resolved


def test_things_are_no_people_and_the_owner_of_the_store_is(nlp):
    found, _ = resolved(nlp, "The company sold a portable music player last year and called it a source of pride. "
                             "Police questioned the owner of the store in Millbrook.")
    assert [a.label for a in found.actors if a.described] == ["the owner of the store"]
