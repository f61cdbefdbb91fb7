"""A seat capacity became a group: "the jet can carry up to 640 people" and "can fly 9,000
miles with 212 passengers onboard" made group actors ('civilians', 'passengers') of people
nobody acts on. A number of people that is what a thing can hold (``capacity`` of
kg/data/groups.yaml) is now a description (a mention, which MEANTIME marks, but no actor)."""

import pytest

from kg.extract.actors import ActorExtractor
from kg.model import GROUP, Article


def groups_in(nlp, text):
    return [m for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if m.kind == GROUP]


@pytest.mark.parametrize("text", [
    "The new jet can carry up to 640 people in a single class.",
    "The jet can fly 9,000 miles with 212 passengers onboard.",
    "Its rival believes the future lies in large aircraft like its new Zephyr 900 airliner flying up to 640 people "
    "between a few hubs.",
    "Velmont unveiled the Zephyr, a twin-deck aircraft that can carry up to 640 people in all-economy class "
    "(400 for a Kestrel 900), or 450 people in typical three mixed classes layout.",
    "The stadium seats 40,000 people.",
    "The hall has a capacity of 500 guests.",
])
def test_a_capacity_is_no_group(nlp, text):
    assert all(m.nominal for m in groups_in(nlp, text))


@pytest.mark.parametrize("text", [
    "A ferry carrying 300 people capsized on Monday.",
    "Rescuers flew 40 people to safety.",
    "Up to 40 people were killed and 20 people fled to the hills.",
])
def test_people_carried_or_counted_stay_a_group(nlp, text):
    found = groups_in(nlp, text)
    assert found and not any(m.nominal for m in found)
