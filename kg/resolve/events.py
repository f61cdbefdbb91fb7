"""Merge event mentions across articles into event nodes: one node per real-world event.

Steps (``merge_events``):

1. *Mentions.* A mention's roles become actor keys; a place read as an agent
   or target places the event instead ("Milwaukee police investigating"). Its
   factuality (``kg.model.FACTUALITY``) is kept: mentions the text does not
   assert (negated, possible, future, denied) make nodes of their own, never
   joined with asserted ones; those nodes carry their factuality and are left
   out of ``event_of`` (claims are about what happened).
2. *Stories.* Each article belongs to one story (``kg.resolve.stories``, over
   the people, organisations and places it names). Mentions of two stories
   never merge: two shootings in one folder are two events.
3. *Joining.* Mentions are taken in a fixed order (those with an agent or
   target first, then those with only places, then bare ones; within a tier by
   article date, source id and offset). A mention joins the best node of its
   story that is *compatible* with it and *tied* to it, else starts a node.

   Compatible: the same factuality; the same class or one a specialisation of the other ("killed"
   and "died": a killing is a death; "violence" and "shooting"), and no two kinds of act of a
   broad class (``EventMention.sense``, the lexicon's ``act_kinds``: "an investigation" is no
   lawsuit, no criticism and no narrower class such as the charge, save the classes a kind may
   be: an accusation may be the charge; ``_acts_agree``); for statements, one speaker (a shared
   actor or described person, or none on either side: ``_same_speaker``); no clash of
   dates when both are known, nor of years (``year_of``: a mention's date's year, else the one
   year its sentence names, "settled in 1998" and "the 2004 agreement" are two), nor of places in a
   series ("the first shooting" and "the second shooting", ``EventMention.ordinal``); no two
   places below the country level that cannot hold one another (two cities; a city and a
   region it is known not to lie in; places of two countries; ``_places_agree``): a city and its country
   or its region agree, and so does a place the gazetteer does not know (a
   building, a district) with any place of its country;
   no two disjoint sets of agents, nor of targets, unless an unnamed group
   may describe the other side ("the gunman" and a named shooter;
   "protesters" and "rioters", ``_roles_agree``). An actor held both as
   agent and as target ("Smith placed on injured reserve" read with Smith
   as the one who placed) is a misread doer: it clashes with no other agent.
   Targets of organisations only and targets of named people only agree: the
   organisation may stand for one of its people ("a cartel boss hanged
   himself", coded by whom he belongs to, and "Rossi hanged himself";
   ``_member_of``).

   Tied (what must be shared besides the story and the class, so that nothing
   merges on a trigger word alone):

   - a mention with an agent or target: a shared target, or a shared agent
     and a trigger word (the same agent doing two things of one type,
     "declared a state of emergency" and "imposed a curfew", is two events);
     failing that, the largest node of its class reported with one of its
     words, or, for a general-news class, sharing its agent ("the thieves
     stole", "the thieves' heist": ``same_happening``);
   - a mention with only places: a shared city, or a shared place and a word;
   - a bare mention ("the fire", "died"): nothing more. It says nothing that
     could tell two events apart, so it joins the node of its story the other
     mentions make most of: one sharing a word with it first, then the one
     with the most evidence; but the one holding its article's mention nearest
     before it (its antecedent) when that one is another happening (in a
     round-up of several shootings, "the shooting" is the one just told of).
   - a mention the text sets apart from its like ("another shooting", "a
     separate attack", "the shooting happened four hours earlier":
     ``EventMention.distinct``) joins no node that holds a mention with a
     participant, place or date from an earlier sentence of its own article:
     that is the happening it is set apart from. Once its article has told of
     one, a bare one ("a fugitive wanted in a shooting") joins no node of its
     own article.

   Once every mention has joined, two nodes of a story that are compatible
   and tied to each other as they now stand (a shared target, or a shared
   agent and trigger word) are one (``join_nodes``): the order of joining
   had left them apart ("the killing of Smith" and "Jones murdered" before
   "Jones murdered Smith"). Then a node made only of event nouns of one
   article ("The shooting happened on Elm Road", "the shootout") joins that
   article's node of its class that holds a verb or phrase and that it does not
   clash with (``refer_back``): such a noun refers to the happening its
   article tells of, though it shares no place or word with it.
4. *Anchored nodes.* A node with no agent, target, place or date asserts only
   that something of its type happened somewhere, some time: it is dropped.
   An event placed in a city is also placed in that city's country.
5. *Names.* A node is named after its earliest mention by article date, then
   source id and offset (``identity.event_id``): a later report of the same
   event joins the node and keeps its IRI; only an older article added
   afterwards can rename it. An article without a date counts as earlier than
   any dated one, so that a dated report added later never comes before it.
   Given the keys of an earlier build (``earlier``), a node keeps the key its
   mentions had there (``identity.carry``), so that even an older report added
   later renames nothing.

A node's class is the most specific class of its mentions; its date is the
date its dated mentions agree on (compatibility keeps them from disagreeing).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections import Counter, defaultdict
from collections.abc import Mapping, Set
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from types import MappingProxyType

from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, ArticleExtraction, Event, EventMention, Evidence, Story
from kg.knowledge.event_classes import EVENT_TYPES, NEWS_EVENT_CLASSES, event_ancestors
from kg.knowledge.event_words import word_family
from kg.knowledge.gazetteer import Gazetteer, PlaceInfo, places_clash
from kg.knowledge.groups import same_people
from kg.resolve import identity
from kg.resolve.stories import stories
from kg.extract.events import load_lexicon
from kg.extract.actor_types import name_kinds

STATEMENT = "Statement"

# Tiers of mentions, taken in this order: with an agent or target, with only places, bare.
WITH_ACTORS, WITH_PLACES, BARE = 0, 1, 2
# What a mention without roles, words, descriptions or described people holds (``event_mentions``).
_NONE: frozenset[str] = frozenset()
_NO_DESCRIPTIONS: Mapping[str, str] = MappingProxyType({})
_NO_PEOPLE = (_NONE, _NONE)


@dataclass(slots=True)
class _Mention:
    """An event mention with its factuality and its roles as actor keys."""

    source_id: str
    mention: EventMention
    factuality: str
    denied_by: set[str]
    published: date | None
    story: int
    agents: set[str]
    targets: set[str]
    places: set[str]
    words: set[str]
    # agents and targets that are unnamed groups → their CAMEO sector ("" when none)
    descriptions: dict[str, str] = field(default_factory=dict)
    # agents and targets that are people of one article described but not named ("a 16-year-old
    # boy"): roles of the node, but no reason to join or keep apart (as when they had no actor)
    described: tuple[set[str], set[str]] = field(default_factory=lambda: (set(), set()))
    # targets that are named people or organisations → their kind (``_member_of``)
    kinds: dict[str, str] = field(default_factory=dict)
    # named agents → the CAMEO sector they belong to and the actors they speak for (``_same_speaker``)
    affiliations: dict[str, frozenset[str]] = field(default_factory=dict)
    # the year the mention is told of: its date's, else the one year its sentence names (``year_of``)
    year: int | None = None
    # its trigger is one event noun of the lexicon ("the shooting", "a shootout"): ``_nominal``
    nominal: bool = False
    # an earlier sentence of its article told of a happening with a participant, place or date
    told_after: bool = False
    # the streets it is placed on, by name without the street word ("Maple Avenue" → "maple": ``street_of``)
    streets: frozenset[str] = _NONE

    @property
    def tier(self) -> int:
        return WITH_ACTORS if self.agents or self.targets else WITH_PLACES if self.places else BARE

    @property
    def order(self) -> tuple:
        """The order mentions are joined in: by article date (undated articles last), source id, offset."""
        return (self.published or date.max, self.source_id, self.mention.trigger.start, self.mention.trigger.end)

    @property
    def naming_order(self) -> tuple:
        """The order that names a node (step 5): undated articles first."""
        return (self.published or date.min, self.source_id, self.mention.trigger.start, self.mention.trigger.end)


@dataclass(eq=False, slots=True)
class _Node:
    """An event node while it grows: the Event, its story, its mentions and trigger words."""

    event: Event
    story: int
    number: int  # the order in which nodes were started
    mentions: list[_Mention] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    descriptions: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    acts: set[tuple[str, str]] = field(default_factory=set)  # (class, kind of act) of its mentions (``_acts_agree``)
    speakers: set[str] = field(default_factory=set)  # its agents and described agents (``_same_speaker``)
    affiliations: dict[str, frozenset[str]] = field(default_factory=dict)
    years: set[int] = field(default_factory=set)  # the years its mentions are told of (``year_of``)
    ordinals: set[int] = field(default_factory=set)  # the places in a series its mentions are given ("the second shooting")
    # source id -> the streets its mentions of that article are placed on (``_streets_agree``)
    streets: dict[str, set[str]] = field(default_factory=dict)
    # source id -> its mentions of that article, in the order added (``antecedent_distance``)
    of_article: dict[str, list[_Mention]] = field(default_factory=dict)


def merge_events(extractions: list[ArticleExtraction], actor_of, actors=(),
                 story_of: dict[str, int] | None = None,
                 earlier: dict[tuple[str, int, int], str] | None = None,
                 gazetteer: Gazetteer | None = None) -> tuple[list[Event], dict]:
    """Event nodes of the articles, and (source id, mention key) → event key for the mentions
    that made a node. ``actor_of`` maps (source id, entity mention key) to actor keys;
    ``actors`` (the resolved actors) tell places from actors and cities from countries;
    ``story_of`` is :func:`article_stories` of the same arguments, when the caller has it;
    ``earlier`` (``EarlierKeys.events``) the keys an earlier build gave, kept (step 5);
    ``gazetteer`` tells which places may lie in which (``places_of``)."""
    country_of = {actor.key: actor.in_country for actor in actors if actor.in_country}
    kind_of = {actor.key: actor.kind for actor in actors}
    if story_of is None:
        story_of = article_stories(extractions, actor_of, kind_of)
    sector_of = {actor.key: actor.sector or "" for actor in actors if actor.kind == GROUP}
    affiliation_of = {actor.key: frozenset({actor.sector} if actor.sector else set()) | frozenset(actor.speaks_for)
                      for actor in actors if actor.kind != GROUP and (actor.sector or actor.speaks_for)}
    # People described or counted but not named ("a 16-year-old boy", "four men") are roles of a
    # node, but no reason to join mentions or keep them apart.
    described = {actor.key for actor in actors if actor.described or actor.counted}
    mentions = event_mentions(extractions, actor_of, kind_of, story_of, sector_of, described, affiliation_of)
    countries, place_of = set(country_of.values()), places_of(actors, gazetteer or Gazetteer.load())
    for m in mentions:
        m.streets = frozenset(filter(None, (street_of(place_of[key].name) for key in m.places if key in place_of)))
    nodes = refer_back(join_nodes(join_mentions(mentions, countries, place_of), countries, place_of),
                       countries, place_of)
    counted = {actor.key for actor in actors if actor.counted}
    for node in nodes:
        for m in node.mentions:
            node.event.agents |= m.described[0] - counted
            node.event.targets |= m.described[1] - counted
    # A node whose only role is a counted group ("two men were charged") is not kept on it alone, as
    # before such groups were actors: a bare mention joined to it may be another incident's.
    nodes = [node for node in nodes if _anchored(node.event)]
    for node in nodes:  # the counted groups of the nodes kept
        for m in node.mentions:
            node.event.agents |= m.described[0] & counted
            node.event.targets |= m.described[1] & counted
    for node in nodes:
        _finish(node, country_of)
    if earlier:
        members = [(node.event.key, [(e.source_id, e.span.start, e.span.end) for e in node.event.evidence])
                   for node in nodes]
        for node, key in zip(nodes, identity.carry(members, earlier)):
            node.event.key = key
    nodes.sort(key=lambda node: (node.event.evidence[0].source_id, node.event.evidence[0].span.start))
    event_of = {(m.source_id, m.mention.key): node.event.key for node in nodes for m in node.mentions
                if node.event.factuality == "asserted"}
    return [node.event for node in nodes], event_of


def story_nodes(extractions: list[ArticleExtraction], story_of: dict[str, int], events: list[Event],
                earlier: dict[str, str] | None = None) -> list[Story]:
    """The stories of the articles (as ``merge_events`` finds them), each with its main event:
    the node reported by the most of its articles; on a tie the one reported earliest in its
    articles (headline and lead first), then the smaller key. kg:Statement nodes (a declaration
    about the story) are main only when the story has no other event. ``story_of`` is
    :func:`article_stories`, as ``merge_events`` used it; ``earlier`` (``EarlierKeys.stories``)
    the keys an earlier build gave stories, kept (``identity.carry``)."""
    published = {x.article.source_id: x.article.date or date.min for x in extractions}
    members: dict[int, list[str]] = defaultdict(list)
    for sid in sorted(story_of, key=lambda sid: (published[sid], sid)):
        members[story_of[sid]].append(sid)
    reported: dict[int, list[Event]] = defaultdict(list)  # story → the events its articles report
    for event in events:
        for story in sorted({story_of[e.source_id] for e in event.evidence if e.source_id in story_of}):
            reported[story].append(event)
    out = []
    for story, sids in sorted(members.items(), key=lambda item: (published[item[1][0]], item[1][0])):
        inside = set(sids)

        def rank(event: Event) -> tuple:
            reports = {e.source_id for e in event.evidence} & inside
            first = min(e.span.start for e in event.evidence if e.source_id in inside)
            return (event.type == "Statement", -len(reports), first, event.key)

        main = min(reported[story], key=rank, default=None)
        out.append(Story(identity.story_id(sids[0]), sorted(sids), main.key if main else None))
    if earlier:
        for story, key in zip(out, identity.carry([(s.key, s.articles) for s in out], earlier)):
            story.key = key
    return out


# --- step 1 and 2: mentions, stories ---------------------------------------------------------


def article_stories(extractions: list[ArticleExtraction], actor_of, kind_of: dict[str, str]) -> dict[str, int]:
    """Source id → story (``kg.resolve.stories``) from the people, organisations and places each
    article names (by their actor keys; without resolved actors, every named mention counts)
    and its date. A mention counts only if it is itself a name: "police" joined to the city's
    force is no name of it, and counting every such word made the force, which a city's
    unrelated shootings share, outweigh the names of each story."""
    names: dict[str, Counter] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        counts = names[sid] = Counter()
        for entity in extraction.entities:
            key = actor_of.get((sid, entity.key))
            kind = kind_of.get(key, entity.kind) if key else None
            if kind in (PERSON, ORGANIZATION, PLACE) and entity.kind in (PERSON, ORGANIZATION, PLACE) \
                    and not entity.nominal:
                counts[key] += 1
    return stories(names, {x.article.source_id: x.article.date for x in extractions})


def event_mentions(extractions: list[ArticleExtraction], actor_of, kind_of: dict[str, str],
                      story_of: dict[str, int], sector_of: dict[str, str] | None = None,
                      described: set[str] | None = None,
                      affiliation_of: dict[str, frozenset[str]] | None = None) -> list[_Mention]:
    """The mentions, with roles as actor keys, in the order they are joined. ``sector_of``: the
    unnamed groups among the actors, with their CAMEO sector ("" when none); ``described``: the
    described people, set apart in ``_Mention.described``."""
    sector_of = sector_of or {}
    affiliation_of = affiliation_of or {}
    described = described or set()
    places_known = {key for key, kind in kind_of.items() if kind == PLACE}
    out: list[_Mention] = []
    # A build holds every mention until its events are made: the empty roles are one shared empty
    # set, the words of one trigger text one shared set (the mentions' sets are only read).
    words_of: dict[str, set[str]] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        published = extraction.article.date
        # where the first sentence telling of a happening with a participant, place or date ends
        told = min((em.sentence.end for em in extraction.events if em.agents or em.targets or em.places or em.date),
                   default=None)
        for em in extraction.events:
            agents, targets, places = ({actor_of[(sid, k)] for k in keys if (sid, k) in actor_of}
                                       for keys in (em.agents, em.targets, em.places))
            places |= (agents | targets) & places_known
            agents, targets = agents - places_known, targets - places_known
            if kind_of:  # a place mention voted into a person's node ("Bluefield") places nothing
                places = {key for key in places if kind_of.get(key) in (PLACE, COUNTRY)}
            denied_by = {actor_of[(sid, k)] for k in em.denied_by if (sid, k) in actor_of}
            people = (agents & described, targets & described)
            agents, targets = agents - described, targets - described
            words = words_of.get(em.trigger.text)
            if words is None:
                words = words_of[em.trigger.text] = trigger_words(em.trigger.text)
            descriptions = {key: sector_of[key] for key in agents | targets if key in sector_of}
            kinds = {key: kind_of[key] for key in targets if kind_of.get(key) in (PERSON, ORGANIZATION)}
            affiliations = ({key: affiliation_of[key] for key in agents if key in affiliation_of}
                            if em.type == STATEMENT else None)
            out.append(_Mention(sid, em, factuality_of(em), denied_by or _NONE, published, story_of.get(sid, 0),
                                agents or _NONE, targets or _NONE, places or _NONE, words or _NONE,
                                descriptions or _NO_DESCRIPTIONS, people if any(people) else _NO_PEOPLE,
                                kinds or _NO_DESCRIPTIONS, affiliations or _NO_DESCRIPTIONS,
                                year_of(em), _nominal(em), told is not None and told <= em.sentence.start))
    out.sort(key=lambda m: (m.tier, m.order))
    return out


# A year as a sentence tells when something happened: after a preposition of time or a month
# (and day), not a house number or a block ("2000 block of"), a sum or a decade ("1980s"); and a
# year right before the trigger, as its modifier ("the 1998 agreement"). A year modifying another
# noun ("the informer of the 1972 scandal has died") says nothing of the mention.
_YEAR = re.compile(r"(?:\b(?i:in|since|until|by|from|during)\s+(?:(?i:early|late|mid)-?\s*)?"
                   r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+|\d,\s*)"
                   r"((?:1[89]|20)\d\d)\b(?!'?s\b|\s+block\b|,\d|\.\d)")
_YEAR_BEFORE = re.compile(r"\b((?:1[89]|20)\d\d)\s+(?:[A-Za-z-]+\s+)?$")


def year_of(em: EventMention) -> int | None:
    """The year a mention is told of: its date's, else the year right before its trigger ("the
    1998 agreement"), else the year its sentence names as a time, when it names one only ("The
    first suit was settled in 1998": 1998; "sold in 1990 and again in 2001": none). Mentions of
    two years are two happenings ("the 1998 agreement", "agreed on May 2, 2004")."""
    if em.date:
        return em.date.year
    sentence, at = em.sentence.text, em.trigger.start - em.sentence.start
    before = _YEAR_BEFORE.search(sentence[:at]) if 0 <= at <= len(sentence) else None
    if before:
        return int(before.group(1))
    years = {int(year) for year in _YEAR.findall(sentence)}
    return years.pop() if len(years) == 1 else None


def _nominal(em: EventMention) -> bool:
    """Whether the trigger is one event noun of the lexicon ("shooting", "shootouts", "attack"),
    not set apart from its like (``refer_back``)."""
    word = em.trigger.text.lower()
    nouns = load_lexicon().nouns
    return not em.distinct and word.isalpha() and (word in nouns or word.endswith("s") and word[:-1] in nouns)


# --- step 3: joining -----------------------------------------------------------------------------


def join_mentions(mentions: list[_Mention], countries: set[str],
                  place_of: dict[str, PlaceInfo] | None = None) -> list[_Node]:
    """Nodes made by joining each mention, in order, to its best compatible and tied node.
    ``place_of``: what the gazetteer knows of the place actors (``places_of``)."""
    nodes: list[_Node] = []
    index = _Index()
    place_of = place_of or {}
    for m in mentions:
        if m.tier == BARE:
            node = index.best_bare(m, countries, place_of)
        else:
            candidates = [node for node in index.candidates(m, countries)
                          if compatible(m, node, countries, place_of) and not _set_apart(m, node)]
            node = best_tied(m, candidates, countries, place_of)
        if node is None and m.tier != BARE:
            node = index.same_happening(m, countries, place_of)
        if node is None:
            node = _Node(Event(key="", type=m.mention.type, factuality=m.factuality), m.story, number=len(nodes))
            nodes.append(node)
        index.add(node, m)
    return nodes


def join_nodes(nodes: list[_Node], countries: set[str], place_of: dict[str, PlaceInfo] | None = None) -> list[_Node]:
    """Nodes of one story that the order of joining left apart although each is compatible with the
    other and tied to it (``_nodes_tied``: a shared target, or a shared agent and trigger word), as
    their mentions would have been, had the mention that ties them come first: "the killing of
    Smith" started a node before "Jones killed Smith" reached the node of "Jones shot"; the
    two are one happening. The later-started node joins the earlier one; repeated until no two
    such nodes are left. Nodes holding a mention set apart ("another shooting") are left as they
    are."""
    place_of = place_of or {}
    alive = {node.number: node for node in nodes}
    by_key: dict[tuple, list[int]] = defaultdict(list)

    def keys(node: _Node) -> list[tuple]:
        event = node.event
        return ([(node.story, "target", key) for key in event.targets]
                + [(node.story, "agent", key, word) for key in event.agents for word in node.words])

    for node in nodes:
        for key in keys(node):
            by_key[key].append(node.number)
    changed = True
    while changed:
        changed = False
        for node in sorted(alive.values(), key=lambda n: n.number):
            if node.number not in alive or any(m.mention.distinct for m in node.mentions):
                continue
            others = sorted({number for key in keys(node) for number in by_key[key]
                             if number != node.number and number in alive})
            for number in others:
                other = alive[number]
                if any(m.mention.distinct for m in other.mentions) or not _nodes_compatible(node, other, countries, place_of):
                    continue
                first, second = (node, other) if node.number < other.number else (other, node)
                for m in second.mentions:
                    _add(first, m)
                del alive[second.number]
                for key in keys(first):
                    if first.number not in by_key[key]:
                        by_key[key].append(first.number)
                changed = True
                break
    return [node for node in nodes if node.number in alive]


def refer_back(nodes: list[_Node], countries: set[str], place_of: dict[str, PlaceInfo] | None = None) -> list[_Node]:
    """A node made only of event nouns of one article ("The shooting happened on Elm Road",
    "the shootout", "a Sunday night shooting in Eastville"), none set apart ("another shooting"),
    joins the node of that article's happening of its class: a noun naming a happening of the
    class the article tells of refers back to it (or ahead, in a headline or lead) when nothing
    it says clashes with it (``_nodes_compatible``: another date or year, two cities, other named
    participants, another factuality). Only a node that holds a verb or phrase of the article
    ("was shot", "fired a gun") is such a happening. Of several, the one sharing a participant or
    place with it, then the one the article reports the most, then the first started; but the one
    told nearest before it when that is another happening (``_antecedent_or``: in a round-up of
    several shootings, "the shooting" is the one just told of). The
    mention with a place was tied to no node by a place ("Elm Road" is no place the happening
    already had) nor a word ("shooting" is no stem of "shot"); the story's other articles are
    not looked at, so nodes across articles stay as they are."""
    place_of = place_of or {}
    alive = {node.number: node for node in nodes}
    # the nodes holding a verb or phrase of each article, in the nodes' order: only those take a
    # node of nouns, and they are never removed (a node of nouns only is), so the index holds
    told: dict[str, list[_Node]] = {}
    for node in nodes:
        for sid in dict.fromkeys(m.source_id for m in node.mentions if not m.nominal):
            told.setdefault(sid, []).append(node)
    for node in nodes:
        sources = {m.source_id for m in node.mentions}
        if node.number not in alive or len(sources) != 1 or not all(m.nominal for m in node.mentions):
            continue
        (sid,) = sources
        held = (node.event.agents | node.event.targets | node.event.places) - countries
        candidates = [other for other in told.get(sid, ()) if other is not node and other.story == node.story
                      and _nodes_compatible(node, other, countries, place_of)]
        if not candidates:
            continue
        best = min(candidates, key=lambda other: (
            not held & (other.event.agents | other.event.targets | other.event.places),
            -sum(m.source_id == sid for m in other.mentions), other.number))
        best = _antecedent_or(best, nearest(min(node.mentions, key=lambda m: m.mention.trigger.start), candidates),
                              sid, countries, place_of)
        for m in node.mentions:
            _add(best, m)
        del alive[node.number]
    return [node for node in nodes if node.number in alive]


def _nodes_compatible(one: _Node, other: _Node, countries: set[str], place_of: dict[str, PlaceInfo]) -> bool:
    """``compatible`` for two nodes: one story, factuality and date, compatible classes, places that
    agree, agents and targets that agree."""
    a, b = one.event, other.event
    if one.story != other.story or a.factuality != b.factuality or not compatible_types(a.type, b.type):
        return False
    if a.date and b.date and a.date != b.date:
        return False
    if one.years and other.years and not one.years & other.years:
        return False
    if one.ordinals and other.ordinals and one.ordinals != other.ordinals:
        return False
    if not _places_agree(a.places, b.places, countries, place_of):
        return False
    if not all(_streets_agree(streets, other.streets.get(sid)) for sid, streets in one.streets.items()):
        return False
    if not all(_acts_agree(act, theirs) for act in one.acts for theirs in other.acts):
        return False
    if a.type == STATEMENT and not _same_speaker(one.speakers, other.speakers, {**one.descriptions, **other.descriptions},
                                                 {**one.affiliations, **other.affiliations}):
        return False
    descriptions = {**one.descriptions, **other.descriptions}
    return (_roles_agree(a.agents - a.targets, b.agents - b.targets, descriptions)
            and (_roles_agree(a.targets, b.targets, descriptions)
                 or _member_of(a.targets, b.targets, {**one.kinds, **other.kinds})))


class _Index:
    """The nodes a mention can be tied to, found without looking at every node of its story: for a
    mention with roles, the nodes tied to it (``best_tied``) by (story, target), (story, agent,
    word), (story, city) and (story, place, word); by (story, class) for a bare one. Looking up
    only the tied nodes, not every node sharing an actor or place ("police" in every shooting of
    a long article), keeps the work per mention small; the node chosen is the same.

    The choices that compare a mention with every node of its class, a bare mention's
    (``best_tied``) and one with roles tied to no node (``same_happening``), walk lists kept in
    the order of ``_rank`` (most evidence first), per (story, class), (story, class, word) and
    (story, class, agent) for every class a node has had, only until the first compatible node,
    instead of comparing every node of the class (a long article of many shootings made that
    grow with the square of its length). The nodes chosen are those of ``best_tied`` and
    ``same_happening`` over every node of the story (tests/issues/test_quadratic_event_candidates.py)."""

    def __init__(self) -> None:
        self.nodes: dict[tuple, list[_Node]] = defaultdict(list)
        self.held: set[tuple] = set()  # (key, node number) pairs already in self.nodes
        self.seen: dict[tuple, int] = {}  # (class key, node number) -> when the node joined that class
        self.classes: dict[int, set[str]] = defaultdict(set)  # node number -> the classes it has had
        self.ranked: dict[tuple, list[tuple]] = defaultdict(list)  # (story, class) -> sorted (_rank, node number)
        self.rank: dict[int, tuple] = {}  # node number -> its current _rank
        self.by_number: dict[int, _Node] = {}
        self.of_article: dict[str, list[_Node]] = defaultdict(list)  # source id -> nodes holding its mentions
        # source id -> sorted (trigger end, sentence end, node number) of every mention it holds
        self.told: dict[str, list[tuple[int, int, int]]] = defaultdict(list)

    def candidates(self, m: _Mention, countries: set[str]) -> list[_Node]:
        """The nodes tied to a mention with roles, in the order nodes were started."""
        if m.tier == WITH_ACTORS:
            keys = [(m.story, "target", key) for key in m.targets]
            keys += [(m.story, "agent", key, word) for key in m.agents for word in m.words]
        else:
            keys = [(m.story, "place", key) for key in m.places - countries]
            keys += [(m.story, "place", key, word) for key in m.places for word in m.words]
        found = {node.number: node for key in keys for node in self.nodes.get(key, ())}
        return [found[number] for number in sorted(found)]  # in the order nodes were started

    def same_happening(self, m: _Mention, countries: set[str], place_of: dict[str, PlaceInfo]) -> _Node | None:
        """``same_happening`` over the compatible nodes of the mention's story that have had its
        class: those sharing a word with it, or an agent for a general-news class, walked in the
        order of ``_rank`` until the first compatible one; of equal ranks, the first to join the
        class."""
        name = m.mention.type
        lists = [self.ranked.get((m.story, name, "word", word), ()) for word in m.words]
        if name in NEWS_EVENT_CLASSES:
            lists += [self.ranked.get((m.story, name, "agent", key), ()) for key in m.agents]
        best = self._walk(lists, lambda node: compatible(m, node, countries, place_of) and not _set_apart(m, node))
        class_key = (m.story, "class", name)
        return min(best, key=lambda node: self.seen[class_key, node.number], default=None)

    def best_bare(self, m: _Mention, countries: set[str], place_of: dict[str, PlaceInfo]) -> _Node | None:
        """``best_tied`` of a bare mention over the compatible nodes of its story and related
        classes: sharing a word first, then most evidence, then earliest started; but its
        antecedent when that is another happening (``_antecedent_or``)."""
        names = _related_types(m.mention.type)
        fits = lambda node: compatible(m, node, countries) and not _set_apart(m, node)  # noqa: E731
        best = self._walk([self.ranked.get((m.story, name, "word", word), ()) for name in names for word in m.words],
                          fits) or self._walk([self.ranked.get((m.story, name), ()) for name in names], fits)
        chosen = min(best, key=lambda node: node.number, default=None)
        return _antecedent_or(chosen, self.antecedent(m, fits), m.source_id, countries, place_of)

    def antecedent(self, m: _Mention, fits) -> _Node | None:
        """The node ``fits`` accepts that holds the mention of the bare one's article nearest
        before it: "the shooting" after "a woman was shot on Wednesday" is that shooting, not the
        one the article told of first or most, in a round-up of several (``antecedent_distance``)."""
        start, sentence = m.mention.trigger.start, m.mention.sentence.start
        told = self.told.get(m.source_id, ())
        distances: dict[int, int] = {}  # node number -> antecedent_distance: the nearest mention first
        # walked back from the mention, only through its sentence and the one before (sentences
        # do not overlap, so an earlier mention's sentence ends no later), not over every node
        # of its article (quadratic on a long article)
        for at in range(bisect_left(told, (start + 1,)) - 1, -1, -1):
            end, sentence_end, number = told[at]
            if sentence_end < sentence - _SENTENCE_GAP:
                break
            distances.setdefault(number, start - end)
        found = [(distance, number) for number, distance in distances.items()
                 if self.by_number[number].story == m.story and fits(self.by_number[number])]
        return self.by_number[min(found)[1]] if found else None

    def _walk(self, lists, fits) -> list[_Node]:
        """The nodes of least ``_rank`` that ``fits`` accepts in any of the ranked lists: each list
        is walked only until a rank beyond the best accepted so far."""
        best, found = None, {}
        for ranked in lists:
            for rank, number in ranked:
                if best is not None and rank > best:
                    break
                node = self.by_number[number]
                if fits(node):
                    if best is None or rank < best:
                        best, found = rank, {}
                    found[number] = node
        return list(found.values())

    def add(self, node: _Node, m: _Mention) -> None:
        """Add the mention to the node (``_add``) and index what it brings."""
        words_before, number, old = set(node.words), node.number, self.rank.get(node.number)
        ranked_before = self._ranked_keys(node)
        _add(node, m)
        self.by_number[number] = node
        if ("article", m.source_id, number) not in self.held:
            self.held.add(("article", m.source_id, number))
            self.of_article[m.source_id].append(node)
        insort(self.told[m.source_id], (m.mention.trigger.end, m.mention.sentence.end, number))
        keys = [(m.story, role, key) for role, keys in (("agent", m.agents), ("target", m.targets),
                                                        ("place", m.places)) for key in keys]
        keys.append((m.story, "class", node.event.type))
        # an agent or place with a trigger word: the pairs the mention brings to the node (its roles
        # with all the node's words, all the node's roles with its words)
        event = node.event
        for role, mine, all_of_node in (("agent", m.agents, event.agents), ("place", m.places, event.places)):
            keys += [(m.story, role, key, word) for key in mine for word in words_before]
            keys += [(m.story, role, key, word) for key in all_of_node for word in m.words]
        self.classes[number].add(node.event.type)
        for key in keys:
            if (key, number) not in self.held:
                self.held.add((key, number))
                self.nodes[key].append(node)
                if key[1] == "class":
                    self.seen[key, number] = len(self.seen)
        # the node's place in the order of evidence, in every list it belongs to
        new = self.rank[number] = _rank(node)
        for key in ranked_before:
            ranked = self.ranked[key]
            del ranked[bisect_left(ranked, (old, number))]
        for key in self._ranked_keys(node):
            insort(self.ranked[key], (new, number))

    def _ranked_keys(self, node: _Node) -> list[tuple]:
        """The ranked lists holding the node: (story, class), (story, class, word) and (story,
        class, agent) for every class it has had."""
        story, keys = node.story, []
        for name in self.classes.get(node.number, ()):
            keys.append((story, name))
            keys += [(story, name, "word", word) for word in node.words]
            keys += [(story, name, "agent", key) for key in node.event.agents]
        return keys


def antecedent_distance(node: _Node, m: _Mention) -> int | None:
    """How far before the mention ``m`` the node's nearest mention of its article ends, in its
    sentence or the sentence right before it (None: it has none there): a noun that names a
    happening without telling which ("the shooting", "the incident") refers to the one just told
    of. One told further back is no such antecedent: an article tells of its own happening
    again after recounting an earlier one."""
    start, sentence = m.mention.trigger.start, m.mention.sentence.start
    ends = [other.mention.trigger.end for other in node.of_article.get(m.source_id, ())
            if other.mention.trigger.end <= start and other.mention.sentence.end >= sentence - _SENTENCE_GAP]
    return start - max(ends) if ends else None


# the most characters between two sentences told one after the other (a space, a line break)
_SENTENCE_GAP = 2


def _rank(node: _Node) -> tuple:
    """A bare mention's preference among the nodes it may join: most evidence, then earliest first
    mention (``best_tied``)."""
    return (-len(node.mentions), node.mentions[0].order)


@cache
def _related_types(event_type: str) -> tuple[str, ...]:
    """The classes a mention of this class can be merged with: itself, its ancestors and the classes
    that specialise it."""
    return tuple(name for name in EVENT_TYPES if compatible_types(event_type, name))


@cache
def compatible_types(one: str, other: str) -> bool:
    """The same class, or one a specialisation of the other."""
    return one == other or one in event_ancestors(other) or other in event_ancestors(one)


def places_of(actors, gazetteer: Gazetteer) -> dict[str, PlaceInfo]:
    """Place and country actor key → what the gazetteer knows of it: the city or region of that
    name in the actor's country; a country; else a place of unknown extent ("place": a building,
    a district, a town too small for the gazetteer), in the actor's country if it has one."""
    out = {}
    for actor in actors:
        if actor.kind == COUNTRY:
            out[actor.key] = PlaceInfo(actor.label, actor.country, "country")
        elif actor.kind == PLACE:
            info = next((p for p in gazetteer.places(actor.label) if actor.country
                         and p.country == actor.country and p.kind in ("city", "region")), None)
            out[actor.key] = info or PlaceInfo(actor.label, actor.country, "place")
    return out


