"""'two women were shot' gave no Injured claim: "shoot" was a manner of harm with no measure
unless a result word followed ("shot dead", "shot and wounded"), so most wounded of US crime news
went uncounted (the fresh hand audit of issue 14, docs/audits/attribution-dev-fresh.md). Shot
now means wounded when nothing in the article says anyone died; where a death is named ("three
were shot, one fatally", "a man was shot … he died") the shot may include the dead, and no
Injured figure is read from it."""

from kg.extract import Extractor
from kg.model import Article


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in Extractor()(Article("a.txt", text), nlp(text)).claims]


def test_two_people_shot_are_two_wounded(nlp):
    assert claims(nlp, "Two women were shot outside a bar early Sunday, police said.") == [("Injured", 2)]


def test_shot_with_a_death_in_the_sentence_is_not_read_as_wounded(nlp):
    assert ("Injured", 3) not in claims(nlp, "Three people were shot, one fatally, outside a bar on Sunday.")


def test_shot_then_died_in_a_later_sentence_is_not_read_as_wounded(nlp):
    assert claims(nlp, "A woman was shot on Friday night. She died at a hospital.") == [("Killed", 1)]


def test_shot_dead_stays_killed(nlp):
    assert claims(nlp, "Two men were shot dead outside a bar on Sunday.") == [("Killed", 2)]
