"""People the text describes but does not name, as actors of their article.

"A 16-year-old boy was shot … the boy was taken to hospital": one person, of
this article only. Two articles that each describe "a 16-year-old boy" may
describe two people, so nothing here joins mentions across articles, and an
actor's IRI depends only on its article and the offset of its first mention
(stable as articles are added).

Within one article, in text order:

- a mention that ``kg.extract.descriptions`` tied to a named person ("the
  victim, Jane Doe,") is that person;
- an indefinite description ("a man", "another woman", "one witness") is a
  new person;
- a definite one ("the boy", "the victim") is the last person of the article
  described with the same head noun; else, when the article has described
  one person so far and the heads may describe one person ("a 17-year-old
  boy … the teen", "a man … the victim": ``alike`` and ``anyone`` in
  ``kg/data/described_people.yaml``), that person; else a new person, unless
  the article names a person (then the description may be theirs, and it is
  left out);
- a description with a possessor ("his mother") is the last person described
  with the same words, else a new person.

A pronoun the resolver gave no one ("… he died" in an article that names
nobody) is the described person mentioned last before it, within about two
sentences, when that person's noun has the pronoun's sex ("boy", "mother":
``male`` and ``female`` in the data file).

Described mentions (``EntityMention.described``) are kept out of the actor
resolver (:func:`without_described`); role descriptions the resolver left
without a named person ("the gunman" in an article that names no one) are
taken here as definite descriptions. The actor is labelled with the first
description as written; nothing else is said of it.

Across the articles of one story (:func:`join_across_story`, once stories are
known), a role its happening has ("the gunman", "the suspect", "the victim":
the single-word role nouns of ``person_roles.yaml`` and ``anyone`` here) that
several articles describe, each article describing one person with that noun,
is one person: the reports of one shooting describe its one gunman. Nouns of
age, sex or kinship ("a man", "his mother") are not roles of a happening and
stay per article; so does a role noun an article uses for two people. The
person keeps the key of its report first by article date, then source id.
"""

from __future__ import annotations

from dataclasses import replace

from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from kg.knowledge.resources import data_yaml
from kg.model import PERSON, PRONOUN_GENDER, Actor, ArticleExtraction, EntityMention, Evidence
from kg.resolve import identity

_LEXICON = data_yaml("described_people.yaml")
_ALIKE = [frozenset(heads) for heads in _LEXICON["alike"]]
_ANYONE = frozenset(_LEXICON["anyone"])
_SEX = {**{noun: "m" for noun in _LEXICON["male"]}, **{noun: "f" for noun in _LEXICON["female"]}}
# Nouns of a role in a happening: one per story when each report describes one person so.
_ROLES = frozenset(role for role in data_yaml("person_roles.yaml")["roles"] if " " not in role) | _ANYONE
# How far (characters) a pronoun may stand after the description it takes: about two sentences.
_REACH = 300
_INDEFINITE = ("a ", "an ", "another ", "one ")
_DEFINITE = ("the ", "this ", "that ")
# Words written with a capital only at the start of a sentence ("A man", "His mother").
_LOWER_FIRST = {"a", "an", "another", "one", "the", "this", "that", "his", "her", "their", "its", "my", "our", "your"}


def without_described(extractions: list[ArticleExtraction]) -> list[ArticleExtraction]:
    """The extractions without their described mentions, for the actor resolver (same records
    when an article has none)."""
    return [replace(x, entities=[m for m in x.entities if not m.described])
            if any(m.described for m in x.entities) else x for x in extractions]


