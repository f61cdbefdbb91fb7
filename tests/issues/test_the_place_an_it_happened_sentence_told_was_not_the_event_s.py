"""'A man was shot Saturday night. It happened on Larkin Street' left the shooting with no place:
the sentence of "it happened" dated the events of the sentence before it, but its place went to no
one. "It", "this" and "the incident" as subject of happen, occur or take place stand for the
happening told beside them, for its place as for its day (issue 15 item 5)."""

from described_people_helpers import resolved


def _places(event, labels):
    return sorted(labels[k] for k in event.places)


def test_it_happened_on_a_street_places_the_shooting_before_it(nlp):
    found, labels = resolved(nlp, "A man was shot Saturday night. It happened on Larkin Street in Dorrin, "
                                  "police said.")
    (shooting,) = [e for e in found.events if e.type == "Shooting"]
    assert _places(shooting, labels) == ["Dorrin", "Larkin Street"]


def test_the_incident_occurred_at_a_mall_places_the_stabbing(nlp):
    found, labels = resolved(nlp, "A woman was stabbed on Friday. The incident occurred at the Corbel Mall.")
    (stabbing,) = [e for e in found.events if e.type == "Attack"]
    assert _places(stabbing, labels) == ["Corbel Mall"]


def test_a_place_of_its_own_is_kept(nlp):
    found, labels = resolved(nlp, "A man was shot in Dorrin on Friday. It happened on Larkin Street.")
    (shooting,) = [e for e in found.events if e.type == "Shooting"]
    assert _places(shooting, labels) == ["Dorrin"]


def test_an_arrest_is_no_happening_it_stands_for(nlp):
    found, labels = resolved(nlp, "Police arrested a man on Friday. The incident happened on Larkin Street.")
    (arrest,) = [e for e in found.events if e.type == "Arrest"]
    assert not arrest.places


def test_a_call_of_police_told_after_it_is_not_placed(nlp):
    found, labels = resolved(nlp, "The medical examiner identified the victim as John Darrow. It happened in "
                                  "the 3400 block of Larkin Street. Police said they were called to home for a "
                                  "shooting call.")
    assert not [e for e in found.events if e.type == "Request" and e.places]
