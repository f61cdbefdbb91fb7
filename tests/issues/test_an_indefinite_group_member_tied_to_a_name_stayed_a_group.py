"""ECB+ dev profile (issue 14): "Dana Voss, a suspended plant employee, …" — a singular
member of a group ("employee", "worker", "resident", "official") that its own sentence
ties to a named person, by apposition or after "be", was extracted as the group of
workers, and the resolver kept it apart from the person it describes. Only definite
members ("the employee") were read as a person. Names invented."""

from __future__ import annotations

from kg.extract.actors import ActorExtractor
from kg.model import Article, ArticleExtraction
from kg.resolve.actors import Resolver


def _actor_of(nlp, text: str, word: str, name: str) -> tuple[str | None, str | None]:
    mentions = ActorExtractor()(nlp(text), Article("a.txt", text))
    _, actor_of = Resolver().resolve_actors([ArticleExtraction(Article("a.txt", text), entities=mentions)])
    member = next(m for m in mentions if m.span.text.endswith(word))
    person = next(m for m in mentions if m.name == name)
    return actor_of.get(("a.txt", member.key)), actor_of.get(("a.txt", person.key))


def test_an_employee_in_apposition_is_the_named_person(nlp):
    text = ("Two people were killed at a food plant on Friday. Dana Voss, a suspended plant employee, "
            "was charged with murder. Prosecutors said Dana Voss had argued with co-workers.")
    member, person = _actor_of(nlp, text, "employee", "Dana Voss")
    assert member is not None and member == person


def test_an_official_joined_to_an_apposition_is_the_named_person(nlp):
    text = ("Harlan Brecht, a party fundraiser and high-ranking administration official, "
            "has died. Harlan Brecht was 75.")
    member, person = _actor_of(nlp, text, "official", "Harlan Brecht")
    assert member is not None and member == person


def test_a_worker_after_be_is_the_named_person(nlp):
    text = "Police named the suspect on Monday. Dana Voss was a fired worker at the plant."
    member, person = _actor_of(nlp, text, "worker", "Dana Voss")
    assert member is not None and member == person
