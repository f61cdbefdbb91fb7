"""People the text describes but does not name, as actors of their article.

"A 16-year-old boy was shot … the boy was taken to hospital": one person, of
this article only. Two articles that each describe "a 16-year-old boy" may
describe two people, so :func:`add_described_people` joins no mentions across
articles, and an actor's IRI depends only on its article and the offset of its
first mention (stable as articles are added); the one exception, a role of a
story's happening, is :func:`join_across_story` (below).

Within one article, in text order:

- a mention that ``kg.extract.descriptions`` tied to a named person ("the
  victim, Jane Doe,") is that person;
- an indefinite description ("a man", "another woman", "one witness") is a
  new person, unless "a"/"an" and the same words (a modifier and the noun)
  described one earlier ("a 5-year-old boy" again in a photo caption): then
  it is that person; "another" sets it apart, and so do items of a list
  ("• A 12-year-old boy was charged …", each item another case);
- a definite one ("the boy", "the victim") is the last person of the article
  described with the same head noun, unless the noun may describe two or
  more of the article's described people and that person was first
  described with another noun ("the child" after "a 7-year-old boy" and "a
  12-year-old boy": either boy, so neither); else, when the article has described
  one person so far and the heads may describe one person ("a 17-year-old
  boy … the teen", "a man … the victim": ``alike`` and ``anyone`` in
  ``kg/data/described_people.yaml``), that person; else a new person, unless
  the article names a person (then the description may be theirs, and it is
  left out);
- a description with a possessor ("his mother", "the boy's mother") is the
  last person described with the same words, else the one person described
  with the same noun and a possessor of the same sex ("his mother … the
  boy's mother"), else a new person (a definite possessor, "the boy's
  father", is left out like a definite description when the article names
  a person).

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
_DEFINITE_WORDS = ("the", "this", "that")
_BULLETS = ("•", "·", "▪", "*", "-", "–", "—")
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
        first_words: dict[str, Actor] = {}  # "5-year-old boy" → the person first described "a 5-year-old boy"
        possessed_by: dict[str, list] = {}  # "mother" → (sex of the possessor, person) of each "his mother"
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
            # "his mother", "the boy's mother": a possessor (the words before the noun end in "'s")
            possessed = not name.lower().startswith(_INDEFINITE + _DEFINITE) \
                or (len(words) > 2 and words[-2].endswith(("'s", "’s")))
            chain = " ".join(words) if possessed else head
            definite = name.lower().startswith(_DEFINITE) and not possessed
            if name.lower().startswith(_INDEFINITE):
                # "a 5-year-old boy" again (a photo caption): the person first described so,
                # unless set apart ("another 5-year-old boy"); a bare "a man" may be anyone.
                listed = _list_item(extraction.article.text, m.span.start)
                actor = first_words.get(" ".join(words[1:])) if words[0] in ("a", "an") and len(words) > 2 \
                    and not listed else None
            else:
                actor = last.get(chain)
                if definite and _ambiguous(head, actor, heads):
                    actor = None  # "the child" of an article that described two boys: neither
            if actor is None and possessed:
                # "his mother … the boy's mother": the one person described as the mother of
                # someone of that sex
                actor = _same_relative(words, possessed_by.get(head, []))
            if actor is None and definite and len(heads) == 1 \
                    and _alike(head, next(iter(heads.values()))):
                actor = by_key[next(iter(heads))]  # "a 17-year-old boy … the teen", "a man … the victim"
            if actor is None:
                if (definite or (possessed and words[0] in _DEFINITE_WORDS)) and names_a_person:
                    continue
                first, _, rest = name.partition(" ")
                label = f"{first.lower()} {rest}" if first.lower() in _LOWER_FIRST else name
                key = identity.actor_id(PERSON, f"{identity.slug(label)}-{identity.digest(sid, str(m.span.start), length=8)}")
                actor = Actor(key=key, label=label, kind=PERSON, described=True)
                created.append(actor)
            last[chain] = actor
            if actor.key not in heads and name.lower().startswith(("a ", "an ")) \
                    and not _list_item(extraction.article.text, m.span.start):
                first_words.setdefault(" ".join(words[1:]), actor)
            if possessed and len(words) > 1:
                possessed_by.setdefault(head, []).append((_possessor_sex(words[:-1]), actor))
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


def _list_item(text: str, offset: int) -> bool:
    """Whether the line of ``offset`` is an item of a list ("• A 12-year-old boy was charged …"):
    the items of a list tell of different cases, so the same words there are different people."""
    line = text[text.rfind("\n", 0, offset) + 1:offset].lstrip()
    return line[:1] in _BULLETS


def _ambiguous(head: str, previous: Actor | None, heads: dict[str, str]) -> bool:
    """Whether joining a definite description with ``head`` ("the child") to ``previous``, the last
    person so described, is a guess: the article has described two or more people the noun may
    describe (two boys), and ``previous`` was not first described with that very noun."""
    if previous is None or heads.get(previous.key) == head:
        return False  # "a child … the child": the one described with that noun
    candidates = [key for key, other in heads.items() if other == head or _alike(head, other)]
    return len(candidates) > 1 and any(heads[key] != head for key in candidates)


def _possessor_sex(words: list[str]) -> str | None:
    """The sex of a possessor written as a pronoun or a definite description ("his", "the boy's"),
    else None ("a neighbor's", "the victim's")."""
    if len(words) == 1 and words[0] in ("his", "her"):
        return "m" if words[0] == "his" else "f"
    if len(words) >= 2 and words[0] in _DEFINITE_WORDS and words[-1].endswith(("'s", "’s")):
        return _SEX.get(words[-1][:-2])
    return None


def _same_relative(words: list[str], earlier: list) -> Actor | None:
    """The one person earlier described with the same relative noun of a possessor of the same
    sex ("his mother" for "the boy's mother"), else None (none, or two people so described)."""
    sex = _possessor_sex(words[:-1])
    if sex is None:
        return None
    found = {actor.key: actor for other_sex, actor in earlier if other_sex == sex}
    both = {actor.key for _, actor in earlier}
    return next(iter(found.values())) if len(found) == 1 and len(both) == 1 else None


def _alike(head: str, other: str) -> bool:
    """Whether a description with ``head`` may describe the person first described with ``other``."""
    return head in _ANYONE or any(head in heads and other in heads for heads in _ALIKE)