def compatible(m: _Mention, node: _Node, countries: set[str], place_of: dict[str, PlaceInfo] | None = None) -> bool:
    event = node.event
    if m.factuality != event.factuality:
        return False
    if not compatible_types(m.mention.type, event.type):
        return False
    act = (m.mention.type, m.mention.sense)
    if not all(_acts_agree(act, other) for other in node.acts):
        return False
    if event.type == STATEMENT and not _same_speaker(m.agents | m.described[0], node.speakers,
                                                      {**node.descriptions, **m.descriptions},
                                                      {**node.affiliations, **m.affiliations}):
        return False
    if m.mention.date and event.date and m.mention.date != event.date:
        return False
    if m.year and node.years and m.year not in node.years:
        return False
    if m.mention.ordinal and node.ordinals and node.ordinals != {m.mention.ordinal}:
        return False  # "the first shooting" and "the second shooting" of a series are two
    if not _places_agree(m.places, event.places, countries, place_of or {}):
        return False
    if not _streets_agree(m.streets, node.streets.get(m.source_id)):
        return False
    descriptions = {**node.descriptions, **m.descriptions}
    return (_roles_agree(m.agents - m.targets, event.agents - event.targets, descriptions)
            and (_roles_agree(m.targets, event.targets, descriptions)
                 or _member_of(m.targets, event.targets, {**node.kinds, **m.kinds})))


