"""Stories (kg.resolve.stories): which articles report the same story, so that unnamed groups of two
stories ("the police" of two shootings) stay two groups."""

from __future__ import annotations

import re
from collections import Counter

from kg.model import GROUP, ORGANIZATION, PERSON, PLACE
from kg.resolve.actors import Resolver
from kg.resolve.stories import stories

from conftest import article


def test_articles_naming_the_same_people_and_places_are_one_story():
    story = stories({
        "a": Counter({"Mara Tillet": 3, "Brooklyn": 1}),
        "b": Counter({"Tillet": 1, "Mara Tillet": 1, "Brooklyn": 2}),
        "c": Counter({"Alexis Varelas": 2, "Athens": 2}),
        "d": Counter({"Athens": 1, "Kolonaki": 1}),
    })
    assert story["a"] == story["b"] and story["c"] == story["d"] and story["a"] != story["c"]


def test_stories_do_not_depend_on_the_order_articles_are_given_in():
    names = {"b": Counter({"Paris": 1, "Kestrel Jewellers": 2}), "a": Counter({"Paris": 1}), "c": Counter({"Oslo": 1})}
    assert stories(names) == stories(dict(reversed(list(names.items()))))


def test_an_article_that_names_nobody_joins_the_largest_story():
    story = stories({"a": Counter({"Lagos": 1}), "b": Counter({"Lagos": 2}), "c": Counter({"Kano": 1}),
                     "d": Counter()})
    assert story["d"] == story["a"] == story["b"] != story["c"]


# The people, places and groups the articles below mention, found in them by name.
_NAMES = {"Mara Tillet": PERSON, "Alexis Varelas": PERSON, "Brooklyn": PLACE, "Athens": PLACE,
          "police": GROUP, "Police": GROUP}


def _article(sid: str, text: str):
    """An extraction of ``text`` whose mentions are the names of ``_NAMES`` it holds, in order."""
    found = sorted((match.start(), name) for name in _NAMES for match in re.finditer(rf"\b{name}\b", text))
    return article(sid, text, *((name, _NAMES[name], {}) for _, name in found))


def test_the_police_of_two_stories_are_two_groups_and_of_one_story_one():
    extractions = [
        _article("a", "Mara Tillet was shot in Brooklyn; police arrested a man."),
        _article("b", "Police said Mara Tillet died in Brooklyn."),
        _article("c", "In Athens police shot Alexis Varelas."),
    ]
    actors, mention_to_actor = Resolver().resolve_actors(extractions)
    police = {sid: mention_to_actor[(sid, key)] for sid, key in (("a", "e2"), ("b", "e0"), ("c", "e1"))}
    assert police["a"] == police["b"] != police["c"]
    assert sum(a.kind == GROUP for a in actors) == 2
    assert not any(a.kind == ORGANIZATION for a in actors)


def test_a_group_of_a_smaller_story_is_named_after_the_story_and_keeps_its_iri_as_articles_come():
    brooklyn = [
        _article("b1", "Mara Tillet was shot in Brooklyn; police arrested a man."),
        _article("b2", "Police said Mara Tillet died in Brooklyn."),
        _article("b3", "Brooklyn mourned Mara Tillet; police kept watch."),
    ]
    athens = _article("a1", "In Athens police shot Alexis Varelas.")
    later = _article("a0", "Alexis Varelas was buried in Athens as police watched.")

    def police(extractions):
        actors, mention_to_actor = Resolver().resolve_actors(extractions)
        return {sid: key for (sid, _), key in mention_to_actor.items() if key.startswith("group/")}

    before = police(brooklyn + [athens])
    assert before["b1"] == before["b2"] == "group/security-forces"  # the larger story: the plain IRI
    assert before["a1"] == "group/security-forces-alexis-varelas"
    # An article that sorts first joins the smaller story: no IRI moves (the plain one would only
    # move if that story grew larger than the other).
    after = police([later] + brooklyn + [athens])
    assert after["a0"] == after["a1"] == before["a1"] and after["b1"] == before["b1"]
