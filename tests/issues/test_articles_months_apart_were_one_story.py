"""Articles months apart about similar things were one story: a city's shootings share its names
(the city, its police, its hospital), so every shooting report of a year joined one story, whose
groups and events the resolver then kept together, and which grew with the build. Stories now
keep to a window of dates; an article whose date is unknown is held to none."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date

from kg.model import GROUP, PLACE
from kg.resolve.actors import Resolver
from kg.resolve.stories import stories

from conftest import article

# Two shooting reports of one city that name only the city, its police and its hospital.
NAMES = Counter({"Milltown": 2, "Milltown Police Department": 1, "Milltown General Hospital": 1})


def test_reports_months_apart_naming_the_same_city_are_two_stories():
    story = stories({"a": NAMES, "b": NAMES}, {"a": date(2016, 1, 5), "b": date(2016, 6, 10)})
    assert story["a"] != story["b"]


def test_reports_days_apart_naming_the_same_city_are_one_story():
    story = stories({"a": NAMES, "b": NAMES}, {"a": date(2016, 1, 5), "b": date(2016, 1, 8)})
    assert story["a"] == story["b"]


def test_a_report_with_no_date_is_held_to_no_window():
    story = stories({"a": NAMES, "b": NAMES, "c": NAMES},
                    {"a": date(2016, 1, 5), "b": None, "c": date(2016, 1, 20)})
    assert story["a"] == story["b"] == story["c"]


def test_a_story_is_not_stretched_article_by_article():
    # Each report is three weeks after the one before: the third is six weeks after the first.
    story = stories({"a": NAMES, "b": NAMES, "c": NAMES},
                    {"a": date(2016, 1, 1), "b": date(2016, 1, 22), "c": date(2016, 2, 12)})
    assert story["a"] == story["b"] != story["c"]


def test_an_article_that_names_nobody_joins_no_story_of_another_season():
    story = stories({"a": NAMES, "b": Counter()}, {"a": date(2016, 1, 5), "b": date(2016, 9, 1)})
    assert story["a"] != story["b"]


def _dated(sid: str, text: str, day: date | None):
    x = article(sid, text, ("Milltown", PLACE, {}), ("police", GROUP, {}))
    return dataclasses.replace(x, article=dataclasses.replace(x.article, date=day))


def test_the_police_of_two_shootings_months_apart_are_two_groups():
    text = "A man was shot in Milltown; police arrested a suspect."
    extractions = [_dated("a", text, date(2016, 1, 5)), _dated("b", text, date(2016, 6, 10))]
    _, actor_of = Resolver().resolve_actors(extractions)
    assert actor_of[("a", "e1")] != actor_of[("b", "e1")]
    assert actor_of[("a", "e0")] == actor_of[("b", "e0")]  # the city is one place whatever the story
