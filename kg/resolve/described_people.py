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
  described with the same head noun (or the same age: "a 5-year-old boy …
  the 5-year-old"), unless the noun may describe two or
  more of the article's described people and that person was first
  described with another noun ("the child" after "a 7-year-old boy" and "a
  12-year-old boy": either boy, so neither); else, when the article has described
  one person so far and the heads may describe one person ("a 17-year-old
  boy … the teen", "a man … the victim": ``alike`` and ``anyone`` in
  ``kg/data/described_people.yaml``; "a 36-year-old climber … the man", a
  grown person's noun after a noun of no sex and an age of no minor, in a
  later sentence, within about two sentences when the article names a
  person), that person, unless the article's events put that person on the
  other side of a harm than the noun ("a masked man opened fire … the
  victim": ``kg.resolve.event_sides``); else, for a noun of one side ("the
  shooter", "the victim"), the one described person the events put on that
  side ("a man, a woman and a boy were shot … a masked man opened fire …
  the shooter" is the masked man); else a new person, unless
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
``male`` and ``female`` in the data file). So is one the resolver gave a named
person whom the text does not mention between that described person and the
pronoun ("a 12-year-old boy … his leg … Police spokesman Ian Roe said"), unless
syntax binds the pronoun to the named person.

An indefinite description of one who did an assault ("a man in a gray hoodie
opened fire") is the person the article described before as doing an assault
of the same kind ("were shot by an unknown man"), at no other place or date,
when no named person did one and no word sets the two apart (sex, age,
"another", "a second").

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

Once events are merged (:func:`join_by_role`), the described people of
different reports who fill the same role of one event node (the victim of one
killing, the one charged in one charge: ``kg.resolve.events`` joined the
reports' mentions into that node from what they share) are one person when
their descriptions agree: no two sexes ("a man", "a woman", "he"), ages ("a
59-year-old"), ages of life ("a boy", "a man": ``young`` and ``grown``) or
countries ("an Australian climber", "a British climber"); head nouns the same,
``alike``, one of ``anyone`` or one of age and sex ("a woman", "a 59-year-old
mother"); and no word setting the person apart ("a second man"). A report
that gives the role two people other than the one named below joins nothing
there: which of them the other reports describe is unknown.

- When one named person, and only one, fills the role of the node ("Jane
  Okafor was killed"), the described people in that role are that person, if
  of no other sex (by the pronouns and nouns that refer to the named person),
  age or country (by the words next to the name: "British climber Rob
  Quillane, 32,"):
  "a woman was killed" in a report that does not name her, or that names her
  later. The name ties them, so their nouns need not agree with one another
  ("a grandmother", "a pedestrian").
- When one mention gives the role two people ("killed a guard and a
  customer"), only the same noun that says more than age and sex joins ("a
  guard" of each report, not "a man"), and nothing joins a name.
- A role description left without a person ("the man", in a report that names
  someone else) is the one person the node's role has in every report, when
  it agrees with them.

Nothing joins on the description alone, nor outside one event node (so never
across stories, whose nodes never merge). The person keeps the key of the
named person, else of its earliest report, as above. The same agreement keeps
apart the people of a story's role above ("an Australian climber" and "a
British climber").

Then (:func:`join_relatives`) the relatives of one person across the reports
of one story: a described person written with a possessor ("his mother",
"Tom Hale's lawyer") whose possessor resolved to the same actor in each report
(and a person noun of ``people`` here or a role, the same noun) is one person,
and is the person a report names right after those words ("his mother, Ann
Hale,", "her agent Jo Fry"), when one person, and only one, is so named. A
report giving the possessor two such relatives ("his brother" of two
brothers) joins none, and the descriptions must agree as above ("his
40-year-old brother" and "his 19-year-old brother" stay apart). The person
keeps the key of the named person, else of its earliest report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date

from kg.knowledge.event_classes import event_ancestors
from kg.knowledge.gazetteer import Gazetteer
from kg.knowledge.resources import data_yaml
from kg.model import (PERSON, PRONOUN_GENDER, Actor, ArticleExtraction, EntityMention, Event, EventMention, Evidence,
                      Span)
from kg.resolve import identity
from kg.resolve.event_sides import ACCUSED, HARMED, assaults_by_agent, mention_sides, people_by_side, role_sides

_LEXICON = data_yaml("described_people.yaml")
_ALIKE = [frozenset(heads) for heads in _LEXICON["alike"]]
_ANYONE = frozenset(_LEXICON["anyone"])
_HARMERS = frozenset(_LEXICON["harmers"])  # "the victim" is not "the gunman"
_HARMED = frozenset(_LEXICON["harmed"])
# one word of an age before a noun: "5-year-old", "five-year-old", "18-month-old"
_AGE_WORD = re.compile(r"[a-z0-9]+-(?:year|month|week|day)s?-old")
_SEX = {**{noun: "m" for noun in _LEXICON["male"]}, **{noun: "f" for noun in _LEXICON["female"]}}
_GROWN = {**{noun: False for noun in _LEXICON["young"]}, **{noun: True for noun in _LEXICON["grown"]}}
_SET_APART = frozenset(_LEXICON["set_apart"])
# "a 59-year-old woman", "a 59 - year - old woman" (tokenised text), "a 59 year old woman"
_AGE = re.compile(r"\b(\d{1,3})\s*-?\s*years?\s*-?\s*old\b", re.IGNORECASE)
# Nouns of a role in a happening: one per story when each report describes one person so.
_ROLES = frozenset(role for role in data_yaml("person_roles.yaml")["roles"] if " " not in role) | _ANYONE
# How far (characters) a pronoun may stand after the description it takes: about two sentences.
_REACH = 300
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
_INDEFINITE = ("a ", "an ", "another ", "one ")
_DEFINITE = ("the ", "this ", "that ")
_DEFINITE_WORDS = ("the", "this", "that")
_INDEFINITE_WORDS = ("a", "an", "another", "one")
# A noun written right before a name, after its comma if any ("his mother, Jane Doe", "her agent Tom Fry").
_TITLED = re.compile(r"([A-Za-z]+)\s*,?\s*\Z")
# A possessor and a noun written in apposition right after a name ("Jalen Vale, her son,"): the
# comma before, then (matched from the possessor's end) its "'s" if any, the noun and a stop.
_COMMA = re.compile(r"\s*,\s*")
_NOUN_AFTER = re.compile(r"(?:'s|’s)?\s+([A-Za-z]+)\s*[,.;]")
# Nouns of a person's relative or agent, whose possessor ties the one written in two reports.
_RELATIVES = frozenset(_LEXICON["people"]) | _ROLES
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
    taken_from: set[tuple[str, int, int]] = set()  # pronouns bound to a described person instead
    by_actor = {actor.key: actor for actor in actors}
    named: dict[str, list[Evidence]] = {}  # a named person's key → the descriptions tied to them
    sides = mention_sides(extractions)
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
        possessors: set[int] = set()  # the offsets of those that possess a noun ("his uncle's car")
        # once per article, not per description (quadratic on a long article): the mentions' ends
        # (a possessor is looked up by where it ends) and the mentions the events put on a side
        ends = {e.span.end: e for e in extraction.entities}
        kin_named = _kin_named(extraction, ends, actor_of, kinds)
        sided = [(sid, e.key) for e in extraction.entities if (sid, e.key) in sides]
        assaults = assaults_by_agent(extraction)
        assailants: list[tuple[Actor, list[EventMention]]] = []  # described people who did an assault so far
        # the assaults a named person did: their describer may be that person, so none is joined
        by_named = [e for m in extraction.entities if kinds.get(actor_of.get((sid, m.key))) == PERSON
                    for e in assaults.get(m.key, ())]
        for m in sorted(extraction.entities, key=lambda m: (m.span.start, m.span.end)):
            if (sid, m.key) in actor_of or not _described(m):
                continue
            if m.refers_to and (sid, m.refers_to) in actor_of:
                person = actor_of[(sid, m.refers_to)]
                mapping[(sid, m.key)] = person
                named.setdefault(person, []).append(Evidence(sid, m.span))
                # "One man was killed … The man was identified as Reno Hale": the person the definite
                # description continues is the one identified (same head noun, no other so described).
                earlier = last.get(m.span.text.lower().split()[-1]) if m.name.lower().startswith(_DEFINITE) else None
                if earlier is not None and any(a is earlier for a in created) and kinds.get(person) == PERSON \
                        and not _ambiguous(m.span.text.lower().split()[-1], earlier, heads):
                    for ref in [ref for ref, key in mapping.items() if key == earlier.key]:
                        mapping[ref] = person
                    named[person].extend(earlier.evidence)
                    created.remove(earlier)
                    last = {noun: actor for noun, actor in last.items() if actor is not earlier}
                    first_words = {words: actor for words, actor in first_words.items() if actor is not earlier}
                    heads.pop(earlier.key, None)
                    by_key.pop(earlier.key, None)
                    said = [(offset, actor) for offset, actor in said if actor is not earlier]
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
                if actor is None and not listed:
                    actor = _same_assailant(words, assaults.get(m.key, []), assailants, by_named)
            else:
                actor = last.get(chain)
                if definite and _ambiguous(head, actor, heads):
                    actor = None  # "the child" of an article that described two boys: neither
            if actor is None and possessed:
                # "his mother … the boy's mother": the one person described as the mother of
                # someone of that sex
                actor = _same_relative(words, possessed_by.get(head, []))
            person = _kin_of(kin_named[head], _owner(extraction, m, ends, actor_of, kinds)) \
                if actor is None and possessed and head in kin_named else None
            if person is not None:
                # "her son, Jalen Vale, … their son": the one person the article names right
                # after the same relative's noun, of no other person's
                mapping[(sid, m.key)] = person
                named.setdefault(person, []).append(Evidence(sid, m.span))
                continue
            side = role_sides().get(head) if definite else None
            on_side = people_by_side(((ref, mapping[ref]) for ref in sided if mapping.get(ref) in by_key),
                                     sides) if side else {}
            if actor is None and side and len(on_side[side]) == 1:
                # "a masked man opened fire … the shooter": the one described person the
                # article's events put on the role's side of the harm (kg.resolve.event_sides)
                actor = by_key[next(iter(on_side[side]))]
            if actor is None and definite and len(heads) == 1 \
                    and next(iter(heads)) not in on_side.get(ACCUSED if side == HARMED else HARMED, ()) \
                    and (_alike(head, next(iter(heads.values())))
                         or _grown_of_role(head, next(iter(heads.values())), by_key[next(iter(heads))].label)
                         and _next_sentences(extraction.article.text, by_key[next(iter(heads))].evidence[-1].span.end,
                                             m.span.start, names_a_person)):
                actor = by_key[next(iter(heads))]  # "a 17-year-old boy … the teen", "a man … the victim"
            if actor is None:
                if (definite or (possessed and words[0] in _DEFINITE_WORDS)) and names_a_person:
                    continue
                first, _, rest = name.partition(" ")
                label = f"{first.lower()} {rest}" if first.lower() in _LOWER_FIRST else name
                key = identity.actor_id(PERSON, f"{identity.slug(label)}-{identity.digest(sid, str(m.span.start), length=8)}")
                # the country its own words state ("a Kenyan official"), none else
                actor = Actor(key=key, label=label, kind=PERSON, described=True, country=m.country)
                created.append(actor)
            last[chain] = actor
            # "a 5-year-old boy … the 5-year-old": an age before the noun describes the person too
            for word in words[1:-1] if not possessed else ():
                if _AGE_WORD.fullmatch(word):
                    last[word] = actor
            if actor.key not in heads and name.lower().startswith(("a ", "an ")) \
                    and not _list_item(extraction.article.text, m.span.start):
                first_words.setdefault(" ".join(words[1:]), actor)
            if possessed and len(words) > 1:
                possessed_by.setdefault(head, []).append((_possessor_sex(words[:-1]), actor))
            heads.setdefault(actor.key, head)
            if assaults.get(m.key):
                assailants.append((actor, assaults[m.key]))
            by_key[actor.key] = actor
            actor.evidence.append(Evidence(sid, m.span))
            mapping[(sid, m.key)] = actor.key
            said.append((m.span.start, actor))
            if extraction.article.text[m.span.end:m.span.end + 2] in ("'s", "’s"):
                possessors.add(m.span.start)
        _pronouns(sid, extraction.entities, said, mapping, possessors)
        taken_from |= _nearer_described(sid, extraction.entities, said, mapping, kinds)
        for m in extraction.entities:  # "a 4-year-old shot himself": himself is the 4-year-old
            if m.pronoun and m.antecedent and (sid, m.antecedent) in mapping and (sid, m.antecedent) not in actor_of:
                person = next((a for a in created if a.key == mapping[(sid, m.antecedent)]), None)
                guess = by_actor.get(actor_of.get((sid, m.key)))
                if guess is not None and any(e.source_id == sid and e.span.start < m.span.start
                                             for e in guess.evidence if e.span != m.span):
                    continue  # the resolver's person was named before: "Ann Lee … the actress checked herself in"
                if person is not None and mapping.get((sid, m.key)) != person.key:
                    if (sid, m.key) in mapping:
                        taken_from.add((sid, m.span.start, m.span.end))
                    mapping[(sid, m.key)] = person.key
                    person.evidence.append(Evidence(sid, m.span))
    actors = [replace(actor, evidence=actor.evidence + named[actor.key]) if actor.key in named else actor
              for actor in actors]
    if taken_from:  # the evidence of a pronoun the resolver gave someone else
        actors = [replace(actor, evidence=[e for e in actor.evidence
                                           if (e.source_id, e.span.start, e.span.end) not in taken_from])
                  if any((e.source_id, e.span.start, e.span.end) in taken_from for e in actor.evidence) else actor
                  for actor in actors]
    return actors + created, mapping


def join_across_story(extractions: list[ArticleExtraction], actors: list[Actor],
                      actor_of: dict[tuple[str, str], str],
                      story_of: Mapping[str, int],
                      gazetteer: Gazetteer | None = None) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """``actors`` and ``actor_of`` with the described people of one role joined across the articles
    of a story (see the module docstring); new lists, inputs unchanged."""
    gazetteer = gazetteer or Gazetteer.load()
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
        # each joins the first person before it whose descriptions all agree with its own: "an
        # Australian climber" and "a British climber" of one story's reports are two climbers
        people: list[list[_Profile]] = []
        heads: list[Actor] = []
        for actor in group:
            mine = _profile(actor, gazetteer)
            found = next((i for i, profiles in enumerate(people)
                          if not mine.apart and all(mine.agrees(other) for other in profiles)), None)
            if found is None:
                people.append([mine])
                heads.append(actor)
            else:
                people[found].append(mine)
                into[actor.key] = heads[found]
    if not into:
        return actors, actor_of
    return _joined(actors, actor_of, into)


def join_relatives(extractions: list[ArticleExtraction], actors: list[Actor],
                   actor_of: dict[tuple[str, str], str], events: list[Event],
                   story_of: Mapping[str, int],
                   gazetteer: Gazetteer | None = None) -> tuple[list[Actor], dict[tuple[str, str], str], list[Event]]:
    """``actors``, ``actor_of`` and ``events`` with the relatives of one person joined across the
    articles of a story (see the module docstring); new lists, inputs unchanged."""
    gazetteer = gazetteer or Gazetteer.load()
    by_key = {actor.key: actor for actor in actors}
    published = {x.article.source_id: x.article.date for x in extractions}
    # (story, possessor's actor, noun) → article → the people so written there: described ("his
    # mother") or named after the words ("his mother, Jane Doe")
    relatives: dict[tuple[int, str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for extraction in extractions:
        sid = extraction.article.source_id
        if sid not in story_of:
            continue
        text = extraction.article.text
        ends = {m.span.end: m for m in extraction.entities}
        for m in extraction.entities:
            person = actor_of.get((sid, m.key))
            if person not in by_key or by_key[person].kind != PERSON or m.pronoun:
                continue
            if m.described and by_key[person].described:
                owner, noun = _possessor(text, m.span.start, ends, m.name), m.span.text.lower().split()[-1]
            elif not (m.nominal or by_key[person].described):
                owner, noun = _relative_before(text, m, ends)
                if noun is None:
                    continue
            else:
                continue
            owner_key = actor_of.get((sid, owner.key)) if owner is not None else None
            if owner_key is not None and owner_key != person:
                relatives[(story_of[sid], owner_key, noun)][sid].add(person)
    root: dict[str, str] = {}

    def find(key: str) -> str:
        while root.get(key, key) != key:
            key = root[key]
        return key

    def order(key: str) -> tuple:
        if not by_key[key].described:
            return (0, date.min, "", key)  # a named relative heads the group it joins
        first = by_key[key].evidence[0].source_id
        return (1, published.get(first) or date.min, first, key)

    for group in (relatives[k] for k in sorted(relatives)):
        people = sorted({key for held in group.values() for key in held}, key=order)
        named = [key for key in people if not by_key[key].described]
        if len(group) < 2 or len(people) < 2 or len(named) > 1 \
                or any(len(held - set(named)) > 1 for held in group.values()):
            continue  # one report only, two people named so, or a report giving the person two
        profiles = [_profile(by_key[key], gazetteer) for key in people if by_key[key].described]
        if any(profile.apart for profile in profiles) \
                or not all(one.agrees(two) for i, one in enumerate(profiles) for two in profiles[i + 1:]):
            continue
        first = find(people[0])
        for key in people[1:]:
            if find(key) != first:
                root[find(key)] = first
    if not root:
        return actors, actor_of, events
    into = {key: by_key[find(key)] for key in root}
    actors, actor_of = _joined(actors, actor_of, into)
    return actors, actor_of, _events_joined(events, into)


def _relative_before(text: str, m: EntityMention, ends: Mapping[int, EntityMention]
                     ) -> tuple[EntityMention | None, str | None]:
    """(possessor, noun) of the relative's noun written right before a name ("his mother, Ann
    Hale", "her agent Jo Fry"), or (None, None)."""
    titled = _TITLED.search(text, max(0, m.span.start - 40), m.span.start)
    if titled is None or titled.group(1).lower() not in _RELATIVES:
        return None, None
    return _possessor(text, titled.start(), ends), titled.group(1).lower()


def _relative_after(text: str, m: EntityMention, starts: Mapping[int, EntityMention]
                    ) -> tuple[EntityMention | None, str | None]:
    """(possessor, noun) of the relative's noun written in apposition right after a name ("Jalen
    Vale, her son,", "Jalen Vale, Corrine Vale's son."), or (None, None)."""
    comma = _COMMA.match(text, m.span.end)
    owner = starts.get(comma.end()) if comma is not None and "," in comma.group() else None
    noun = _NOUN_AFTER.match(text, owner.span.end) if owner is not None else None
    if noun is None or noun.group(1).lower() not in _RELATIVES:
        return None, None
    return owner, noun.group(1).lower()


def _possessor(text: str, start: int, ends: Mapping[int, EntityMention], name: str | None = None
               ) -> EntityMention | None:
    """The mention that possesses the person ("his" of "his mother", "Jo Dee" of "Jo Dee's lawyer"),
    ``start`` being where the words after the possessor begin: the mention right before, joined to
    them by nothing but a space or "'s". ``name``: the description as written, which must then have
    a possessor."""
    if name is not None:
        words = name.lower().split()
        if len(words) < 2 or words[0] in _INDEFINITE_WORDS + _DEFINITE_WORDS \
                and not (len(words) > 2 and words[-2].endswith(("'s", "’s"))):
            return None  # "a man", "the mother of the boy": no possessor before the noun
    for gap in range(0, 6):
        owner = ends.get(start - gap)
        if owner is not None:
            between = text[start - gap:start].strip().lower()
            return owner if between in ("", "'s", "’s") else None
    return None


def join_by_role(extractions: list[ArticleExtraction], actors: list[Actor], actor_of: dict[tuple[str, str], str],
                 events: list[Event], event_of: Mapping[tuple[str, str], str],
                 gazetteer: Gazetteer | None = None) -> tuple[list[Actor], dict[tuple[str, str], str], list[Event]]:
    """``actors``, ``actor_of`` and ``events`` with the described people of different reports who fill
    the same role of one event node joined (see the module docstring); new lists, inputs unchanged.
    ``event_of``: (source id, event mention key) → event key, as ``merge_events`` gives it."""
    by_key = {actor.key: actor for actor in actors}
    persons = {actor.key for actor in actors if actor.kind == PERSON}
    gazetteer = gazetteer or Gazetteer.load()
    published = {x.article.source_id: x.article.date for x in extractions}
    # (event key, role) → article → the people the article gives that role
    fillers: dict[tuple[str, str], dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    plural: set[tuple[str, str]] = set()  # (event key, role) that one mention gives two people
    crowded_out: set[tuple[str, str]] = set()  # the same, counting the role descriptions left out
    votes: dict[str, Counter] = defaultdict(Counter)  # named person → sex → pronouns and nouns that say it
    said: dict[str, set] = defaultdict(set)  # named person → ages and countries written next to the name
    # (event key, role) → the role descriptions left without a person ("the man" in a report that
    # names someone: add_described_people leaves them out), as (source id, mention)
    left_out: dict[tuple[str, str], list[tuple[str, EntityMention]]] = defaultdict(list)
    for extraction in extractions:
        sid = extraction.article.source_id
        entities = {m.key: m for m in extraction.entities}
        for m in extraction.entities:
            key = actor_of.get((sid, m.key))
            if key in persons and not by_key[key].described:
                sex = PRONOUN_GENDER.get(m.name.lower()) if m.pronoun else m.gender
                if sex:
                    votes[key][sex] += 1
                if not (m.nominal or m.pronoun):
                    said[key] |= _said_of_name(extraction.article.text, m.span, gazetteer)
        for mention in extraction.events:
            node = event_of.get((sid, mention.key))
            if node is None:
                continue
            for role, refs in (("agent", mention.agents), ("target", mention.targets)):
                people = {actor_of[(sid, ref)] for ref in refs if actor_of.get((sid, ref)) in persons}
                fillers[(node, role)][sid] |= people
                unnamed = [entities[ref] for ref in refs if (sid, ref) not in actor_of and ref in entities
                           and _described(entities[ref])]
                left_out[(node, role)] += [(sid, m) for m in unnamed]
                if len(people) > 1:
                    plural.add((node, role))
                if len(people) + len(unnamed) > 1:
                    crowded_out.add((node, role))

    def order(key: str) -> tuple:
        if not by_key[key].described:
            return (0, date.min, "", key)  # a named person heads the group it joins
        first = by_key[key].evidence[0].source_id
        return (1, published.get(first) or date.min, first, key)

    profiles: dict[str, _Profile] = {}
    root: dict[str, str] = {}
    members: dict[str, list[str]] = {}

    def find(key: str) -> str:
        while root.get(key, key) != key:
            key = root[key]
        return key

    def profile(key: str) -> _Profile:
        if key not in profiles:
            actor = by_key[key]
            if actor.described:
                profiles[key] = _profile(actor, gazetteer)
            else:
                sex = votes[key].most_common(2)
                known = sex[0][0] if sex and (len(sex) == 1 or sex[0][1] > sex[1][1]) else None
                profiles[key] = _Profile(frozenset(), "", frozenset({known} if known else ()),
                                         frozenset(x for x in said[key] if isinstance(x, int)), frozenset(),
                                         frozenset(x for x in said[key] if isinstance(x, str)), False, named=True)
        return profiles[key]

    for node_role in sorted(fillers):
        # a role one mention gives two people (two victims): only the same specific noun joins
        # ("a police officer" of each report), never to a name
        several = node_role in plural
        by_article = fillers[node_role]
        names = {key for people in by_article.values() for key in people if not by_key[key].described}
        # the one person named in the role
        name = next(iter(names)) if len(names) == 1 and not several else None
        # the described people of the reports that give the role no one else (but the one named);
        # where the role has several people, of the reports that give no one else its noun
        described = {key for people in by_article.values() for key in people if by_key[key].described
                     and by_key[key].evidence and not profile(key).apart}
        if several:
            crowded = {key for people in by_article.values() for key in people & described
                       if any(other != key and profile(other).noun == profile(key).noun
                              for other in people & described)}
        else:
            crowded = {key for people in by_article.values() if len(people - {name}) > 1 for key in people}
        candidates = sorted(described - crowded, key=order)
        if name is not None and candidates:
            candidates.insert(0, name)
        for i, key in enumerate(candidates):
            for other in candidates[:i]:
                one, two = find(other), find(key)
                if one == two:
                    continue
                group, joining = members.get(one, [one]), members.get(two, [two])
                # with a named person in either, the nouns need not agree: the name ties them
                named_in = any(profile(a).named for a in group + joining)
                if all(profile(a).agrees(profile(b), several, nouns=not named_in) for a in group for b in joining):
                    first, second = sorted((one, two), key=order)
                    root[second] = first
                    members[first] = sorted(members.pop(first, [first]) + members.pop(second, [second]), key=order)
    # a role description left without a person ("the man", in a report that names someone) is the
    # one person the role has in every report, if it agrees with them
    taken: dict[tuple[str, str], tuple[str, Span]] = {}
    for node_role in sorted(left_out):
        people = {find(key) for held in fillers[node_role].values() for key in held}
        if node_role in crowded_out or len(people) != 1:
            continue
        person = next(iter(people))
        for sid, m in left_out[node_role]:
            mine = replace(_profile(Actor(key="", label=m.span.text, kind=PERSON, evidence=[Evidence(sid, m.span)]),
                                    gazetteer), articles=frozenset())  # of a report the person may be in
            group = members.get(person, [person])
            named_in = any(profile(key).named for key in group)
            if not mine.apart and all(mine.agrees(profile(key), nouns=not named_in) for key in group):
                taken.setdefault((sid, m.key), (person, m.span))
    into = {key: by_key[find(key)] for key in root}
    if taken:
        added = defaultdict(list)
        for (sid, _), (person, span) in sorted(taken.items()):
            added[person].append(Evidence(sid, span))
        actors = [replace(actor, evidence=actor.evidence + added[actor.key]) if actor.key in added else actor
                  for actor in actors]
        actor_of = {**actor_of, **{ref: person for ref, (person, _) in taken.items()}}
    if not into:
        return actors, actor_of, events
    actors, actor_of = _joined(actors, actor_of, into)
    return actors, actor_of, _events_joined(events, into)


def _events_joined(events: list[Event], into: Mapping[str, Actor]) -> list[Event]:
    """The events with the agents, targets and deniers of ``into``'s keys replaced by the actors they joined."""
    return [replace(event, agents={into[k].key if k in into else k for k in event.agents},
                    targets={into[k].key if k in into else k for k in event.targets},
                    denied_by={into[k].key if k in into else k for k in event.denied_by})
            if (event.agents | event.targets | event.denied_by) & into.keys() else event for event in events]


@dataclass(frozen=True)
class _Profile:
    """What the descriptions of a described person say of them, for joining across reports."""

    articles: frozenset[str]
    noun: str  # the head noun of the first description
    sexes: frozenset[str]
    ages: frozenset[int]
    grown: frozenset[bool]
    countries: frozenset[str]
    apart: bool  # "a second man", "another officer"
    named: bool = False  # a named person: only the sex counts, and no two named people join

    def agrees(self, other: _Profile, same_noun: bool = False, nouns: bool = True) -> bool:
        """Whether the two may be one person described in two reports; ``same_noun``: only with
        the same noun, one that says more than age and sex ("officer", not "man"); ``nouns``:
        whether the nouns must agree and the reports differ (not when a name ties the two: a
        report may describe its named person twice, "a 10-year-old girl", "my daughter")."""
        if self.named or other.named:
            return not (self.named and other.named) and len(self.sexes | other.sexes) <= 1 \
                and not (self.ages and other.ages and self.ages.isdisjoint(other.ages)) \
                and not (self.countries and other.countries and self.countries.isdisjoint(other.countries))
        if same_noun and (self.noun != other.noun or self.noun in _GROWN or self.noun in _ANYONE):
            return False
        return ((not nouns or self.articles.isdisjoint(other.articles))
                and len(self.sexes | other.sexes) <= 1 and len(self.ages | other.ages) <= 1
                and len(self.grown | other.grown) <= 1
                and not (self.countries and other.countries and self.countries.isdisjoint(other.countries))
                and (not nouns or _nouns_agree(self.noun, other.noun)))


def _profile(actor: Actor, gazetteer: Gazetteer) -> _Profile:
    texts = [e.span.text for e in actor.evidence]
    nouns = [text.lower().split()[-1] for text in texts if text.lower() not in PRONOUN_GENDER and text.split()]
    sexes = {_SEX[noun] for noun in nouns if noun in _SEX} | {
        PRONOUN_GENDER[text.lower()] for text in texts if text.lower() in PRONOUN_GENDER}
    words = [word for text in [actor.label, *texts] for word in text.split()]
    return _Profile(frozenset(e.source_id for e in actor.evidence), nouns[0] if nouns else "",
                    frozenset(sexes),
                    frozenset(int(age) for text in [actor.label, *texts] for age in _AGE.findall(text)),
                    frozenset(_GROWN[noun] for noun in nouns if noun in _GROWN),
                    frozenset(country.code for word in words if word[:1].isupper()
                              for country in [gazetteer.demonym(word)] if country),
                    any(word.lower() in _SET_APART for word in words))


def _said_of_name(text: str, span: Span, gazetteer: Gazetteer) -> set:
    """The ages and countries written right next to a name: "British climber Tom Ferrow" (a
    demonym among the three words before it, within its clause), "Ewan Maddry, 36," and "36-year-old
    Ewan Maddry"."""
    before = re.split(r"[,;:.!?()\"]", text[max(0, span.start - 60):span.start])[-1].split()[-3:]
    found: set = {country.code for word in before if word[:1].isupper()
                  for country in [gazetteer.demonym(word)] if country}
    found |= {int(age) for age in _AGE.findall(" ".join(before))}
    after = re.match(r"\s*,\s*(\d{1,3})\s*,", text[span.end:span.end + 12])
    if after:
        found.add(int(after.group(1)))
    return found


def _nouns_agree(one: str, other: str) -> bool:
    """Whether two head nouns may describe one person: the same, alike, one that may describe
    anyone ("victim"), or one of age and sex ("a woman" and "a 59-year-old mother")."""
    return one == other or _alike(one, other) or _alike(other, one) or one in _GROWN or other in _GROWN


def _joined(actors: list[Actor], actor_of: dict[tuple[str, str], str],
            into: Mapping[str, Actor]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """The actors with each key of ``into`` joined into its actor (evidence added), and ``actor_of``
    with the keys replaced."""
    evidence = defaultdict(list)
    for actor in actors:
        if actor.key in into:
            evidence[into[actor.key].key].extend(actor.evidence)
    joined = [replace(actor, evidence=actor.evidence + evidence[actor.key]) if actor.key in evidence else actor
              for actor in actors if actor.key not in into]
    return joined, {ref: into[key].key if key in into else key for ref, key in actor_of.items()}


def _pronouns(sid: str, entities: list[EntityMention], said: list[tuple[int, Actor]],
              mapping: dict[tuple[str, str], str], possessors: set[int] = frozenset()) -> None:
    """ "A 16-year-old boy was shot … he died": a pronoun the resolver gave no one is the described
    person mentioned last before it, close by, when that person's noun has the pronoun's sex.
    A mention that only possesses a noun ("the boy found a gun in his uncle's car, and he shot
    himself": ``possessors``, the offsets of such mentions) is passed over for one that heads its
    phrase, as in Lappin and Leass's salience, where an embedded noun phrase weighs less."""
    for m in entities:
        if not m.pronoun or (sid, m.key) in mapping or m.name.lower() not in PRONOUN_GENDER:
            continue
        barred = mapping.get((sid, m.disjoint)) if m.disjoint else None  # "a man shot him": not the man
        before = [(start, actor) for start, actor in said if start < m.span.start <= start + _REACH
                  and actor.key != barred]
        if not before:
            continue
        actor = max(before, key=lambda item: (item[0] not in possessors, item[0]))[1]
        if _SEX.get(actor.evidence[0].span.text.split()[-1].lower()) == PRONOUN_GENDER[m.name.lower()]:
            mapping[(sid, m.key)] = actor.key
            actor.evidence.append(Evidence(sid, m.span))


def _same_assailant(words: list[str], done: list[EventMention], assailants: list[tuple[Actor, list[EventMention]]],
                    by_named: list[EventMention]) -> Actor | None:
    """ "Six people were shot by an unknown man … Witnesses say a man in a gray hoodie opened
    fire": an indefinite description of the one who did an assault is the one person the article
    described so before as doing an assault of the same class, at no other place or date, when
    no named person did one and their words do not set them apart (sex, age, "another", "a
    second"): two descriptions of one shooter, not two shooters."""
    if not done or any(word in _SET_APART for word in words):
        return None
    found = {id(actor): actor for actor, theirs in assailants
             if any(_same_happening(mine, their) for mine in done for their in theirs)
             and not any(_same_happening(mine, their) for mine in done for their in by_named)
             and _describes_alike(words, actor)}
    return next(iter(found.values())) if len(found) == 1 else None


def _same_happening(one: EventMention, other: EventMention) -> bool:
    """Whether two event mentions may report one happening: the same class or one a kind of the
    other ("opened fire", an attack; "shot", a shooting), and no two places or dates."""
    return (one.type == other.type or one.type in event_ancestors(other.type)
            or other.type in event_ancestors(one.type)) and not (one.date and other.date and one.date != other.date) \
        and not (one.places and other.places and set(one.places).isdisjoint(other.places))


def _describes_alike(words: list[str], actor: Actor) -> bool:
    """Whether words describing a person may describe ``actor``: no other sex or age, nor a word setting it apart."""
    first = actor.evidence[0].span.text.lower().split()
    sexes = {_SEX[noun] for noun in (words[-1], first[-1]) if noun in _SEX}
    ages = {age for text in (" ".join(words), " ".join(first)) for age in _AGE.findall(text)}
    return len(sexes) <= 1 and len(ages) <= 1 and not any(word in _SET_APART for word in first)


def _nearer_described(sid: str, entities: list[EntityMention], said: list[tuple[int, Actor]],
                      mapping: dict[tuple[str, str], str], kinds: Mapping[str, str]) -> set[tuple[str, int, int]]:
    """ "A 12-year-old boy was shot in his leg … Police spokesman Ian Roe said": a pronoun the
    resolver gave a named person whom the text does not mention between a described person of
    the pronoun's sex and the pronoun (Roe comes after; a reporter of a caption comes before "a
    man was shot … he died") is that described person, as in the resolver's own rule of the
    nearest person of the pronoun's gender: the resolver does not see described people. Not
    when syntax binds the pronoun to the named person ("Ian Roe said a man was shot. He said…":
    the subject of the sentence before). Returns the pronouns taken, to drop from the named
    person's evidence."""
    taken: set[tuple[str, int, int]] = set()
    named_at: dict[str, list[int]] = defaultdict(list)  # a named person's key → where the text names them
    for e in entities:
        if not e.pronoun and kinds.get(mapping.get((sid, e.key))) == PERSON:
            named_at[mapping[(sid, e.key)]].append(e.span.start)
    for m in sorted(entities, key=lambda e: e.span.start):
        person = mapping.get((sid, m.key))
        if not m.pronoun or m.name.lower() not in PRONOUN_GENDER or kinds.get(person) != PERSON:
            continue
        if m.antecedent and mapping.get((sid, m.antecedent)) == person:
            continue
        last_named = max((at for at in named_at[person] if at < m.span.start), default=-1)
        before = [(start, actor) for start, actor in said if last_named < start < m.span.start <= start + _REACH
                  and actor.key != mapping.get((sid, m.disjoint))
                  and _SEX.get(actor.evidence[0].span.text.split()[-1].lower()) == PRONOUN_GENDER[m.name.lower()]]
        if before:
            actor = max(before, key=lambda item: item[0])[1]
            mapping[(sid, m.key)] = actor.key
            actor.evidence.append(Evidence(sid, m.span))
            taken.add((sid, m.span.start, m.span.end))
    return taken


def _kin_named(extraction: ArticleExtraction, ends: Mapping[int, EntityMention],
               actor_of: Mapping[tuple[str, str], str], kinds: Mapping[str, str]) -> dict[str, dict[str, str | None]]:
    """relative's noun → the named people the article writes right after it with a possessor, or
    right before it ("Jalen Vale, her son,") → the person that possessor is, if one ("her son,
    Jalen Vale,": "son" → Jalen Vale → the person "her" is). ``ends``: the article's mentions by
    the character they end at."""
    sid, text = extraction.article.source_id, extraction.article.text
    starts = {m.span.start: m for m in extraction.entities}
    found: dict[str, dict[str, str | None]] = defaultdict(dict)
    for m in extraction.entities:
        person = actor_of.get((sid, m.key))
        if kinds.get(person) == PERSON and not (m.nominal or m.pronoun):
            owner, noun = _relative_before(text, m, ends)
            if noun is None:
                owner, noun = _relative_after(text, m, starts)
            if owner is not None and noun is not None:
                owner_key = actor_of.get((sid, owner.key))
                found[noun][person] = owner_key if kinds.get(owner_key) == PERSON else None
    return found


def _owner(extraction: ArticleExtraction, m: EntityMention, ends: Mapping[int, EntityMention],
           actor_of: Mapping[tuple[str, str], str], kinds: Mapping[str, str]) -> str | None:
    """The person who possesses a described relative ("his" of "his son"), if the resolver gave
    the possessor one. ``ends``: the article's mentions by the character they end at."""
    owner = _possessor(extraction.article.text, m.span.start, ends, m.name)
    key = actor_of.get((extraction.article.source_id, owner.key)) if owner is not None else None
    return key if kinds.get(key) == PERSON else None


def _kin_of(named: Mapping[str, str | None], owner: str | None) -> str | None:
    """The one person of ``named`` (person → their possessor's person, from :func:`_kin_named`)
    whose possessor is not another person than ``owner``: "Tom Bell's son" is not the son of Ann
    Ray the article names."""
    fits = [person for person, of in named.items() if None in (of, owner) or of == owner]
    return fits[0] if len(fits) == 1 and len(named) == 1 else None


def _described(m: EntityMention) -> bool:
    """A described person, or a role description the resolver tied to no one ("the gunman")."""
    return m.kind == PERSON and m.nominal and not m.pronoun and m.title is None and m.speaks_for is None \
        and (m.described or not m.name[:1].isupper())


def _with_determiner(m: EntityMention, text: str) -> str:
    """A role mention's words with the determiner written before them ("the gunman": the actor
    extractor's mention is "gunman")."""
    # the word before, found by walking back over the spaces and then the word (not by copying
    # the article's text up to the mention: quadratic on a long article)
    end = m.span.start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    word = text[start:end]
    if word.lower() in ("the", "this", "that"):
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


def _grown_of_role(head: str, other: str, label: str) -> bool:
    """Whether "the man" (a grown person's noun of ``grown``) may be the one person first described
    with ``other``, a noun of neither sex nor age ("a 36-year-old climber … the man", "a nurse …
    the woman"), whose first description gives no age under 18 (the caller asks too that "the
    man" is in a later sentence: ``_next_sentences``)."""
    if _GROWN.get(head) is not True or other in _SEX or other in _GROWN:
        return False
    age = _AGE.search(label)
    return age is None or int(age.group(1)) >= 18


def _next_sentences(text: str, end: int, start: int, names_a_person: bool) -> bool:
    """Whether a mention at ``start`` is in a later sentence than the mention that ends at ``end``
    ("A judge sentenced the man who …": in one sentence, "the man" is another participant), and,
    in an article that names a person ("the man" may be that person), within ``_REACH``
    characters of it (about two sentences)."""
    return _SENTENCE_END.search(text, end, start) is not None and (not names_a_person or start - end <= _REACH)


def _alike(head: str, other: str) -> bool:
    """Whether a description with ``head`` may describe the person first described with ``other``
    ("the victim" may be anyone described before, but not one described as the gunman)."""
    if (head in _HARMED and other in _HARMERS) or (other in _HARMED and head in _HARMERS):
        return False
    return head in _ANYONE or any(head in heads and other in heads for heads in _ALIKE)
