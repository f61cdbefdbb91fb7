"""One shooting reported as "a gunman shot the guard" in one article and "Dana Vale shot the
guard" in another made two event nodes: the agents, an unnamed group and a named person, shared
no actor and were taken for two different shooters. An unnamed description ("the gunman",
"the thieves") may stand for a named actor, and groups of one CAMEO sector ("protesters",
"rioters": the opposition in the street) for each other; two different named actors, or groups
of different sectors or none ("the gunman", "police"), still make two events."""

from kg.model import GROUP, PERSON, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

GUARD, GUNMAN, VALE, OTHER, POLICE = ("person/guard-lee", "group/gunman", "person/dana-vale", "person/kim-roe",
                                      "group/police")
PROTESTERS, RIOTERS = "group/protesters", "group/rioters"
ACTORS = [Actor(key=GUARD, label="Lee", kind=PERSON), Actor(key=GUNMAN, label="gunman", kind=GROUP),
          Actor(key=VALE, label="Dana Vale", kind=PERSON), Actor(key=OTHER, label="Kim Roe", kind=PERSON),
          Actor(key=POLICE, label="police", kind=GROUP),
          Actor(key=PROTESTERS, label="protesters", kind=GROUP, sector="OPP"),
          Actor(key=RIOTERS, label="rioters", kind=GROUP, sector="OPP")]


def report(source_id: str, shooter: str, kind: str = "Shooting", targets: tuple = ("e1",)) -> tuple[ArticleExtraction, dict]:
    text = "X shot Lee on Tuesday."
    mention = EventMention("v0", kind, Span(2, 6, "shot"), Span(0, len(text), text),
                           agents=["e0"], targets=list(targets))
    return (ArticleExtraction(Article(source_id, text), events=[mention]),
            {(source_id, "e0"): shooter, (source_id, "e1"): GUARD})


def merged(*reports: tuple[ArticleExtraction, dict]) -> list:
    actor_of = {ref: key for _, refs in reports for ref, key in refs.items()}
    extractions = [x for x, _ in reports]
    events, _ = merge_events(extractions, actor_of, ACTORS, story_of={x.article.source_id: 0 for x in extractions})
    return events


def test_the_gunman_and_the_named_shooter_of_one_victim_are_one_shooting():
    (shooting,) = merged(report("a", GUNMAN), report("b", VALE))
    assert shooting.agents == {GUNMAN, VALE} and shooting.targets == {GUARD}


def test_two_named_shooters_of_one_victim_are_still_two_shootings():
    assert len(merged(report("a", OTHER), report("b", VALE))) == 2


def test_two_groups_shooting_one_victim_are_still_two_shootings():
    assert len(merged(report("a", GUNMAN), report("b", POLICE))) == 2


def test_protesters_and_rioters_in_the_riots_are_one_riot():
    (riot,) = merged(report("a", PROTESTERS, "Protest", ()), report("b", RIOTERS, "Protest", ()))
    assert riot.agents == {PROTESTERS, RIOTERS}


WORKERS, PEOPLE, TROOPS = "group/workers", "group/civilians", "group/troops"
VICTIMS = [Actor(key=WORKERS, label="workers", kind=GROUP, sector="LAB"),
           Actor(key=PEOPLE, label="civilians", kind=GROUP, sector="CVL"),
           Actor(key=TROOPS, label="troops", kind=GROUP, sector="MIL")]


def deaths(*victims: str) -> list:
    text = "Three died in the fire."
    extractions = [ArticleExtraction(Article(f"a{n}", text), events=[
        EventMention("v0", "Die", Span(6, 10, "died"), Span(0, len(text), text), targets=["e0"])])
        for n, _ in enumerate(victims)]
    actor_of = {(f"a{n}", "e0"): key for n, key in enumerate(victims)}
    events, _ = merge_events(extractions, actor_of, VICTIMS, story_of={x.article.source_id: 0 for x in extractions})
    return events


def test_three_workers_and_three_people_who_died_are_one_death():
    (death,) = deaths(WORKERS, PEOPLE)
    assert death.targets == {WORKERS, PEOPLE}


def test_dead_troops_and_dead_civilians_are_two_deaths():
    assert len(deaths(TROOPS, PEOPLE)) == 2
