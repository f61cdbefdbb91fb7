"""'Ida Lenk and Tomas Brell, the driver and front seat passenger, …': a role description of two
nouns joined by "and" describes two people, so the resolver's fallback for a description by role
(the person the article names most) does not give it to one of them."""

from described_people_helpers import resolved


def test_the_driver_and_passenger_of_two_people_join_no_one(nlp):
    text = ("Ida Lenk, 24, and Tomas Brell, 25, were shot in Millbrook. Ida Lenk and Tomas Brell, the driver "
            "and front seat passenger, were taken to a hospital, where Tomas Brell died on Monday.")
    found, _ = resolved(nlp, text)
    for actor in found.actors:
        assert "driver and front seat passenger" not in {e.span.text for e in actor.evidence}, actor.label
