"""Descriptions their own sentence ties to a named person (kg.extract.descriptions), and the
resolver putting them with that person rather than with whom the story is about."""

from __future__ import annotations

import pytest

from kg.extract.actors import ActorExtractor
from kg.model import Article, ArticleExtraction
from kg.resolve.actors import Resolver


@pytest.fixture(scope="module")
def described(nlp):
    extractor = ActorExtractor()

    def run(text: str) -> dict[str, str | None]:
        """description → the name of the person it is tied to (None: not tied)."""
        mentions = extractor(nlp(text), Article("test.txt", text))
        by_key = {m.key: m for m in mentions}
        return {m.name: by_key[m.refers_to].name if m.refers_to else None
                for m in mentions if m.nominal and not m.pronoun}

    return run


def test_a_predicate_nominative_names_the_person(described):
    links = described("Police arrested two men on Friday. Andrew Lopez, 20, is the accused gunman.")
    assert links["gunman"] == "Andrew Lopez"


def test_a_description_after_become_names_its_subject(described):
    links = described("Doug McDermott scored 23 points to become the school's all-time scoring leader.")
    assert any(name.endswith("leader") and person == "Doug McDermott" for name, person in links.items())


def test_an_apposition_names_the_person(described):
    links = described("The suspect, Gary Gomes, was arrested in New Bedford on Monday.")
    assert links["suspect"] == "Gary Gomes"


def test_a_description_beside_a_name_it_does_not_complete_stays_free(described):
    links = described("Andrew Lopez spoke to reporters after the gunman fled the building.")
    assert links["gunman"] is None


def test_the_resolver_puts_a_tied_description_with_its_person(nlp):
    text = ("Zurana Horton, a mother of 12, was killed on Friday. Her family mourned Zurana Horton. "
            "Andrew Lopez, 20, is the accused gunman.")
    mentions = ActorExtractor()(nlp(text), Article("a.txt", text))
    actors, mention_to_actor = Resolver().resolve_actors([ArticleExtraction(Article("a.txt", text), entities=mentions)])
    gunman = next(m for m in mentions if m.name == "gunman")
    lopez = next(m for m in mentions if m.name == "Andrew Lopez")
    # Without the sentence's own link the role would go to the person the article names most.
    assert mention_to_actor[("a.txt", gunman.key)] == mention_to_actor[("a.txt", lopez.key)]
