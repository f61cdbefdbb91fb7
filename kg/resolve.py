"""Resolve mentions across the articles of one build into graph nodes.

Actors: one node per real actor. Mentions are grouped by a normalised name,
then merged by rules that need no per-corpus list:

- surname → full name (a one-word person name that is the last word of a
  unique longer person name in the cluster);
- acronym ↔ expansion (letters = initials of the expansion's content words,
  in any order: "CSTO" = "Organization of the Collective Security Treaty");
- spelling variants (British/American, ``kg/data/spelling.yaml``);
- an institution without a country ("the interior ministry") → the unique
  institution of that name with a country, preferring the cluster's main
  country;
- office-holder descriptions ("the president") → the person the articles
  name with that title, unless ambiguous;
- pronouns → the person they were linked to in their article.

The kind of each actor is decided by weighted votes over all its mentions.

Events, claims and quotes are then merged across articles by ``kg.merge``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable


import yaml

from . import identity
from .gazetteer import Gazetteer
from .merge import merge_claims, merge_events, merge_quotes
from .model import (COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Actor, ArticleExtraction, Claim, EntityMention,
                    Evidence, Resolved, Span)
from .resources import data_file

_WORD = re.compile(r"[^\W_]+")
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
_STOP_INITIALS = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "to", "a", "an"}


def _load_spelling() -> dict[str, str]:
    with open(data_file("spelling.yaml"), encoding="utf-8") as stream:
        return {k.lower(): v.lower() for k, v in (yaml.safe_load(stream) or {}).items()}


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, item):
        self.parent.setdefault(item, item)
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def union(self, a, b) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic root: the smaller key wins.
            if str(rb) < str(ra):
                ra, rb = rb, ra
            self.parent[rb] = ra


class Resolver:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self.spelling = _load_spelling()
        self.main_country: str | None = None

    # -- names --------------------------------------------------------------------

    def normalise(self, name: str) -> str:
        """Lowercase words, spelling-normalised; an apostrophe inside a word joins it ("O'Brien" → "obrien")."""
        name = _INNER_APOSTROPHE.sub("", name)
        words = [self.spelling.get(w.lower(), w.lower()) for w in _WORD.findall(name)]
        return " ".join(words)

    @staticmethod
    def initials(name: str) -> str:
        return "".join(w[0] for w in _WORD.findall(name) if w.lower() not in _STOP_INITIALS and w[:1].isupper())

    @staticmethod
    def is_acronym(name: str) -> bool:
        letters = name.replace(".", "")
        return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()

    # -- actors ---------------------------------------------------------------------

    def resolve_actors(self, extractions: list[ArticleExtraction]):
        """Returns (actors, mention_to_actor) where the map is keyed by (source_id, mention key)."""
        uf = _UnionFind()
        mentions: dict[tuple[str, str], EntityMention] = {}
        for extraction in extractions:
            sid = extraction.article.source_id
            for mention in extraction.entities:
                mentions[(sid, mention.key)] = mention
        main_country = self._main_country(mentions.values())
        self.main_country = main_country

        # 1. Mentions with the same identity key are one actor.
        # The kind is not part of the key: NER may call one name a person here and a
        # place there; the votes of all its mentions decide once they are together.
        first_of: dict[tuple, tuple[str, str]] = {}
        kinds: dict[tuple, set[str]] = defaultdict(set)
        for ref, m in sorted(mentions.items()):
            if m.pronoun or (m.nominal and m.kind != ORGANIZATION):
                continue
            key = self._identity(m)
            kinds[key].add(m.kind)
            if key in first_of:
                uf.union(first_of[key], ref)
            else:
                first_of[key] = ref
        # 2. Name rules across keys.
        self._merge_acronyms(first_of, mentions, uf)
        self._merge_surnames(first_of, kinds, mentions, uf)
        self._attach_countryless(first_of, uf, main_country)
        # 3. Office holders and pronouns join the actor they refer to.
        clusters: dict = defaultdict(list)
        for ref, m in sorted(mentions.items()):
            if not (m.pronoun or (m.nominal and m.kind != ORGANIZATION)):
                clusters[uf.find(ref)].append(ref)
        self._office_holders(mentions, clusters, uf, main_country)
        for ref, m in sorted(mentions.items()):
            if m.pronoun and m.refers_to is not None and uf.find((ref[0], m.refers_to)) in clusters:
                clusters[uf.find((ref[0], m.refers_to))].append(ref)

        mention_to_actor: dict[tuple[str, str], str] = {}
        actors: list[Actor] = []
        used_keys: set[str] = set()
        for root in sorted(clusters):
            refs = clusters[root]
            actor = self._make_actor([(ref[0], mentions[ref]) for ref in refs])
            if actor is None:
                continue
            base_key, suffix = actor.key, 2
            while actor.key in used_keys:
                actor.key, suffix = f"{base_key}-{suffix}", suffix + 1
            used_keys.add(actor.key)
            actors.append(actor)
            for ref in refs:
                mention_to_actor[ref] = actor.key
        self._link_places(actors)
        return actors, mention_to_actor

    def _identity(self, m: EntityMention) -> tuple:
        if m.kind == COUNTRY and m.country:
            return ("country", m.country)
        if m.kind == GROUP:
            info = self.gaz.group(m.name)
            # In news about a country, its own forces and crowds go unqualified:
            # "Kazakh police" and "police" are one group there, "Russian troops" another.
            country = None if m.country == self.main_country else m.country
            return ("group", self.normalise(info.label if info else m.name), country)
        if m.kind == PLACE:
            info = self.gaz.place(m.name)
            return ("name", self.normalise(info.name if info else m.name), None)
        # An organisation's country is part of its name ("Interior Ministry" of one state or another).
        return ("name", self.normalise(m.name), m.country if m.kind == ORGANIZATION else None)

    def _merge_acronyms(self, first_of, mentions, uf) -> None:
        """ "CSTO" = the organisation whose content-word initials are C, S, T, O in any order."""
        orgs = [(key, ref) for key, ref in first_of.items() if key[0] == "name"]
        for key, ref in orgs:
            acronym = mentions[ref].name.replace(".", "")
            if not self.is_acronym(acronym):
                continue
            letters = sorted(acronym)
            for other_key, other in orgs:
                name = mentions[other].name
                if other_key != key and len(name.split()) > 1 and sorted(self.initials(name)) == letters:
                    uf.union(ref, other)

    def _merge_surnames(self, first_of, kinds, mentions, uf) -> None:
        """A one-word name joins the unique person whose full name ends with it ("Tokayev"),
        unless every mention of it is a place (a city named like a person's surname)."""
        full_names: dict[str, set] = defaultdict(set)
        for key, ref in first_of.items():
            if PERSON in kinds[key] and key[0] == "name" and len(key[1].split()) > 1:
                full_names[key[1].split()[-1]].add(uf.find(ref))
        for key, ref in sorted(first_of.items(), key=str):
            if key[0] != "name" or " " in key[1] or kinds[key] <= {PLACE}:
                continue
            owners = {uf.find(r) for r in full_names.get(key[1], set())}
            if len(owners) == 1:
                uf.union(next(iter(owners)), ref)
                for other_ref, m in mentions.items():
                    if uf.find(other_ref) == uf.find(ref) and self.normalise(m.name) == key[1]:
                        m.votes = {PERSON: 2.0}

    def _attach_countryless(self, first_of, uf, main_country) -> None:
        """ "the Interior Ministry" with no country joins the unique same-name organisation with one
        (the cluster's main country breaks ties)."""
        with_country: dict[str, dict[str, tuple]] = defaultdict(dict)
        for key in first_of:
            if key[0] == "name" and key[2]:
                with_country[key[1]][key[2]] = key
        for key, ref in first_of.items():
            if key[0] != "name" or key[2]:
                continue
            options = with_country.get(key[1], {})
            chosen = next(iter(options.values())) if len(options) == 1 else options.get(main_country)
            if chosen is not None:
                uf.union(first_of[chosen], ref)

    def _main_country(self, mentions: Iterable[EntityMention]) -> str | None:
        counts = Counter(m.country for m in mentions if m.kind == COUNTRY and m.country)
        if not counts:
            return None
        (best, n), *rest = counts.most_common()
        return best if not rest or rest[0][1] < n else None

    def _office_holders(self, mentions, clusters, uf, main_country) -> None:
        """ "the president" → the person the articles name with that title: the one in the same
        article if unique, else the one of the description's country or of the main country."""
        holders: dict[str, list] = defaultdict(list)  # title → [(root, country, source_id)]
        for root, refs in clusters.items():
            for ref in refs:
                m = mentions[ref]
                if m.kind == PERSON and m.title and not m.nominal:
                    holders[m.title].append((root, m.country, ref[0]))
        for ref, m in sorted(mentions.items()):
            if not (m.nominal and m.kind == PERSON and not m.pronoun and m.title):
                continue
            candidates = holders.get(m.title, [])
            if m.country:
                candidates = [c for c in candidates if c[1] in (m.country, None)]
            roots = {c[0] for c in candidates}
            if len(roots) > 1:
                same_article = {c[0] for c in candidates if c[2] == ref[0]}
                by_country = {c[0] for c in candidates if c[1] == main_country}
                roots = same_article if len(same_article) == 1 else by_country
            if len(roots) == 1:
                clusters[next(iter(roots))].append(ref)

    def _make_actor(self, members: list[tuple[str, EntityMention]]) -> Actor | None:
        named = [(sid, m) for sid, m in members if not m.nominal and not m.pronoun]
        described = [(sid, m) for sid, m in members if m.nominal and not m.pronoun]
        if not named and not described:
            return None
        votes: Counter = Counter()
        for _, m in members:
            for kind, weight in m.votes.items():
                votes[kind] += weight
        if not named:
            # Institutions known only by a description ("the interior ministry") are kept;
            # a description of a person with no named holder is not an actor.
            if not all(m.kind == ORGANIZATION for _, m in described):
                return None
        kind = max(votes, key=lambda k: (votes[k], k)) if votes else ORGANIZATION
        countries = Counter(m.country for _, m in members if m.country)
        sectors = Counter(m.sector for _, m in members if m.sector)
        names = Counter(m.name for _, m in (named or described))
        label = self._label(kind, names, countries)
        if kind == COUNTRY:
            info = self.gaz.country(label)
            label = info.name if info else label
        elif kind == PLACE:
            place = self.gaz.place(label)
            label = place.name if place else label
        elif kind == GROUP:
            group = self.gaz.group(label)
            label = group.label if group else label
        alt = {m.name for _, m in members if not m.pronoun} | {
            m.span.text for _, m in members if not m.pronoun and m.span.text[:1].isupper()}
        country = countries.most_common(1)[0][0] if countries else None
        key = self._actor_key(kind, label, country)
        actor = Actor(key=key, label=label, kind=kind, alt_labels=alt - {label}, country=country,
                      sector=sectors.most_common(1)[0][0] if sectors else None,
                      evidence=[Evidence(sid, m.span) for sid, m in members])
        return actor

    def _label(self, kind: str, names: Counter, countries: Counter) -> str:
        """The canonical name: the longest well-attested full form (not an acronym)."""
        def rank(item):
            name, count = item
            return (not self.is_acronym(name), len(name.split()) if kind == PERSON else count, len(name), name)
        return max(names.items(), key=rank)[0]

    def _actor_key(self, kind: str, label: str, country: str | None) -> str:
        """Spelling-normalised, so "Organisation" and "Organization" labels give one IRI."""
        name = identity.slug(self.normalise(label))
        if kind == COUNTRY and country:
            return identity.actor_id(kind, country.lower())
        if kind in (PLACE, GROUP) and country:
            return identity.actor_id(kind, f"{name}-{country.lower()}")
        return identity.actor_id(kind, name)

    def _link_places(self, actors: list[Actor]) -> None:
        countries = {a.country: a.key for a in actors if a.kind == COUNTRY and a.country}
        for actor in actors:
            if actor.kind == PLACE and actor.country in countries:
                actor.in_country = countries[actor.country]

    def recover_mentions(self, extractions: list[ArticleExtraction]) -> None:
        """Add the mentions NER missed in one article of names it found in another.

        A name found anywhere in the cluster (a person, organisation, country
        or place, written with a capital) is looked up, case-sensitively and
        as a whole word, in every article; occurrences no mention covers yet
        become mentions of the same kind.
        """
        templates: dict[str, EntityMention] = {}
        for extraction in extractions:
            for m in extraction.entities:
                surface = m.span.text
                if m.nominal or m.pronoun or m.kind == GROUP or not surface[:1].isupper():
                    continue
                if len(surface) < 4 and not self.is_acronym(surface):
                    continue
                templates.setdefault(surface, m)
        if not templates:
            return
        pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(t) for t in sorted(templates, key=len, reverse=True)) + r")(?![\w-])")
        for extraction in extractions:
            taken = sorted((m.span.start, m.span.end) for m in extraction.entities)
            text = extraction.article.text
            added = 0
            for match in pattern.finditer(extraction.article.masked):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken):
                    continue
                template = templates[match.group(1)]
                extraction.entities.append(EntityMention(
                    key=f"r{added}", span=Span(start, end, text[start:end]), name=template.name,
                    kind=template.kind, votes=dict(template.votes), country=template.country, sector=template.sector))
                taken.append((start, end))
                added += 1

    def resolve(self, extractions: list[ArticleExtraction]) -> Resolved:
        extractions = sorted(extractions, key=lambda x: x.article.source_id)
        self.recover_mentions(extractions)
        actors, actor_of = self.resolve_actors(extractions)
        events, event_of = merge_events(extractions, actor_of, actors)
        claims = merge_claims(extractions, actor_of, event_of)
        quotes = merge_quotes(extractions, actor_of)
        return Resolved([x.article for x in extractions], actors, events, claims, quotes)


def resolve(extractions: list[ArticleExtraction], gazetteer: Gazetteer | None = None) -> Resolved:
    return Resolver(gazetteer).resolve(extractions)
