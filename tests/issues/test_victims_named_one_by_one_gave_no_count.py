"""Victims named one by one gave no figure: "A 17-year-old and an 18-year-old were shot" states
two people, but the figure extractor only counted numerals and a person alone ("a man"), and left
out people in a list (the fresh hand audit of issue 14, docs/audits/attribution-dev-fresh.md).
People listed one by one, each stated ("a"/"an", a name, "her son"), are now counted."""

from kg.extract import Extractor
from kg.model import Article


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in Extractor()(Article("a.txt", text), nlp(text)).claims]


def test_two_ages_joined_by_and_are_two_wounded(nlp):
    assert claims(nlp, "A 15-year-old and a 19-year-old were shot late Friday, officers said.") == [("Injured", 2)]


def test_a_man_and_a_woman_killed_are_two_dead(nlp):
    assert claims(nlp, "A man and a woman were killed in the crash on Route 9.") == [("Killed", 2)]


def test_a_numeral_in_the_list_leaves_the_count_to_the_numerals(nlp):
    # the numeral counts its own officers; the list adds no second figure of its own
    assert claims(nlp, "Two officers and a civilian were killed in the ambush.") == [("Killed", 2)]


def test_a_list_with_no_casualty_verb_is_no_figure(nlp):
    assert claims(nlp, "A man and a woman walked into the store on Monday.") == []
