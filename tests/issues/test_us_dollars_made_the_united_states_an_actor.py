"""'The ransom was paid in US dollars' made the United States an actor of the article: a
country name or code before a currency noun names the currency, not the country. Currency
nouns come from kg/data/currencies.yaml (ISO 4217 names)."""

from kg.extract.actors import ActorExtractor
from kg.model import COUNTRY, Article


def countries(nlp, text: str) -> list[str]:
    mentions = ActorExtractor()(nlp(text), Article("a", text))
    return [m.name for m in mentions if m.kind == COUNTRY]


def test_a_country_code_before_dollars_is_no_country(nlp):
    assert countries(nlp, "The ransom was paid in US dollars, police said.") == []


def test_the_country_that_acts_stays_a_country(nlp):
    text = "The US won the match. The US dollar fell against the Swiss franc."
    assert countries(nlp, text) == ["United States"]