def _acts_agree(one: tuple[str, str], other: tuple[str, str]) -> bool:
    """Two mentions' (class, kind of act) can be one happening: a kind of act named within its class
    (``EventMention.sense``: an Accuse that is "an investigation") is no other kind of that class ("a
    lawsuit", "criticism") and no narrower class ("charged"); a mention of a class without a kind
    may be any of them."""
    (type_one, sense_one), (type_two, sense_two) = one, other
    if sense_one and sense_two:
        return type_one == type_two and sense_one == sense_two
    if sense_one:
        return _kind_may_be(type_one, sense_one, type_two)
    if sense_two:
        return _kind_may_be(type_two, sense_two, type_one)
    return True


def _kind_may_be(event_type: str, sense: str, other: str) -> bool:
    """Whether a mention of a kind of act of a class may be one happening with a mention of class
    ``other`` that names no kind: its own class or a broader one, or a narrower class the lexicon
    gives the kind (``act_kind_classes``: an accusation may be the charge)."""
    return (other == event_type or other in event_ancestors(event_type)
            or other in load_lexicon().act_kind_classes.get(sense, ()))


def _same_speaker(mine: set[str], theirs: set[str], descriptions: dict[str, str],
                  affiliations: dict[str, frozenset[str]]) -> bool:
    """Two statements are one declaration only by one speaker: they share one (a named actor or a
    described person: "a neighbour said"), or neither has one. A speaker the resolution left
    without an actor ("the lieutenant said") is no reason to join the statement of another ("the
    examiner's office reported"), and no unnamed group ("consumers reported") stands for a named
    speaker ("the Journal reported") as an unnamed gunman may for a named one, unless the named
    speaker belongs to the group's very sector or speaks for it (``descriptions``: groups → their
    CAMEO sector; ``affiliations``: named speakers → their sector and whom they speak for): "police
    said" and "Sgt. Lee, a police spokeswoman, said" are one police statement; "consumers" (CVL)
    are not a newspaper (MED), though both are civilians."""
    if mine & theirs or not mine and not theirs:
        return True
    if not mine or not theirs:
        return False
    for groups, named in ((mine, theirs), (theirs, mine)):
        if groups <= descriptions.keys() and not named & descriptions.keys():
            return all(any(group in affiliations.get(key, ()) or descriptions[group] in affiliations.get(key, ())
                           for group in groups) for key in named)
    return False


