"""Resolve mentions across the articles of one build into graph nodes.

Actors: one node per real actor. Mentions are grouped by a normalised name,
then merged by rules that need no per-corpus list:

- surname → full name (a one-word person name that is the last word of a
  unique longer person name in the cluster), a first name's nickname too
  ("Fred LaRue" = "Frederick Cheney LaRue", the ``nicknames`` package);
- first name → full name ("Vincent" = "Vincent Gigante", when one person has it);
- acronym ↔ expansion (letters = initials of the expansion's content words,
  in any order: "OAS" = "Organization of American States", "OPEC" = "Organization of the Petroleum Exporting Countries");
- spelling variants (British/American, ``kg/data/spelling.yaml``);
- an institution without a country ("the interior ministry") → the unique
  institution of that name with a country, preferring the cluster's main
  country;
- office-holder descriptions ("the president") → the person the articles
  name with that title, unless ambiguous;
- pronouns → the person syntax makes their antecedent (the subject of their clause, of the
  clause theirs depends on, or of the sentence before: "Tom Baker, rumored to be John Doe,
  has died. He was 75." is Tom Baker), else the person of their gender named last before them
  in their article, else the person it names most; role descriptions ("the gunman") → the
  person of the role's sector in their article, else the person it names most, unless their
  sentence names the person ("Lopez is the accused gunman", ``kg.extract.descriptions``).

The kind of each actor is decided by weighted votes over all its mentions.

Events, claims and quotes are then merged across articles by ``kg.merge``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable


import yaml

from kg.resolve import identity
from kg.knowledge.gazetteer import Gazetteer
from kg.model import (COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE, PRONOUN_GENDER, Actor, ArticleExtraction,
                    EntityMention, Evidence, Span)
from kg.knowledge.resources import data_file
from kg.resolve.stories import stories, story_names

_WORD = re.compile(r"[^\W_]+")
_WORD_START = re.compile(r"(?<![\w-])[\w]")
_FIRST_WORD = re.compile(r"\w+|.")


def _continues_word(text: str, index: int) -> bool:
    return index < len(text) and (text[index].isalnum() or text[index] in "_-")


_INNER_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")
# How far back (in characters) a pronoun looks for its person before falling back on the
# person the article names most (a few sentences).
_PRONOUN_REACH = 600
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_STOP_INITIALS = {"of", "the", "and", "for", "in", "on", "de", "la", "du", "des", "to", "a", "an"}


def _without_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _genders(said: dict) -> dict:
    """root → "m" or "f" where the pronouns said of it are at least two to one of that gender."""
    return {root: c.most_common(1)[0][0] for root, c in said.items()
            if c and c.most_common(1)[0][1] >= 2 * (c.total() - c.most_common(1)[0][1])}


def _is_role(m: EntityMention) -> bool:
    """A person described by their role ("the gunman"), not by an office ("the president"),
    nor a spokesperson (someone else than whom they speak for: kg.resolve.spokespeople)."""
    return m.nominal and not m.pronoun and m.kind == PERSON and m.title is None and m.speaks_for is None


def _load_spelling() -> dict[str, str]:
    with open(data_file("spelling.yaml"), encoding="utf-8") as stream:
        return {k.lower(): v.lower() for k, v in (yaml.safe_load(stream) or {}).items()}


def _one_edit(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed turns ``a`` into ``b``."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


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
        self.company_suffixes = frozenset(
            yaml.safe_load(data_file("company_suffixes.yaml").read_text(encoding="utf-8"))["suffixes"])
        tails = yaml.safe_load(data_file("name_tails.yaml").read_text(encoding="utf-8"))
        self.name_tails = {PLACE: frozenset(tails["place"]), ORGANIZATION: frozenset(tails["organization"])}
        self.main_country: str | None = None

    # -- names --------------------------------------------------------------------

    def normalise(self, name: str) -> str:
        """Lowercase words without accents, spelling-normalised, without a company's legal form at
        the end (``kg/data/company_suffixes.yaml``); an apostrophe inside a word joins it
        ("O'Brien" → "obrien"). Accents go because one name is written with and without them
        ("Zürich", "Zurich"; the gazetteer's "Būsh" for a "Bush" of the text)."""
        name = _without_accents(_INNER_APOSTROPHE.sub("", name))
        words = [self.spelling.get(w.lower(), w.lower()) for w in _WORD.findall(name)]
        if len(words) > 1 and words[-1] in self.company_suffixes:
            words.pop()  # "Microsoft Corp." is "Microsoft"
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
        key_of = {ref: self._identity(m) for ref, m in sorted(mentions.items())
                  if not (m.pronoun or (m.nominal and m.kind != ORGANIZATION))}
        # Groups of two stories are two groups: the police of one shooting and of another.
        story_of, story_name = self._stories(mentions, key_of)
        for ref, key in key_of.items():
            if key[0] == "group":
                key_of[ref] = (*key, story_of[ref[0]])
        kinds: dict[tuple, set[str]] = defaultdict(set)
        for ref, key in key_of.items():
            kinds[key].add(mentions[ref].kind)
        people = self._people_named(kinds)
        first_of: dict[tuple, tuple[str, str]] = {}
        for ref, key in key_of.items():
            if key not in first_of:
                first_of[key] = ref
            elif len(people.get(key, ())) <= 1:  # a short name of several people is decided per article
                uf.union(first_of[key], ref)
        # 2. Name rules across keys.
        self._merge_acronyms(first_of, mentions, uf)
        self._merge_person_names(people, first_of, key_of, mentions, uf)
        self._merge_first_names(first_of, kinds, uf)
        self._merge_place_qualified(first_of, kinds, mentions, uf)
        self._merge_longer_places(first_of, kinds, uf)
        self._merge_name_tails(first_of, kinds, uf)
        self._merge_misspelt_people(first_of, kinds, uf)
        self._attach_countryless(first_of, uf, main_country)
        self._attach_police(first_of, kinds, key_of, story_of, uf)
        # 3. Office holders and pronouns join the actor they refer to.
        clusters: dict = defaultdict(list)
        for ref, m in sorted(mentions.items()):
            if not (m.pronoun or (m.nominal and m.kind != ORGANIZATION)):
                clusters[uf.find(ref)].append(ref)
        self._office_holders(mentions, clusters, uf, main_country)
        root_of = {ref: root for root, refs in clusters.items() for ref in refs}
        antecedents = self._antecedents(mentions, clusters, root_of)
        antecedents.update(self._described(mentions, root_of))
        for ref, root in sorted(antecedents.items()):
            clusters[root].append(ref)

        mention_to_actor: dict[tuple[str, str], str] = {}
        actors: list[Actor] = []
        used_keys: set[str] = set()
        # A group of another story than the largest one with that group is named after its story
        # ("group/security-forces-zurana-horton"), so that its IRI does not depend on the order of
        # the folder's articles; the largest story's group keeps the plain IRI.
        size = Counter(story_of.values())
        group_roots = {root for root in clusters if key_of.get(root, ("",))[0] == "group"}
        for root in sorted(clusters, key=lambda r: (-size[story_of[r[0]]] if r in group_roots else 1, r)):
            refs = clusters[root]
            actor = self._make_actor([(ref[0], mentions[ref]) for ref in refs])
            if actor is None:
                continue
            base_key, suffix = actor.key, 2
            if actor.key in used_keys and actor.kind == GROUP and story_of[root[0]] in story_name:
                base_key = actor.key = f"{base_key}-{identity.slug(str(story_name[story_of[root[0]]][1]))}"
            while actor.key in used_keys:
                actor.key, suffix = f"{base_key}-{suffix}", suffix + 1
            used_keys.add(actor.key)
            actors.append(actor)
            for ref in refs:
                mention_to_actor[ref] = actor.key
        self._link_places(actors)
        return actors, mention_to_actor

    @staticmethod
    def _stories(mentions, key_of) -> tuple[dict[str, int], dict[int, tuple]]:
        """Source id → story, and story → its name (``kg.stories``), from the identities of the
        people, organisations and places each article names."""
        names: dict[str, Counter] = {sid: Counter() for sid, _ in mentions}  # every article has a story
        for ref, key in key_of.items():
            m = mentions[ref]
            if m.kind in (PERSON, ORGANIZATION, PLACE) and not m.nominal:
                names[ref[0]][key] += 1
        story_of = stories(names)
        return story_of, story_names(names, story_of)

    def _identity(self, m: EntityMention) -> tuple:
        if m.kind == COUNTRY and m.country:
            return ("country", m.country)
        if m.kind == GROUP:
            info = self.gaz.group(m.name)
            # In news about a country, its own forces and crowds go unqualified:
            # "Kenyan police" and "police" are one group there, "Russian troops" another.
            # (resolve_actors adds the story to the key.)
            country = None if m.country == self.main_country else m.country
            return ("group", self.normalise(info.label if info else m.name), country)
        if m.kind == PLACE:
            info = self.gaz.place(m.name)
            return ("name", self.normalise(info.name if info else m.name), None)
        # An organisation's country is part of its name ("Interior Ministry" of one state or another).
        return ("name", self.normalise(m.name), m.country if m.kind == ORGANIZATION else None)

    def _merge_acronyms(self, first_of, mentions, uf) -> None:
        """ "NATO" = the organisation whose content-word initials are N, A, T, O in any order."""
        names = [(key, ref) for key, ref in first_of.items() if key[0] == "name"]
        expansions: dict[str, list] = defaultdict(list)  # sorted initials → longer names
        for key, ref in names:
            name = mentions[ref].name
            if len(name.split()) > 1:
                expansions["".join(sorted(self.initials(name)))].append((key, ref))
        for key, ref in names:
            acronym = mentions[ref].name.replace(".", "")
            if not self.is_acronym(acronym):
                continue
            for other_key, other in expansions.get("".join(sorted(acronym)), ()):
                if other_key != key:
                    uf.union(ref, other)

    def _core_name(self, key: tuple) -> tuple[str, ...]:
        """The words of a person's name that tell who they are: without the titles and honorifics
        in front ("Deputy Ortiz", "Mrs Palin") and the generational suffix ("Jr")."""
        words = key[1].split()
        while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
            words.pop()
        while len(words) > 1 and self.gaz.title(words[0]) is not None:
            words.pop(0)
        return tuple(words)

    def _people_named(self, kinds: dict[tuple, set[str]]) -> dict[tuple, list[list[tuple]]]:
        """For each name that can be part of a longer person name, the people it can be: lists of
        the longer names' keys, one list per person.

        A name is part of a longer one when both end with the same surname and every word of it
        is in the longer ("Ruto", "Mark Heller" in "Mark Jay Heller", "Mrs Palin" in "Sarah
        Palin" once titles are set aside). Longer names are one person when one of them is part
        of the other ("Mark Felt", "W. Mark Felt Sr"); "Ed Miliband" and "David Miliband" are two.
        A first name may be the other's nickname ("Fred LaRue" in "Frederick Cheney LaRue",
        ``Gazetteer.same_given_name``). A one-word name counts unless every mention of it is a
        place (a town named like a surname); longer names must have been read as a person at
        least once.
        """
        cores = {key: self._core_name(key) for key in kinds if key[0] == "name"}
        persons = [key for key, core in cores.items() if PERSON in kinds[key]]

        def part_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
            """Same surname, and every other word in the longer name; a first name may be the
            other's nickname ("Fred LaRue" in "Frederick Cheney LaRue")."""
            if short[-1] != long[-1]:
                return False
            return all(word in long or (i == 0 < len(short) - 1 and self.gaz.same_given_name(word, long[0]))
                       for i, word in enumerate(short))

        by_surname: dict[str, list[tuple]] = defaultdict(list)  # the same order as persons
        for other in persons:
            if cores[other]:
                by_surname[cores[other][-1]].append(other)

        people: dict[tuple, list[list[tuple]]] = {}
        for key, core in cores.items():
            if kinds[key] <= {PLACE} or (len(key[1].split()) > 1 and PERSON not in kinds[key]) or not core:
                continue
            longer = [other for other in by_surname.get(core[-1], ()) if other != key and part_of(core, cores[other])
                      and (len(cores[other]) > len(core) or len(other[1]) > len(key[1]))]
            groups: list[list[tuple]] = []
            for other in sorted(longer, key=lambda k: -len(cores[k])):
                group = next((g for g in groups if part_of(cores[other], cores[g[0]])), None)
                if group is None:
                    groups.append([other])
                else:
                    group.append(other)
            if groups:
                people[key] = groups
        return people

    def _merge_person_names(self, people, first_of, key_of, mentions, uf) -> None:
        """A person's shorter name joins the longer one (see ``_people_named``). When it can be
        several people, each mention joins the one its own article names; failing that, the one
        the cluster names at least three times as often as any other (the person the story is
        about); failing that, it stays with the other mentions of the short name."""
        articles: dict[tuple, set[str]] = defaultdict(set)
        weight: Counter = Counter()
        refs_of: dict[tuple, list] = defaultdict(list)
        for ref, key in key_of.items():
            articles[key].add(ref[0])
            weight[key] += 1
            refs_of[key].append(ref)
        for key, groups in people.items():
            if len(groups) == 1:
                for other in groups[0]:
                    uf.union(first_of[other], first_of[key])
        for key, groups in sorted(people.items(), key=str):
            if len(groups) > 1:
                by_weight = sorted(groups, key=lambda g: -sum(weight[k] for k in g))
                first, second = (sum(weight[k] for k in g) for g in by_weight[:2])
                dominant = by_weight[0] if first >= 3 * second else None
                for ref in refs_of[key]:
                    here = [g for g in groups if any(ref[0] in articles[k] for k in g)]
                    chosen = here[0] if len(here) == 1 else dominant
                    uf.union(first_of[chosen[0]] if chosen else first_of[key], ref)
        owners = {uf.find(first_of[k]) for groups in people.values() for group in groups for k in group}
        for ref, key in key_of.items():
            if key in people and " " not in key[1] and uf.find(ref) in owners:
                mentions[ref].votes = {PERSON: 2.0}  # a person's surname, whatever NER made of it

    def _merge_first_names(self, first_of, kinds, uf) -> None:
        """ "Vincent" = "Vincent Gigante", "Katie" = "Katie Jenkin": a one-word name read as a
        person or a place, that begins the longer names of one person only and ends none (it is
        nobody's surname). It must not be a country, nor a place of the gazetteer unless NER
        read it as a person and it is a given name ("Vincent" is also a town)."""
        people = [key for key in first_of if key[0] == "name" and PERSON in kinds[key] and " " in key[1]]
        surnames = {self._core_name(key)[-1] for key in people}
        by_first: dict[str, set] = defaultdict(set)
        for key in people:
            by_first[self._core_name(key)[0]].add(uf.find(first_of[key]))
        for key, ref in first_of.items():
            name = key[1]
            if key[0] != "name" or " " in name or name in surnames or len(by_first.get(name, ())) != 1:
                continue
            if not kinds[key] <= {PERSON, PLACE} or self.gaz.country(name) is not None:
                continue
            # A town may have a given name ("Vincent", "Anna"): NER's person and the name list decide.
            if self.gaz.place(name) is None or (PERSON in kinds[key] and self.gaz.is_given_name(name)):
                uf.union(ref, next(iter(by_first[name])))

    def _merge_place_qualified(self, first_of, kinds, mentions, uf) -> None:
        """ "Kansas City Chiefs" = "Chiefs", "Oregon State Police" = "State Police": a name that is a
        place followed by a shorter name of the cluster is that name, when no other such name ends
        with it. People are left out ("Paris Hilton" is not "Hilton")."""
        names = {key[1]: key for key in first_of if key[0] == "name"}
        longer: dict[str, list[tuple]] = defaultdict(list)  # short name → the place-qualified names
        for name, key in names.items():
            if PERSON in kinds.get(key, ()) and kinds[key] <= {PERSON, PLACE}:
                continue
            words = mentions[first_of[key]].name.split()
            for cut in range(1, len(words)):
                rest = self.normalise(" ".join(words[cut:]))
                if " " not in rest and self.gaz.sector_of_head(rest) is not None:
                    break  # "Chelsea Foundation" is not "the Foundation" of another story
                if rest in names and names[rest] != key and self._is_place_name(" ".join(words[:cut])):
                    longer[rest].append(key)
                    break
        for rest, keys in sorted(longer.items()):
            if len(keys) == 1:
                uf.union(first_of[keys[0]], first_of[names[rest]])

    def _merge_longer_places(self, first_of, kinds, uf) -> None:
        """ "Aoraki Mount Cook" = "Mount Cook", "South Richmond Hill" = "Richmond Hill": a place
        name of two words or more that ends a longer place name is that place, when it ends only
        one. (A one-word name is often the city a district is named after: "Northeast
        Philadelphia" is not "Philadelphia".)"""
        places = [key for key in first_of if key[0] == "name" and PLACE in kinds.get(key, ())
                  and kinds[key] <= {PLACE, ORGANIZATION, COUNTRY}]
        by_last: dict[str, list[tuple]] = defaultdict(list)
        for key in places:
            by_last[key[1].split()[-1]].append(key)
        for key in places:
            words = key[1].split()
            if len(words) < 2:
                continue
            longer = [other for other in by_last[words[-1]]
                      if len(other[1].split()) > len(words) and other[1].endswith(" " + key[1])]
            if len(longer) == 1:
                uf.union(first_of[longer[0]], first_of[key])

    def _merge_name_tails(self, first_of, kinds, uf) -> None:
        """ "Mediterranean Sea" = "Mediterranean", "Staunton Police Department" = "Staunton
        Police": a name that is a shorter name of the same kind plus a word of
        ``kg/data/name_tails.yaml`` for that kind."""
        for key, ref in first_of.items():
            words = key[1].split()
            if key[0] != "name" or len(words) < 2:
                continue
            short = ("name", " ".join(words[:-1]), key[2])
            for kind in kinds[key] & kinds.get(short, set()) & self.name_tails.keys():
                if words[-1] in self.name_tails[kind]:
                    uf.union(first_of[short], ref)
                    break

    def _merge_misspelt_people(self, first_of, kinds, uf) -> None:
        """ "Duncan Raite" = "Duncan Rait": two person names with the same first name whose
        surnames (four letters or more) differ by one added, dropped or changed letter."""
        people = sorted(key for key in first_of if key[0] == "name" and kinds.get(key) == {PERSON}
                        and len(key[1].split()) >= 2)
        by_first: dict[str, list[tuple]] = defaultdict(list)
        for key in people:
            by_first[key[1].split()[0]].append(key)
        for same_first in by_first.values():
            for i, key in enumerate(same_first):
                for other in same_first[i + 1:]:
                    a, b = key[1].split()[-1], other[1].split()[-1]
                    if a != b and min(len(a), len(b)) >= 4 and _one_edit(a, b):
                        uf.union(first_of[key], first_of[other])

    def _is_place_name(self, text: str) -> bool:
        place = self.gaz.place(text)
        return (place is not None and not place.common_word) or self.gaz.country(text) is not None

    def _attach_police(self, first_of, kinds, key_of, story_of, uf) -> None:
        """ "police", "police officers" (the unqualified police group, sector COP) of a story
        (``kg.stories``) whose articles name one police force ("the NYPD", "Surrey Police") are
        that force."""
        forces: dict[int, set] = defaultdict(set)  # story → the police forces its articles name
        for ref, key in key_of.items():
            if key[0] == "name" and "police" in key[1].split() and ORGANIZATION in kinds.get(key, ()):
                forces[story_of[ref[0]]].add(uf.find(ref))
        for key, ref in first_of.items():
            info = self.gaz.group(key[1]) if key[0] == "group" and key[2] is None else None
            if info is not None and info.sector == "COP" and len(forces.get(key[3], ())) == 1:
                uf.union(next(iter(forces[key[3]])), ref)

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

    def _antecedents(self, mentions, clusters, root_of) -> dict[tuple[str, str], object]:
        """he/she → the person they stand for: the person syntax names (``EntityMention.antecedent``:
        the subject of their clause, of the clause theirs depends on or of the sentence before)
        unless the article's other pronouns make that person the other gender; else the most
        recent person of their gender before them in the article (within a few sentences), one
        whose gender is known first, else the person the article names most. Role descriptions
        ("the gunman"): see ``_role_antecedent``.

        Only actors whose mentions vote Person are candidates, so a name NER took for a person
        in one article ("Catching Fire") does not catch pronouns once the cluster has outvoted
        it. A person's gender is what the pronouns say where no other person is near: "Tara
        Reid checked in; she…" makes Tara Reid "she" for the whole cluster, so that "…her rep
        Jack Ketsoyan said he… she…" can skip the rep.
        """
        people = {root for root, refs in clusters.items() if self._kind([mentions[r] for r in refs]) == PERSON}
        in_article: dict[str, list] = defaultdict(list)
        for ref, m in mentions.items():
            if m.pronoun or root_of.get(ref) in people or _is_role(m):
                in_article[ref[0]].append((m.span.start, ref))
        said: dict = defaultdict(Counter)  # root → Counter of genders of the pronouns alone with it
        # The same, where a pronoun syntax binds to a name counts for that name instead ("Baker
        # announced his plan": Baker is "he"): to check a syntax antecedent, not to rank the others.
        said_or_bound: dict = defaultdict(Counter)
        for items in in_article.values():
            items.sort()
            for i, (start, ref) in enumerate(items):
                if not mentions[ref].pronoun:
                    continue
                word = PRONOUN_GENDER[mentions[ref].name.lower()]
                near = {root_of[r] for s, r in items[:i] if r in root_of and start - s < _PRONOUN_REACH}
                alone = near.pop() if len(near) == 1 else None
                if alone is not None:
                    said[alone][word] += 1
                bound = self._bound_name(ref, mentions, root_of)
                if bound in people or alone is not None:
                    said_or_bound[bound if bound in people else alone][word] += 1
        gender = _genders(said)
        antecedents = {}
        for items in in_article.values():
            named = Counter(root_of[r] for _, r in items if r in root_of)
            for i, (start, ref) in enumerate(items):
                if _is_role(mentions[ref]):
                    root = self._role_antecedent(mentions[ref], items, mentions, root_of, named)
                    if root is not None:
                        antecedents[ref] = root
                    continue
                if not mentions[ref].pronoun:
                    continue
                wanted = PRONOUN_GENDER[mentions[ref].name.lower()]
                syntax = self._syntax_antecedent(ref, mentions, root_of, antecedents, people)
                if syntax is not None:
                    # Taken unless the article's other pronouns make it the other gender.
                    others = said_or_bound.get(syntax, Counter()).copy()
                    if self._bound_name(ref, mentions, root_of) == syntax:
                        others[wanted] -= 1
                    if _genders({syntax: +others}).get(syntax, wanted) == wanted:
                        antecedents[ref] = syntax
                        continue
                fits = sorted((root_of[r] for s, r in reversed(items[:i]) if r in root_of
                               and start - s < _PRONOUN_REACH and gender.get(root_of[r], wanted) == wanted),
                              key=lambda root: root not in gender)
                if not fits:
                    fits = sorted((root for root in named if gender.get(root, wanted) == wanted),
                                  key=lambda root: -named[root])
                if fits:
                    antecedents[ref] = fits[0]
        return antecedents

    @staticmethod
    def _described(mentions, root_of) -> dict[tuple[str, str], object]:
        """Role descriptions their own sentence ties to a named person ("Lopez is the accused
        gunman"; ``kg.extract.descriptions``) join that person, whatever the story around says."""
        return {ref: root_of[(ref[0], m.refers_to)] for ref, m in mentions.items()
                if _is_role(m) and m.refers_to and (ref[0], m.refers_to) in root_of}

    @staticmethod
    def _bound_name(ref, mentions, root_of):
        """The actor of the name a pronoun's chain of syntax antecedents ends at ("Tom Baker …
        has died. He was 75. His body…": both are Tom Baker), or None."""
        for _ in range(20):
            key = mentions[ref].antecedent
            if key is None:
                return None
            ref = (ref[0], key)
            if ref in root_of:
                return root_of[ref]
            if ref not in mentions or not mentions[ref].pronoun:
                return None
        return None

    @staticmethod
    def _syntax_antecedent(ref, mentions, root_of, antecedents, people):
        """The person actor of the mention syntax names as a pronoun's antecedent (the subject of
        its clause or of the sentence before: ``EntityMention.antecedent``), if it is one."""
        key = mentions[ref].antecedent
        if key is None:
            return None
        target = (ref[0], key)
        root = root_of.get(target, antecedents.get(target))
        return root if root in people else None

    @staticmethod
    def _role_antecedent(role, items, mentions, root_of, named):
        """ "the officer", "the actress" → the one person of the article with the role's sector
        (an officer the article names with a police title), else the person the article names
        most: a description by role is of someone the story is about, and the person named
        last before it is often a bystander quoted about them ("…her publicist said; the
        actress…")."""
        same = {root_of[r] for _, r in items if r in root_of and role.sector and mentions[r].sector == role.sector}
        if len(same) == 1:
            return same.pop()
        return named.most_common(1)[0][0] if named else None

    @staticmethod
    def _kind(members: list[EntityMention]) -> str:
        """The kind the weighted votes of an actor's mentions give."""
        votes: Counter = Counter()
        for m in members:
            for kind, weight in m.votes.items():
                votes[kind] += weight
        return max(votes, key=lambda k: (votes[k], k)) if votes else ORGANIZATION

    def _make_actor(self, members: list[tuple[str, EntityMention]]) -> Actor | None:
        named = [(sid, m) for sid, m in members if not m.nominal and not m.pronoun]
        described = [(sid, m) for sid, m in members if m.nominal and not m.pronoun]
        if not named and not described:
            return None
        if not named:
            # Institutions known only by a description ("the interior ministry") are kept;
            # a description of a person with no named holder is not an actor.
            if not all(m.kind == ORGANIZATION for _, m in described):
                return None
        kind = self._kind([m for _, m in members])
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
        # Names by their first word, longest first: each word start of a text is checked
        # against the few names that begin with that word (the first, longest one wins, as a
        # whole word), so the search is linear in the length of the texts.
        by_first_word: dict[str, list[str]] = defaultdict(list)
        for surface in sorted(templates, key=len, reverse=True):
            by_first_word[_FIRST_WORD.match(surface).group()].append(surface)
        for extraction in extractions:
            text, masked = extraction.article.text, extraction.article.masked
            covered = bytearray(len(masked) + 1)  # characters some mention already spans
            for m in extraction.entities:
                covered[m.span.start:m.span.end] = b"\x01" * (m.span.end - m.span.start)
            added, resume = 0, 0
            for word in _WORD_START.finditer(masked):
                start = word.start()
                if start < resume:
                    continue
                first = _FIRST_WORD.match(masked, start)
                candidates = by_first_word.get(first.group(), ()) if first else ()
                surface = next((t for t in candidates
                                if masked.startswith(t, start) and not _continues_word(masked, start + len(t))), None)
                if surface is None:
                    continue
                end = resume = start + len(surface)
                if any(covered[start:end]):
                    continue
                template = templates[surface]
                extraction.entities.append(EntityMention(
                    key=f"r{added}", span=Span(start, end, text[start:end]), name=template.name,
                    kind=template.kind, votes=dict(template.votes), country=template.country, sector=template.sector))
                covered[start:end] = b"\x01" * (end - start)
                added += 1
