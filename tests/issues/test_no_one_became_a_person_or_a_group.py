"""People who are not there became actors (eighth hand audit): "Neither had an attorney
listed" gave a person 'an attorney', and an airliner's capacities ("will seat between 210 and
330 passengers", "is able to carry 555 passengers") and a rate ("less fuel per passenger") gave
a group 'passengers'. A denied clause introduces no one (kg/data/described_people.yaml,
negative_subjects); a range or an ability is a capacity and the unit of a rate no one
(kg/data/groups.yaml, capacity)."""

from kg.extract import Extractor
from kg.model import Article


def actors(nlp, text):
    return [m.span.text for m in Extractor()(Article("a.txt", text), nlp(text)).entities if not m.nominal]


def described(nlp, text):
    return [m.name for m in Extractor()(Article("a.txt", text), nlp(text)).entities if m.described]


def test_an_attorney_nobody_had_is_no_one(nlp):
    assert "an attorney" not in described(nlp, "Both men are charged with murder. Neither had an attorney listed.")
    assert "a suspect" not in described(nlp, "Police did not find a suspect at the scene.")


def test_an_attorney_someone_had_is_someone(nlp):
    assert "an attorney" in described(nlp, "The man had an attorney at the hearing.")


def test_a_seat_range_an_ability_and_a_rate_are_no_group(nlp):
    text = ("The new jet will seat between 210 and 330 passengers and use less fuel per passenger. "
            "It is able to carry 555 passengers.")
    assert actors(nlp, text) == []


def test_passengers_of_a_ferry_that_sank_are_people(nlp):
    assert actors(nlp, "The ferry was carrying 300 passengers when it capsized.") == ["passengers"]