def _roles_agree(mine: set[str], theirs: set[str], descriptions: dict[str, str]) -> bool:
    """Two sets of agents (or targets) of one happening: one is empty, they share an actor, one
    holds only unnamed groups ("the thieves", "the gunman") and the other only named actors, whom
    the groups may describe, or both hold only groups that may be the same people
    (``kg.knowledge.groups.same_people``: "protesters" and "rioters", both the opposition in the
    street; "workers" and "people"). Different named actors are two happenings, and so are groups
    of other sectors ("called in troops", "called on civilians")."""
    if not mine or not theirs or mine & theirs:
        return True
    my_groups, their_groups = mine & descriptions.keys(), theirs & descriptions.keys()
    if mine == my_groups and not their_groups or theirs == their_groups and not my_groups:
        return True
    if mine != my_groups or theirs != their_groups:
        return False
    my_sectors, their_sectors = ({descriptions[key] for key in keys} for keys in (mine, theirs))
    return (all(any(same_people(one, other) for other in their_sectors) for one in my_sectors)
            and all(any(same_people(one, other) for other in my_sectors) for one in their_sectors))


def _member_of(mine: set[str], theirs: set[str], kinds: dict[str, str]) -> bool:
    """Two sets of targets of which one holds only organisations and the other only named people:
    the organisation may stand for one of its people, as PLOVER codes "a cartel boss" or "an Acme
    worker" by whom they belong to ("a cartel boss hanged himself in his cell" and "Rossi hanged
    himself"), so they are no two different targets. Only for targets, the one a happening befalls:
    a club's offer and a person's offer may be two clubs' offers."""
    def only(keys: set[str], kind: str) -> bool:
        return bool(keys) and all(kinds.get(key) == kind for key in keys)
    return (only(mine, ORGANIZATION) and only(theirs, PERSON)) or (only(mine, PERSON) and only(theirs, ORGANIZATION))


