""""One man is dead after being shot", "the shooting left a clerk dead", the headline "3 dead
after blast": news says that someone died with the adjective "dead" as often as with "died",
and the extractor read only verbs and nouns, so none of these was a death (ECB+ dev: 35 reports
of a death said so went unread). "dead" said of someone (after a copula, as the complement of
"left", as a headline's predicate) is a Die event whose target is whom it is said of; "dead"
qualifying a noun ("a dead end", "the dead man was found") is no happening."""

from kg.extract import Extractor
from kg.model import Article


def deaths(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.span.text for m in extraction.entities}
    return [(e.trigger.text, sorted(names.get(k, k) for k in e.targets)) for e in extraction.events if e.type == "Die"]


def test_someone_who_is_dead_died(nlp):
    assert deaths(nlp, "Tomas Brill is dead after being shot by a gunman on Friday.") == [("dead", ["Tomas Brill"])]


def test_a_shooting_that_left_someone_dead_is_a_death(nlp):
    ((trigger, targets),) = deaths(nlp, "The shooting left Ana Lutz dead and two others wounded.")
    assert trigger == "dead" and any("Lutz" in name for name in targets)


def test_dead_on_a_noun_is_no_death(nlp):
    assert deaths(nlp, "The talks in Orvale reached a dead end on Monday.") == []
    assert deaths(nlp, "The dead man was found in a car in Orvale.") == []
