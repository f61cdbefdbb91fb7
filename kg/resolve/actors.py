"""Resolve mentions across the articles of one build into graph nodes.

Actors: one node per real actor. Mentions are grouped by an identity key
(:class:`kg.resolve.clusters.ActorKey`: a normalised name), then merged by
rules that need no per-corpus list (:mod:`kg.resolve.name_rules`,
:mod:`kg.resolve.pronouns`):

- surname → full name (a one-word person name that is the last word of a
  unique longer person name in the cluster), a first name's nickname too
  ("Fred Marlowe" = "Frederick Calder Marlowe", the ``nicknames`` package);
- first name → full name ("Vincent" = "Vincent Marlowe", when one person has it);
- acronym ↔ expansion (letters = initials of the expansion's content words,
  in any order: "OAS" = "Organization of American States", "OPEC" = "Organization of the Petroleum Exporting Countries");
- spelling variants (British/American, ``kg/data/spelling.yaml``);
- an institution without a country ("the interior ministry") → the unique
  institution of that name with a country, preferring the cluster's main
  country;
- office-holder descriptions ("the president") → the person the articles
  name with that title, unless ambiguous;
- pronouns → the person syntax makes their antecedent (the subject of their clause, of the
  clause theirs depends on, or of the sentence before: "Tam Bakewell, rumored to be John Doe,
  has died. He was 81." is Tam Bakewell), else the person of their gender named last before them
  in their article, else the person it names most; role descriptions ("the gunman") → the
  person of the role's sector in their article, else the person it names most, unless their
  sentence names the person ("Marek is the accused gunman", ``kg.extract.descriptions``).

The kind of each actor is decided by weighted votes over all its mentions.

Events, claims and quotes are then merged across articles
(:mod:`kg.resolve.resolution` runs the steps in order).
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable

from kg.knowledge.gazetteer import Gazetteer
from kg.knowledge import groups
from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, Actor, ArticleExtraction, EntityMention, Evidence
from kg.extract.actor_types import company_word
from kg.extract.syntax import POSSESSIVE
from kg.resolve import identity
from kg.resolve.clusters import ActorKey, Clustering, MentionRef, is_named
from kg.resolve.name_rules import NameRules
from kg.knowledge.text import is_acronym
from kg.resolve.names import NameNormaliser
from kg.resolve.event_sides import mention_sides, speaking_mentions
from kg.resolve.pronouns import antecedents, described, office_holders
from kg.resolve.recovery import recover_mentions
from kg.resolve.stories import stories, story_names


# Sectors of the state's own institutions (CAMEO: government, legislature, judiciary, military,
# police, intelligence).
STATE_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})


def main_country(mentions: Iterable[EntityMention]) -> str | None:
    """The country the build's articles mention most, unless another is mentioned as often."""
    counts = Counter(m.country for m in mentions if m.kind == COUNTRY and m.country)
    if not counts:
        return None
    (best, n), *rest = counts.most_common()
    return best if not rest or rest[0][1] < n else None