def _set_apart(m: _Mention, node: _Node) -> bool:
    """A mention its text sets apart from its like ("another shooting") is not the happening its
    own article told of before: it joins no node holding a mention with a participant, place or
    date from an earlier sentence of its article. ("Town hit by another heist" as a headline has
    no such sentence before it, only a bare word in a web address at most, and "another" there
    contrasts with earlier heists, not with its own story's: it may join.) Once its article has told
    of a happening with a participant, place or date, a bare one ("a fugitive wanted in a
    shooting") says only that it is not a happening its article tells of: it joins no node
    holding a mention of its article, before or after it; another article's report of that other
    happening it may join."""
    if not m.mention.distinct:
        return False
    if m.tier == BARE and m.told_after:
        return m.source_id in node.of_article
    return any(other.mention.sentence.end <= m.mention.sentence.start
               and (other.tier != BARE or other.mention.date) for other in node.of_article.get(m.source_id, ()))


def best_tied(m: _Mention, candidates: list[_Node], countries: set[str],
              place_of: dict[str, PlaceInfo] | None = None) -> _Node | None:
    """The node a compatible mention joins, or None (see the module docstring)."""
    if m.tier == WITH_ACTORS:
        tied = [node for node in candidates if m.targets & node.event.targets
                or m.agents & node.event.agents and m.words & node.words]
    elif m.tier == WITH_PLACES:
        tied = [node for node in candidates if (m.places & node.event.places) - countries
                or m.places & node.event.places and m.words & node.words]
    else:
        tied = candidates
    if m.tier != BARE:
        return tied[0] if tied else None
    # Shared words first, then the node with the most evidence, then the earliest started; but the
    # antecedent when that is another happening.
    chosen = min(tied, key=lambda node: (not m.words & node.words, -len(node.mentions), node.mentions[0].order),
                 default=None)
    return _antecedent_or(chosen, nearest(m, tied), m.source_id, countries,
                          place_of or {})