def add_described_people(extractions: list[ArticleExtraction], actors: list[Actor],
                         actor_of: dict[tuple[str, str], str]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """``actors`` and ``actor_of`` with the described people added (new lists; inputs unchanged)."""
    kinds = {actor.key: actor.kind for actor in actors}
    mapping = dict(actor_of)
    created: list[Actor] = []
    named: dict[str, list[Evidence]] = {}  # a named person's key → the descriptions tied to them
    for extraction in extractions:
        sid = extraction.article.source_id
        names_a_person = any(kinds.get(actor_of.get((sid, m.key))) == PERSON
                             for m in extraction.entities if not (m.nominal or m.pronoun))
        last: dict[str, Actor] = {}  # head noun, or possessive phrase → the last person so described
        heads: dict[str, str] = {}  # the article's described people so far (keys) → their first head noun
        by_key: dict[str, Actor] = {}
        said: list[tuple[int, Actor]] = []  # (offset, person) of each described mention taken
        for m in sorted(extraction.entities, key=lambda m: (m.span.start, m.span.end)):
            if (sid, m.key) in actor_of or not _described(m):
                continue
            if m.refers_to and (sid, m.refers_to) in actor_of:
                mapping[(sid, m.key)] = actor_of[(sid, m.refers_to)]
                named.setdefault(actor_of[(sid, m.refers_to)], []).append(Evidence(sid, m.span))
                continue
            name = m.name if m.described else _with_determiner(m, extraction.article.text)
            words = name.lower().split()
            head = m.span.text.lower().split()[-1]  # the noun: "the owner of the store" is an owner
            possessed = not name.lower().startswith(_INDEFINITE + _DEFINITE)
            chain = " ".join(words) if possessed else head
            actor = None if name.lower().startswith(_INDEFINITE) else last.get(chain)
            if actor is None and name.lower().startswith(_DEFINITE) and len(heads) == 1 \
                    and _alike(head, next(iter(heads.values()))):
                actor = by_key[next(iter(heads))]  # "a 17-year-old boy … the teen", "a man … the victim"
            if actor is None:
                if name.lower().startswith(_DEFINITE) and names_a_person:
                    continue
                first, _, rest = name.partition(" ")
                label = f"{first.lower()} {rest}" if first.lower() in _LOWER_FIRST else name
                key = identity.actor_id(PERSON, f"{identity.slug(label)}-{identity.digest(sid, str(m.span.start), length=8)}")
                actor = Actor(key=key, label=label, kind=PERSON, described=True)
                created.append(actor)
            last[chain] = actor
            heads.setdefault(actor.key, head)
            by_key[actor.key] = actor
            actor.evidence.append(Evidence(sid, m.span))
            mapping[(sid, m.key)] = actor.key
            said.append((m.span.start, actor))
        _pronouns(sid, extraction.entities, said, mapping)
    actors = [replace(actor, evidence=actor.evidence + named[actor.key]) if actor.key in named else actor
              for actor in actors]
    return actors + created, mapping


def join_across_story(extractions: list[ArticleExtraction], actors: list[Actor],
                      actor_of: dict[tuple[str, str], str],
                      story_of: Mapping[str, int]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """``actors`` and ``actor_of`` with the described people of one role joined across the articles
    of a story (see the module docstring); new lists, inputs unchanged."""
    published = {x.article.source_id: x.article.date for x in extractions}
    groups: dict[tuple[int, str], list[Actor]] = defaultdict(list)
    for actor in actors:
        if actor.described and actor.evidence:
            first = actor.evidence[0]
            head = first.span.text.lower().split()[-1]
            if head in _ROLES and first.source_id in story_of:
                groups[(story_of[first.source_id], head)].append(actor)
    into: dict[str, Actor] = {}
    for group in groups.values():
        articles = [actor.evidence[0].source_id for actor in group]
        if len(group) < 2 or len(set(articles)) < len(articles):
            continue  # one report only, or a report describing two people with the noun
        group.sort(key=lambda a: (published.get(a.evidence[0].source_id) or date.min, a.evidence[0].source_id))
        for actor in group[1:]:
            into[actor.key] = group[0]
    if not into:
        return actors, actor_of
    evidence = defaultdict(list)
    for actor in actors:
        if actor.key in into:
            evidence[into[actor.key].key].extend(actor.evidence)
    joined = [replace(actor, evidence=actor.evidence + evidence[actor.key]) if actor.key in evidence else actor
              for actor in actors if actor.key not in into]
    return joined, {ref: into[key].key if key in into else key for ref, key in actor_of.items()}


def _pronouns(sid: str, entities: list[EntityMention], said: list[tuple[int, Actor]],
              mapping: dict[tuple[str, str], str]) -> None:
    """ "A 16-year-old boy was shot … he died": a pronoun the resolver gave no one is the described
    person mentioned last before it, close by, when that person's noun has the pronoun's sex."""
    for m in entities:
        if not m.pronoun or (sid, m.key) in mapping or m.name.lower() not in PRONOUN_GENDER:
            continue
        before = [(start, actor) for start, actor in said if start < m.span.start <= start + _REACH]
        if not before:
            continue
        actor = max(before, key=lambda item: item[0])[1]
        if _SEX.get(actor.evidence[0].span.text.split()[-1].lower()) == PRONOUN_GENDER[m.name.lower()]:
            mapping[(sid, m.key)] = actor.key
            actor.evidence.append(Evidence(sid, m.span))


def _described(m: EntityMention) -> bool:
    """A described person, or a role description the resolver tied to no one ("the gunman")."""
    return m.kind == PERSON and m.nominal and not m.pronoun and m.title is None and m.speaks_for is None \
        and (m.described or not m.name[:1].isupper())


def _with_determiner(m: EntityMention, text: str) -> str:
    """A role mention's words with the determiner written before them ("the gunman": the actor
    extractor's mention is "gunman")."""
    before = text[:m.span.start].rstrip()
    word = before.rsplit(None, 1)[-1] if before.split() else ""
    if word.lower() in ("the", "this", "that") and text[len(before):m.span.start].strip() == "":
        return f"{word} {m.span.text}"
    return f"the {m.span.text}" if not m.span.text.lower().startswith(_DEFINITE) else m.span.text


def _alike(head: str, other: str) -> bool:
    """Whether a description with ``head`` may describe the person first described with ``other``."""
    return head in _ANYONE or any(head in heads and other in heads for heads in _ALIKE)
