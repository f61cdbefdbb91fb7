"""Sports reports call a team by its home city ("Riverton lost a 10-point lead" in the reports
of a game of the Riverton Hawks); the resolver kept every such mention a place, apart from the
team. A place's name alone, in a story whose reports name a team as the place's name and a plural
("the Harlow Rovers" or "Harlow" followed by "Rovers"), is that team, unless a preposition of place
makes it the location ("fans in Harlow"); a newspaper ("the Harlow Times") is no team
(kg/extract/teams.py); the mention joins the team after events are merged, so a game keeps
the city as its place (kg/resolve/team_places.py)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from described_people_helpers import resolved  # noqa: E402

from kg.extract.teams import as_team, teams_named  # noqa: E402
from kg.model import ORGANIZATION, PLACE, EntityMention, Span  # noqa: E402


def mention(key, text, name, kind, start=None):
    start = text.index(name) if start is None else start
    return EntityMention(key=key, span=Span(start, start + len(name), name), name=name, kind=kind, votes={kind: 1.0})


def test_the_city_alone_is_the_team_its_story_names():
    first = "The Harlow Rovers beat Elmford on Sunday."
    second = "Harlow lost a 10-point lead before fans in Harlow cheered the late win."
    teams = teams_named([(first, [mention("e1", first, "Harlow Rovers", ORGANIZATION)]), (second, [])])
    subject = mention("e1", second, "Harlow", PLACE)
    located = mention("e2", second, "Harlow", PLACE, start=second.rindex("Harlow"))
    assert as_team(second, subject, teams).name == "Harlow Rovers"
    assert as_team(second, subject, teams).kind == ORGANIZATION
    assert as_team(second, located, teams) is None


def test_the_city_before_a_team_s_name_written_apart_is_the_team():
    text = "The Hawks beat the Harlow Rovers again. Harlow Rovers fans were happy."
    rovers = mention("e2", text, "Rovers", ORGANIZATION, start=text.index("Rovers"))
    city = mention("e1", text, "Harlow", PLACE)
    teams = teams_named([(text, [city, rovers])])
    assert teams["Harlow"].name == "Rovers"


def test_a_newspaper_named_after_the_city_is_no_team():
    text = "The Harlow Times reported that Harlow approved the budget."
    teams = teams_named([(text, [mention("e1", text, "Harlow Times", ORGANIZATION)])])
    assert teams == {}


def test_two_teams_of_one_city_make_neither_its_team():
    text = "The Harlow Rovers and the Harlow Hawks met as Harlow celebrated."
    teams = teams_named([(text, [mention("e1", text, "Harlow Rovers", ORGANIZATION),
                                 mention("e2", text, "Harlow Hawks", ORGANIZATION)])])
    assert teams == {}



def _game_reports():
    from kg.model import Article, ArticleExtraction, EventMention

    first = "The Harlow Rovers beat Elmford at Harlow on Sunday."
    second = "Harlow lost a 10-point lead at Elmford on Sunday."
    won = EventMention(key="v1", type="Fight", trigger=Span(first.index("beat"), first.index("beat") + 4, "beat"),
                       sentence=Span(0, len(first), first), agents=["e1"], targets=["e2"], places=["e3"])
    return [  # one story: both reports name Elmford's team
        ArticleExtraction(article=Article("a0.txt", first, masked=first),
                          entities=[mention("e1", first, "Harlow Rovers", ORGANIZATION),
                                    mention("e2", first, "Elmford", ORGANIZATION),
                                    mention("e3", first, "Harlow", PLACE, start=first.rindex("Harlow"))],
                          events=[won]),
        ArticleExtraction(article=Article("a1.txt", second, masked=second),
                          entities=[mention("e1", second, "Harlow", PLACE),
                                    mention("e2", second, "Elmford", ORGANIZATION)]),
    ]


def test_the_resolver_joins_the_city_alone_to_its_team():
    from kg.resolve.actors import Resolver
    from kg.resolve.resolution import actors_and_events

    found = actors_and_events(_game_reports(), Resolver())
    assert found.actor_of[("a1.txt", "e1")] == found.actor_of[("a0.txt", "e1")]
    team = next(a for a in found.actors if a.key == found.actor_of[("a0.txt", "e1")])
    assert ("a1.txt", 0) in {(e.source_id, e.span.start) for e in team.evidence}


def test_the_game_keeps_the_city_as_its_place():
    """The remapping comes after events are merged: "at Harlow" stays the game's place (the
    mention itself names the team: "at Harlow" is where the home team plays)."""
    from kg.resolve.actors import Resolver
    from kg.resolve.resolution import actors_and_events

    found = actors_and_events(_game_reports(), Resolver())
    places = [a.key for a in found.actors if a.kind == PLACE]
    assert len(places) == 1
    assert [event.places for event in found.events] == [set(places)]


def test_a_team_the_tagger_read_as_a_person_is_the_city_s_team():
    from kg.model import PERSON

    text = "The Harlow Red Devils won again. Harlow scored 20 points."
    teams = teams_named([(text, [mention("e1", text, "Harlow Red Devils", PERSON)])])
    city = mention("e2", text, "Harlow", PLACE, start=text.rindex("Harlow"))
    assert as_team(text, city, teams).name == "Harlow Red Devils"