def nearest(m: _Mention, nodes: list[_Node]) -> _Node | None:
    """Of the nodes, the one holding the article's mention nearest before ``m`` (``antecedent_distance``)."""
    told = [(distance, node.number, node) for node in nodes
            if (distance := antecedent_distance(node, m)) is not None]
    return min(told, key=lambda told: told[:2])[2] if told else None


def _antecedent_or(chosen: _Node | None, antecedent: _Node | None, source_id: str, countries: set[str],
                   place_of: dict[str, PlaceInfo]) -> _Node | None:
    """The node a mention of article ``source_id`` that names a happening without telling which
    joins: the antecedent, when the node preferred by evidence is another happening its own article
    tells of (``_nodes_compatible``: another day, street, victim): in a round-up, "the shooting"
    after "a woman was shot on Wednesday" is that shooting, not Friday's told first. When the two
    may be one happening (an article's report the join left apart from its story's), or the
    article tells nothing else of the node preferred (the story's happening, told by its other
    articles), the node preferred by evidence."""
    if chosen is None or antecedent is None or antecedent is chosen \
            or source_id not in chosen.of_article \
            or _nodes_compatible(chosen, antecedent, countries, place_of):
        return chosen
    return antecedent


def same_happening(m: _Mention, candidates: list[_Node]) -> _Node | None:
    """For a mention with roles that shares none with a node: the largest node of its story and
    class that it does not contradict and that is reported with one of its trigger words ("the
    fire at the church", "the fire in Ottawa"): a story's articles report its happening with
    different participants named."""
    same = [node for node in candidates if m.words & node.words or _one_doer(m, node)]
    return min(same, key=lambda node: (-len(node.mentions), node.mentions[0].order), default=None)


