"""One shooting of one article was split over two nodes (issue 15, sixth audit's class, written
as invented mentions): "A teen fired a gun in Fresno" made the node, and "The shooting
happened on Elm Road" another, because a mention with only a place is tied to a node by a shared
place or word only, and "Elm Road" is no place the node had, nor "shooting" a stem of "fired" or
"shot". A node made only of event nouns of one article ("the shooting", "a shootout") joins the
node of that article's happening of its class when nothing it says clashes with it
(``refer_back``); a noun naming another town, another year or a happening set apart ("another
shooting") stays apart."""

from datetime import date

from kg.model import PERSON, PLACE, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

TOWN, OTHER_TOWN, ROAD = "place/fresno-usa", "place/sacramento-usa", "place/elm-road"
TEEN, BOY = "person/a-teen", "person/a-boy"
ACTORS = [Actor(key=TOWN, label="Fresno", kind=PLACE, country="USA"),
          Actor(key=OTHER_TOWN, label="Sacramento", kind=PLACE, country="USA"),
          Actor(key=ROAD, label="Elm Road", kind=PLACE, country="USA"),
          Actor(key=TEEN, label="a teen", kind=PERSON), Actor(key=BOY, label="a boy", kind=PERSON)]
SUNDAY = date(2019, 3, 3)


def build(second: str, **roles) -> list:
    """The article "A teen fired a gun Sunday in Fresno, police said. He shot a boy. <second>",
    whose second sentence's mention ties "fired a gun" (the target), with a last mention
    ``second`` (its trigger its first word after a determiner) holding ``roles``."""
    text = f"A teen fired a gun Sunday in Fresno, police said. He shot a boy. {second}"
    first_stop, second_stop = text.index(".") + 1, text.index("boy.") + 4

    def mention(key: str, word: str, start: int, sentence: tuple[int, int], **more) -> EventMention:
        return EventMention(key, "Shooting", Span(start, start + len(word), word),
                            Span(*sentence, text[sentence[0]:sentence[1]]), **more)

    at = text.index(second) + len(second.split()[0]) + 1
    word = second.split()[1]
    mentions = [mention("v1", "fired a gun", 7, (0, first_stop), agents=["e1"], places=["e2"], date=SUNDAY),
                mention("v2", "shot", text.index("shot"), (first_stop + 1, second_stop), agents=["e1"], targets=["e3"]),
                mention("v3", word, at, (second_stop + 1, len(text)), **roles)]
    actor_of = {("a", "e1"): TEEN, ("a", "e2"): TOWN, ("a", "e3"): BOY, ("a", "e4"): ROAD, ("a", "e5"): OTHER_TOWN}
    extraction = ArticleExtraction(Article("a", text, date=date(2019, 3, 4)), events=mentions)
    events, _ = merge_events([extraction], actor_of, ACTORS, story_of={"a": 0})
    return events


def test_the_shooting_on_a_road_of_the_town_is_the_article_s_shooting():
    (shooting,) = build("The shooting happened Sunday night on Elm Road.", places=["e4"], date=SUNDAY)
    assert shooting.triggers == {"fired a gun", "shot", "shooting"} and shooting.places >= {TOWN, ROAD}


def test_a_shooting_in_another_town_stays_apart():
    events = build("A shooting happened Sunday night in Sacramento.", places=["e5"])
    assert sorted(len(event.evidence) for event in events) == [1, 2]


def test_a_shooting_of_another_day_stays_apart():
    events = build("The shooting happened Saturday night on Elm Road.", places=["e4"], date=date(2019, 3, 2))
    assert sorted(len(event.evidence) for event in events) == [1, 2]


def test_another_shooting_on_a_road_stays_apart():
    events = build("Another shooting happened on Elm Road.", places=["e4"], distinct=True)
    assert sorted(len(event.evidence) for event in events) == [1, 2]
