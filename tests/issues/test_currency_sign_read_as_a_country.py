"""A price's currency gave a country actor: "retailing for US $199" made the United States
an actor of a story about a phone."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))}


def test_the_country_of_a_currency_sign_is_no_actor(nlp):
    assert "United States" not in names(nlp, "The phone will retail for US $199 and $299 respectively.")


def test_the_country_that_acts_is_still_an_actor(nlp):
    assert "United States" in names(nlp, "The US imposed sanctions worth $5 billion on Monday.")