def _one_doer(m: _Mention, node: _Node) -> bool:
    """The same agent doing a happening of the same general-news class in one story, named with
    other words ("the thieves stole", "the thieves' heist"; "checked into rehab", "entered a
    treatment centre"): one happening. Not for the broad PLOVER categories, where one agent does
    several things of a category ("declared a state of emergency" and "imposed a curfew")."""
    return m.mention.type in NEWS_EVENT_CLASSES and bool(m.agents & node.event.agents)


def _add(node: _Node, m: _Mention) -> None:
    event = node.event
    if m.mention.type != event.type and event.type in event_ancestors(m.mention.type):
        event.type = m.mention.type  # the more specific class: "violence" then "shooting"
    event.agents |= m.agents
    event.targets |= m.targets
    event.denied_by |= m.denied_by
    event.places |= m.places
    event.date = event.date or m.mention.date
    event.triggers.add(m.mention.trigger.text)
    event.evidence.append(Evidence(m.source_id, m.mention.trigger))
    node.mentions.append(m)
    node.of_article.setdefault(m.source_id, []).append(m)
    node.words |= m.words
    node.descriptions.update(m.descriptions)
    node.kinds.update(m.kinds)
    node.acts.add((m.mention.type, m.mention.sense))
    node.speakers |= m.agents | m.described[0]
    node.affiliations.update(m.affiliations)
    if m.year:
        node.years.add(m.year)
    if m.mention.ordinal:
        node.ordinals.add(m.mention.ordinal)
    if m.streets:
        node.streets.setdefault(m.source_id, set()).update(m.streets)