class Resolver:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self.normalise = NameNormaliser()
        self.rules = NameRules(self.gaz, self.normalise)

    @staticmethod
    def recover_mentions(extractions: list[ArticleExtraction]) -> list[ArticleExtraction]:
        """See :func:`kg.resolve.recovery.recover_mentions`."""
        return recover_mentions(extractions)

    def resolve_actors(self, extractions: list[ArticleExtraction]
                       ) -> tuple[list[Actor], dict[MentionRef, str]]:
        """Returns (actors, mention_to_actor) where the map is keyed by (source_id, mention key)."""
        c = self._clustering(extractions)
        # 1. Mentions with the same identity key are one actor.
        # The kind is not part of the key: NER may call one name a person here and a
        # place there; the votes of all its mentions decide once they are together.
        for ref, key in c.key_of.items():
            c.kinds.setdefault(key, set()).add(c.mentions[ref].kind)
        people = self.rules.people_named(c.kinds)
        for ref, key in c.key_of.items():
            if key not in c.first_of:
                c.first_of[key] = ref
            elif len(people.get(key, ())) <= 1:  # a short name of several people is decided per article
                c.union.union(c.first_of[key], ref)
        # 2. Name rules across keys.
        sides = mention_sides(extractions)
        self.rules.apply(c, people, sides)
        # 3. Office holders and pronouns join the actor they refer to.
        clusters: dict = defaultdict(list)
        for ref, m in sorted(c.mentions.items()):
            if is_named(m):
                clusters[c.union.find(ref)].append(ref)
        office_holders(c, clusters)
        root_of = {ref: root for root, refs in clusters.items() for ref in refs}
        joining = antecedents(c, clusters, root_of, sides, speaking_mentions(extractions))
        joining.update(described(c.mentions, root_of))
        for ref, root in sorted(joining.items()):
            clusters[root].append(ref)
        return self._actors(c, clusters)

    def _clustering(self, extractions: list[ArticleExtraction]) -> Clustering:
        """The mentions of the build with the identity keys of the named ones; a group's key
        holds its story, since groups of two stories are two groups (the police of one
        shooting and of another)."""
        mentions: dict[MentionRef, EntityMention] = {}
        for extraction in extractions:
            sid = extraction.article.source_id
            for mention in extraction.entities:
                mentions[(sid, mention.key)] = mention
        country = main_country(mentions.values())
        key_of = {ref: self._identity(m, country) for ref, m in sorted(mentions.items()) if is_named(m)}
        # Source id → story, and story → its name (kg.resolve.stories), from the identities of
        # the people, organisations and places each article names.
        names: dict[str, Counter] = {sid: Counter() for sid, _ in mentions}  # every article has a story
        for ref, key in key_of.items():
            m = mentions[ref]
            if m.kind in (PERSON, ORGANIZATION, PLACE) and not m.nominal:
                names[ref[0]][key] += 1
        story_of = stories(names, {x.article.source_id: x.article.date for x in extractions})
        story_name = story_names(names, story_of)
        for ref, key in key_of.items():
            if key.scheme == "group":
                key_of[ref] = key._replace(story=story_of[ref[0]])
        _join_placed_groups(mentions, key_of)
        in_story: dict[int, list[EntityMention]] = defaultdict(list)
        for (sid, _), m in mentions.items():
            in_story[story_of[sid]].append(m)
        story_country = {story: main_country(found) for story, found in in_story.items()}
        return Clustering(mentions, key_of, story_of, story_name, country, story_country)

    def _identity(self, m: EntityMention, main: str | None) -> ActorKey:
        if m.kind == COUNTRY and m.country:
            return ActorKey("country", m.country)
        if m.kind == GROUP:
            info = groups.group(m.name)
            # In news about a country, its own forces and crowds go unqualified:
            # "Kenyan police" and "police" are one group there, "Russian troops" another.
            country = None if m.country == main else m.country
            return ActorKey("group", self.normalise(info.label if info else m.name), country)
        if m.kind == PLACE:
            info = self._place(m.name)
            return ActorKey("name", self.normalise(info.name if info else m.name))
        # An organisation's country is part of its name ("Interior Ministry" of one state or another).
        return ActorKey("name", self.normalise(m.name), m.country if m.kind == ORGANIZATION else None)

    def _place(self, name: str):
        """The gazetteer's place of a place's name; none for a name with a possessive whose place
        has none ("Vickery's", a shop named after its owner, kg.extract.shop_names, is no town
        spelt like the owner's name; "St. John's" is the town)."""
        info = self.gaz.place(name)
        if info is not None and POSSESSIVE.search(name) and not POSSESSIVE.search(info.name):
            return None
        return info

    def _actors(self, c: Clustering, clusters: dict[MentionRef, list[MentionRef]]
                ) -> tuple[list[Actor], dict[MentionRef, str]]:
        """One actor per cluster that names one, with an IRI key no other actor has."""
        mention_to_actor: dict[MentionRef, str] = {}
        actors: list[Actor] = []
        used_keys: set[str] = set()
        # A group of another story than the largest one with that group is named after its story
        # ("group/security-forces-zurana-horton"), so that its IRI does not depend on the order of
        # the folder's articles; the largest story's group keeps the plain IRI.
        size = Counter(c.story_of.values())
        group_roots = {root for root in clusters if root in c.key_of and c.key_of[root].scheme == "group"}
        for root in sorted(clusters, key=lambda r: (-size[c.story_of[r[0]]] if r in group_roots else 1, r)):
            refs = clusters[root]
            actor = self._make_actor(c, refs)
            if actor is None:
                continue
            story = c.story_of[root[0]]
            base_key, suffix = actor.key, 2
            if actor.key in used_keys and actor.kind == GROUP and story in c.story_name:
                base_key = actor.key = f"{base_key}-{identity.slug(c.story_name[story].name)}"
            while actor.key in used_keys:
                actor.key, suffix = f"{base_key}-{suffix}", suffix + 1
            used_keys.add(actor.key)
            actors.append(actor)
            for ref in refs:
                mention_to_actor[ref] = actor.key
        _link_places(actors)
        for actor in actors:  # who used a side's label: from a mention key to an actor key
            if any(e.used_by for e in actor.evidence):
                actor.evidence = [dataclasses.replace(e, used_by=mention_to_actor.get((e.source_id, e.used_by)))
                                  if e.used_by else e for e in actor.evidence]
        return actors, mention_to_actor

    def _make_actor(self, c: Clustering, refs: list[MentionRef]) -> Actor | None:
        members = [(ref[0], c.mentions[ref]) for ref in refs]
        named = [(sid, m) for sid, m in members if not m.nominal and not m.pronoun]
        described = [(sid, m) for sid, m in members if m.nominal and not m.pronoun]
        if not named and not described:
            return None
        if not named:
            # Institutions known only by a description ("the interior ministry") are kept;
            # a description of a person with no named holder is not an actor.
            if not all(m.kind == ORGANIZATION for _, m in described):
                return None
        kind = c.kind_of(refs)
        countries = Counter(m.country for _, m in members if m.country)
        sectors = Counter(m.sector for _, m in members if m.sector)
        names = Counter(m.name for _, m in (named or described))
        label = self._label(kind, names, countries)
        if kind == COUNTRY:
            info = self.gaz.country(label)
            label = info.name if info else label
        elif kind == PLACE:
            place = self._place(label)
            label = place.name if place else label
        elif kind == GROUP:
            group = groups.group(label)
            label = group.label if group else label
        alt = {m.name for _, m in members if not m.pronoun} | {
            m.span.text for _, m in members if not m.pronoun and m.span.text[:1].isupper()}
        country = countries.most_common(1)[0][0] if countries else None
        if country is None and kind == ORGANIZATION and sectors and \
                sectors.most_common(1)[0][0] in STATE_SECTORS:
            # Last resort: a state institution its story names without a country ("the National
            # Guard") is of the story's country; never a person, a group or a company.
            found = {c.story_country.get(c.story_of[sid]) for sid, _ in members}
            country = found.pop() if len(found) == 1 else None
        key = self._actor_key(kind, label, country)
        return Actor(key=key, label=label, kind=kind, alt_labels=alt - {label}, country=country,
                     sector=sectors.most_common(1)[0][0] if sectors else None,
                     evidence=[Evidence(sid, m.span, m.used_by) for sid, m in members],
                     counted=all(m.counted for _, m in members if not m.pronoun))  # "four men … their"

    def _label(self, kind: str, names: Counter, countries: Counter) -> str:
        """The canonical name: the longest well-attested full form (not an acronym; for a person, not
        the name after a demonym that NER took into it: ``NameRules.merge_demonym_qualified``). A company's
        name that ends in a company word ("Kestrel Aircraft", "Norvela Airways"; ``name_ends`` in
        kg/data/name_kinds.yaml) is attested by its short form too ("Kestrel said")."""
        counts = dict(names)
        if kind == PERSON:
            # "American Amos Lekuta" (NER took the nationality in) is labelled "Amos Lekuta"
            counts = {name: count for name, count in counts.items()
                      if not (name.partition(" ")[2] in names and self.gaz.demonym(name.split()[0]))} or counts
        if kind == ORGANIZATION:
            # "the Varden County Sheriff's Office … Police said": a force is not labelled with
            # the generic word the article also calls it by (a name of its own, not its acronym,
            # is wanted: "the USAF … the Air Force" keeps "Air Force")
            counts = {name: count for name, count in counts.items()
                      if groups.group(name) is None and not is_acronym(name)} or counts
            for name in names:
                short, _, last = name.rpartition(" ")
                if short in names and company_word(last) and name in counts:
                    counts[name] += names[short]

        def rank(item):
            name, count = item
            return (not is_acronym(name), len(name.split()) if kind == PERSON else count, len(name), name)
        return max(counts.items(), key=rank)[0]

    def _actor_key(self, kind: str, label: str, country: str | None) -> str:
        """Spelling-normalised, so "Organisation" and "Organization" labels give one IRI."""
        name = identity.slug(self.normalise(label))
        if kind == COUNTRY and country:
            return identity.actor_id(kind, country.lower())
        if kind in (PLACE, GROUP) and country:
            return identity.actor_id(kind, f"{name}-{country.lower()}")
        return identity.actor_id(kind, name)


def _join_placed_groups(mentions: dict[MentionRef, EntityMention], key_of: dict[MentionRef, ActorKey]) -> None:
    """A bare group word ("police") is the one place-qualified group of its story with that
    label ("Elmford police", kg.extract.actors), when the story names one such place only."""
    placed: dict[tuple, set[ActorKey]] = defaultdict(set)
    for ref, key in key_of.items():
        info = groups.placed_group(mentions[ref].name) if key.scheme == "group" else None
        if info is not None:
            placed[(key.story, info.label)].add(key)
    for ref, key in key_of.items():
        if key.scheme != "group" or groups.placed_group(mentions[ref].name) is not None:
            continue
        info = groups.group(mentions[ref].name)
        found = placed.get((key.story, info.label if info else None), ())
        if len(found) == 1:
            key_of[ref] = next(iter(found))


def _link_places(actors: list[Actor]) -> None:
    """Each place of a country that is an actor is in that country."""
    countries = {a.country: a.key for a in actors if a.kind == COUNTRY and a.country}
    for actor in actors:
        if actor.kind == PLACE and actor.country in countries:
            actor.in_country = countries[actor.country]
