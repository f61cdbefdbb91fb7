"""One fire reported "in Fresno" by one article and "in California" by another made two event
nodes: the event merge took any two different places below the country level for two places, so
a city and the state it lies in clashed like two cities. Places now clash only when neither can
hold the other (``kg.knowledge.gazetteer.places_clash``): a state holds its cities, a written
abbreviation of the state ("Calif.") is the state, and a place the gazetteer does not know (a
street, a building) may lie in any of them; two cities, or a city and a state it is known not
to lie in, still make two fires."""

from kg.model import PERSON, PLACE, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

OWNER = "person/lee-roe"
PLACES = {"Fresno": "place/fresno-usa", "Sacramento": "place/sacramento-usa",
          "California": "place/california-usa", "Calif.": "place/calif-usa", "Nevada": "place/nevada-usa",
          "Elm Street": "place/elm-street"}
ACTORS = [Actor(key=OWNER, label="Lee Roe", kind=PERSON),
          *(Actor(key=key, label=label, kind=PLACE, country="USA") for label, key in PLACES.items())]


def fires(*places: str) -> list:
    """One article per place, each reporting a fire at the same owner's house there."""
    text = "A fire destroyed the house of Lee Roe."
    extractions = [ArticleExtraction(Article(f"a{n}", text), events=[
        EventMention("v0", "Fire", Span(2, 6, "fire"), Span(0, len(text), text), targets=["e0"], places=["e1"])])
        for n, _ in enumerate(places)]
    actor_of = {ref: key for n, place in enumerate(places)
                for ref, key in (((f"a{n}", "e0"), OWNER), ((f"a{n}", "e1"), PLACES[place]))}
    events, _ = merge_events(extractions, actor_of, ACTORS, story_of={x.article.source_id: 0 for x in extractions})
    return events


def test_a_fire_in_a_city_and_in_its_state_is_one_fire():
    (fire,) = fires("Fresno", "California")
    assert fire.places == {PLACES["Fresno"], PLACES["California"]}


def test_the_abbreviated_state_holds_its_city_too():
    assert len(fires("Fresno", "Calif.")) == 1


def test_a_street_the_gazetteer_does_not_know_may_lie_in_the_city():
    assert len(fires("Fresno", "Elm Street")) == 1


def test_fires_in_two_cities_are_still_two_fires():
    assert len(fires("Fresno", "Sacramento")) == 2


def test_a_city_and_a_state_it_is_not_in_are_still_two_fires():
    assert len(fires("Fresno", "Nevada")) == 2