def _places_agree(places: set, other: set, countries: set, place_of: dict[str, PlaceInfo]) -> bool:
    """Whether two sets of places can place one happening: the places below the country level of
    one are missing, shared, or each may hold or lie in each of the other's
    (``kg.knowledge.gazetteer.places_clash``: a city and its region, a building and its city; not
    two cities, nor a city and a region it is known not to lie in, nor places of two countries)."""
    cities, other_cities = places - countries, other - countries
    if not cities or not other_cities or cities & other_cities:
        return True
    return not any(_clash(one, two, place_of) for one in cities for two in other_cities)


def street_of(name: str) -> str | None:
    """The street a place's name names, without its street word (``name_kinds.yaml``'s
    ``streets``: "Maple Avenue" and "Maple Ave." → "maple"), or None for a name of another kind."""
    words = re.findall(r"[a-z0-9]+", name.lower())
    return " ".join(words[:-1]) if len(words) > 1 and words[-1] in name_kinds().streets else None


def _streets_agree(streets: Set[str], other: Set[str] | None) -> bool:
    """Whether mentions of one article placed on these streets can be one happening: one names
    none, or they share one (a shooting "at Elm Street and Oak Avenue" is on both). Two streets of
    other names hold neither the other: "shot on Maple Avenue" and "shot on Pine Street" are two
    shootings. Only within one article: two reports of one incident may each name another
    street of a corner or a block."""
    return not streets or not other or bool(streets & other)


def _clash(one: str, two: str, place_of: dict[str, PlaceInfo]) -> bool:
    if one in place_of and two in place_of:
        return places_clash(place_of[one], place_of[two])
    return True  # not told what they are (no resolved actors): two different places


# --- steps 4 and 5: anchored nodes, names ---------------------------------------------------------


def factuality_of(em: EventMention) -> str:
    """The mention's factuality; a mention made without one (older records, hand-made ones)
    falls back on its negated and hypothetical flags."""
    if em.factuality != "asserted":
        return em.factuality
    return "negated" if em.negated else "possible" if em.hypothetical else "asserted"


def _anchored(event: Event) -> bool:
    return bool(event.agents or event.targets or event.places or event.date)


def _finish(node: _Node, country_of: dict[str, str]) -> None:
    event = node.event
    event.places |= {country_of[place] for place in event.places if place in country_of}
    event.evidence.sort(key=lambda e: (e.source_id, e.span.start))
    first = min(node.mentions, key=lambda m: m.naming_order)
    trigger = first.mention.trigger
    event.key = identity.event_id(first.mention.type, first.source_id, trigger.start, trigger.end)


_TRIGGER_WORD = re.compile(r"[a-z]+")
_NOT_TRIGGER_WORDS = {"a", "an", "the", "of", "to", "its", "their", "his", "her", "was", "were", "is", "are", "be",
                      "been", "being", "has", "have", "had", "still", "full", "nationwide", "at", "on", "in", "into", "with",
                      "from", "for", "up", "down", "out", "off", "over"}


def trigger_words(trigger: str) -> set[str]:
    """Crude stems of a trigger's words ("sending troops" → send, troop), for
    telling whether two mentions use the same words; the forms of one word family
    (``word_family``: "died", "death"; "acquired", "acquisition") take the stem of
    the family's head, so a verb and its noun are one word."""
    stems = set()
    for word in _TRIGGER_WORD.findall(trigger.lower()):
        if word in _NOT_TRIGGER_WORDS:
            continue
        stems.add(_stem(word_family(word) or word))
    return stems


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[:-len(suffix)]
            if suffix in ("ing", "ed") and word[-1] == word[-2]:
                word = word[:-1]  # "stopped" → stop
            break
    return word
