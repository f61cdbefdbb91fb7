""""The peacekeeping force will comprise around 2,500 men" made a group 'around 2,500 men' beside
the force (victims17's counted groups): the object of a verb of size or make-up ("comprise",
"number", "total", "consist of", "be made up of") says what its subject is, no new people
(``size_verbs`` and ``size_of_verbs`` of kg/data/described_people.yaml). People a clause counts
as its participants still make a group."""

import pytest

from kg.extract import Extractor
from kg.model import Article


def counted(nlp, text):
    return {m.name for m in Extractor()(Article("a.txt", text), nlp(text)).entities if m.counted}


@pytest.mark.parametrize("text", [
    "The peacekeeping force will comprise around 2,500 men and will stay for a few weeks.",
    "The entire force of the alliance will comprise around 2,500 men and will stay in the country for a few weeks, the agency quoted its secretary as saying.",
    "The crew numbered twelve sailors when it left port.",
    "The patrol was made up of four officers from the county.",
])
def test_the_size_of_a_force_is_no_group(nlp, text):
    assert counted(nlp, text) == set()


def test_people_counted_as_participants_are_a_group(nlp):
    assert counted(nlp, "Gunmen shot four men outside the bar on Sunday.") == {"four men"}
