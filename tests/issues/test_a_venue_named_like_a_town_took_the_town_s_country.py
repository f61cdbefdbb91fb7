"""A restaurant or a bar named like a town abroad ("a restaurant called Toledo", "at Toledo
restaurant") took the country of the gazetteer's town: a name the text frames as a venue's
(what a venue is called, or a name without an article before a word of a trade) is not the
town's, and has no country; "a Toledo restaurant" is one in the town."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.actors import Resolver


def countries(nlp, text):
    found, _ = Resolver().resolve_actors([Extractor()(Article("a.txt", text), nlp(text))])
    return {a.label: a.country for a in found}


def test_a_restaurant_called_like_a_town_has_no_country(nlp):
    found = countries(nlp, "The fight started at a restaurant called Toledo in Elmford.")
    assert "Toledo" in found and found["Toledo"] is None


def test_a_bar_named_like_a_town_has_no_country(nlp):
    found = countries(nlp, "They met at a bar named Toledo.")
    assert "Toledo" in found and found["Toledo"] is None


def test_a_name_before_a_trade_word_without_an_article_is_the_venue(nlp):
    found = countries(nlp, "The fight began at Toledo restaurant in Elmford.")
    assert "Toledo" in found and found["Toledo"] is None


def test_a_restaurant_in_a_town_keeps_the_town(nlp):
    assert countries(nlp, "He ate at a Toledo restaurant on Friday.").get("Toledo") is not None
