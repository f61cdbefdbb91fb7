"""A town's name that several countries have got the gazetteer's first choice whatever the story:
an American town named like a Venezuelan one was put in Venezuela. Among the countries that
have the name, the one the article's other places are in (places whose names one country has)
is taken."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def countries(nlp, text):
    return {m.name: m.country for m in ActorExtractor()(nlp(text), Article("a.txt", text))}


def test_the_town_is_in_the_country_of_the_article_s_other_places(nlp):
    found = countries(nlp, "Dana Voss was shot in Valencia on Sunday, and a second man in Pasadena an hour later.")
    assert found["Valencia"] == "USA"


def test_a_town_of_a_story_with_no_other_place_keeps_the_gazetteer_s_choice(nlp):
    from kg.knowledge.gazetteer import Gazetteer

    found = countries(nlp, "Dana Voss was shot in Valencia on Sunday.")
    assert found["Valencia"] == Gazetteer.load().place("Valencia").country
