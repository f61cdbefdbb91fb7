"""Name rules that join the clusters of different identity keys (no per-corpus list):

- acronym ↔ expansion (letters = initials of the expansion's content words,
  in any order: "OAS" = "Organization of American States"), also after a
  country's short form ("USAF" = the Air Force of the United States);
- a one-word organisation name, or unknown place name, → the one longer name
  of that kind in the same article it begins ("Halvern" = "Halvern Dynamics");
- surname → full name, a first name's nickname too ("Fred Marlowe" =
  "Frederick Calder Marlowe", the ``nicknames`` package);
- first name → full name ("Vincent" = "Vincent Marlowe", when one person has it);
- a place-qualified name → the shorter name ("Riverton City Hawks" = "Hawks"),
  a demonym-qualified person's name → the name ("Kenyan Amos Lekuta" = "Amos Lekuta"),
  a longer place name → the place it ends with, a name plus a tail word
  ("Mediterranean Sea" = "Mediterranean"), a misspelt surname;
- an institution without a country ("the interior ministry") → the unique
  institution of that name with a country, preferring the build's main country;
- the unqualified police of a story → the one police force its articles name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from functools import cache

from kg.knowledge.gazetteer import Gazetteer, office_titles, police_offices
from kg.knowledge import groups
from kg.knowledge.resources import data_yaml
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE
from kg.resolve.clusters import ActorKey, Clustering, MentionRef
from kg.knowledge.text import is_acronym, one_edit
from kg.resolve.shared_surnames import SharedSurnames
from kg.resolve.names import NAME_SUFFIXES, WORD, NameNormaliser, initials

# A key → the people a short person name can be: one list of longer names' keys per person.
People = dict[ActorKey, list[list[ActorKey]]]


class NameRules:
    def __init__(self, gazetteer: Gazetteer, normalise: NameNormaliser) -> None:
        self.gaz = gazetteer
        self.normalise = normalise
        tails = data_yaml("name_tails.yaml")
        self.name_tails = {PLACE: frozenset(tails["place"]), ORGANIZATION: frozenset(tails["organization"])}

    def apply(self, c: Clustering, people: People, sides: Mapping[MentionRef, set[str]]) -> None:
        """Every rule, in order, on the clusters of ``c`` (``people``: :meth:`people_named`;
        ``sides``: the sides of a harm the articles' events put each mention on,
        ``kg.resolve.event_sides``)."""
        self.merge_acronyms(c)
        merge_first_words(c)
        self.merge_person_names(c, people, sides)
        self.merge_first_names(c)
        self.merge_first_and_middle_names(c)
        self.merge_place_qualified(c)
        self.merge_demonym_qualified(c)
        self.merge_longer_places(c)
        self.merge_name_tails(c)
        self.merge_misspelt_people(c)
        attach_countryless(c)
        self.attach_police(c)

    def merge_acronyms(self, c: Clustering) -> None:
        """ "NATO" = the organisation whose content-word initials are N, A, T, O in any order.

        An acronym joins its expansions only when they are one name (spelling variants:
        "…Organisation" and "…Organization"); when the build holds different names with
        those initials, only the expansion written in the acronym's own articles, if it is
        one name. Joining every expansion chained unrelated names through short acronyms
        into one node (a "Person" of 5,600 of 6,834 articles)."""
        names = [(key, ref) for key, ref in c.first_of.items() if key.scheme == "name"]
        articles: dict[ActorKey, set[str]] = defaultdict(set)
        for ref, key in c.key_of.items():
            articles[key].add(ref[0])
        expansions: dict[str, list] = defaultdict(list)  # sorted initials → longer names
        for key, ref in names:
            name = c.mentions[ref].name
            if len(name.split()) > 1 and c.kinds.get(key) != {PERSON}:  # a person's initials name no one else
                expansions["".join(sorted(initials(name)))].append((key, ref))
                for letters in _office_initials(name):
                    expansions["".join(sorted(letters))].append((key, ref))
        for key, ref in names:
            acronym = c.mentions[ref].name.replace(".", "")
            if not is_acronym(acronym):
                continue
            candidates = [(k, r) for k, r in expansions.get("".join(sorted(acronym)), ()) if k != key]
            if not _one_name([c.mentions[r].name for _, r in candidates]):
                candidates = [(k, r) for k, r in candidates if articles[k] & articles[key]]
            if _one_name([c.mentions[r].name for _, r in candidates]):
                for _, other in candidates:
                    c.union.union(ref, other)
            # "USAF" = the Air Force of the United States: a country's short form, then the
            # initials of an organisation of that country.
            for cut in (2, 3):
                country = self.gaz.country(acronym[:cut]) if len(acronym) - cut >= 2 else None
                if country is None:
                    continue
                fits = [other for other_key, other in expansions.get("".join(sorted(acronym[cut:])), ())
                        if other_key != key and other_key.country in (country.code, None)
                        and ORGANIZATION in c.kinds.get(other_key, set())]
                if len(fits) == 1:  # one organisation of that country (or of none said) has them
                    c.union.union(ref, fits[0])

    def core_name(self, key: ActorKey) -> tuple[str, ...]:
        """The words of a person's name that tell who they are: without the titles and honorifics
        in front ("Deputy Halloway", "Mrs Tolland") and the generational suffix ("Jr")."""
        words = key.name.split()
        while len(words) > 1 and words[-1] in NAME_SUFFIXES:
            words.pop()
        while len(words) > 1 and self.gaz.title(words[0]) is not None:
            words.pop(0)
        return tuple(words)

    def people_named(self, kinds: dict[ActorKey, set[str]]) -> People:
        """For each name that can be part of a longer person name, the people it can be: lists of
        the longer names' keys, one list per person.

        A name is part of a longer one when both end with the same surname and every word of it
        is in the longer ("Odera", "Mark Dunmore" in "Mark Jay Dunmore", "Mrs Tolland" in "Sarah
        Tolland" once titles are set aside). Longer names are one person when one of them is part
        of the other ("Mark Fennick", "W. Mark Fennick Sr"); "Ed Miliband" and "David Miliband" are two.
        A first name may be the other's nickname ("Fred Marlowe" in "Frederick Calder Marlowe",
        ``Gazetteer.same_given_name``). A one-word name counts unless every mention of it is a
        place (a town named like a surname); longer names must have been read as a person at
        least once.
        """
        cores = {key: self.core_name(key) for key in kinds if key.scheme == "name"}
        persons = [key for key, core in cores.items() if PERSON in kinds[key]]

        def part_of(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
            """Same surname, and every other word in the longer name; a first name may be the
            other's nickname ("Fred Marlowe" in "Frederick Calder Marlowe"), a middle initial the
            initial of a middle name ("Frederick C. Marlowe" in "Frederick Calder Marlowe")."""
            if short[-1] != long[-1]:
                return False
            return all(word in long or (i == 0 < len(short) - 1 and self.gaz.same_given_name(word, long[0]))
                       or (0 < i < len(short) - 1 and len(word) == 1 and any(w[0] == word for w in long[1:-1]))
                       for i, word in enumerate(short))

        by_surname: dict[str, list[ActorKey]] = defaultdict(list)  # the same order as persons
        for other in persons:
            if cores[other]:
                by_surname[cores[other][-1]].append(other)
        # The names a name of two words or more can be part of are looked up, not searched for
        # among every person of its surname: its first word is in the longer name, or a form
        # (itself, a nickname) of the longer name's first word, or the longer first word is one
        # of its own forms. Positions in ``by_surname`` keep the candidates in its order.
        by_word: dict[tuple[str, str], set[int]] = defaultdict(set)  # (surname, any word) → positions
        by_form: dict[tuple[str, str], set[int]] = defaultdict(set)  # (surname, a form of the first word)
        by_first: dict[tuple[str, str], set[int]] = defaultdict(set)  # (surname, first word lower-cased)
        for surname, others in by_surname.items():
            for i, other in enumerate(others):
                core = cores[other]
                for word in core:
                    by_word[surname, word].add(i)
                for form in self.gaz.given_name_forms(core[0]):
                    by_form[surname, form].add(i)
                by_first[surname, core[0].lower()].add(i)

        def candidates(core: tuple[str, ...]) -> list[ActorKey]:
            """The persons of ``core``'s surname that it can be part of (a superset), in order."""
            others = by_surname.get(core[-1], [])
            if len(core) == 1:
                return others
            surname, first = core[-1], core[0]
            found = by_word.get((surname, first), set()) | by_form.get((surname, first.lower()), set())
            for form in self.gaz.given_name_forms(first):
                found |= by_first.get((surname, form), set())
            return [others[i] for i in sorted(found)]

        def in_order(possible: list[ActorKey], head_of: dict[ActorKey, int],
                     choices: list[list[ActorKey]]) -> list[list[ActorKey]]:
            """The choices whose first name is among ``possible``, in the order of ``choices``."""
            if len(possible) >= len(choices):
                return choices
            return [choices[i] for i in sorted(head_of[k] for k in possible if k in head_of)]

        people: People = {}
        for key, core in cores.items():
            if kinds[key] <= {PLACE} or (len(key.name.split()) > 1 and PERSON not in kinds[key]) or not core:
                continue
            longer = [other for other in candidates(core) if other != key and part_of(core, cores[other])
                      and (len(cores[other]) > len(core) or len(other.name) > len(key.name))]
            choices: list[list[ActorKey]] = []
            head_of: dict[ActorKey, int] = {}  # the first name of each choice → its place in choices
            for other in sorted(longer, key=lambda k: -len(cores[k])):
                group = next((g for g in in_order(candidates(cores[other]), head_of, choices)
                              if part_of(cores[other], cores[g[0]])), None)
                if group is None:
                    head_of[other] = len(choices)
                    choices.append([other])
                else:
                    group.append(other)
            if choices:
                people[key] = choices
        return people

    @staticmethod
    def merge_person_names(c: Clustering, people: People, sides: Mapping[MentionRef, set[str]]) -> None:
        """A person's shorter name joins the longer one (see :meth:`people_named`). When it can be
        several people, each mention joins the one its own article names; where its article names
        several, the nearest before it that fits it (``kg.resolve.shared_surnames``), else it stays
        with the undecided mentions of the short name in its article; where its article names
        none, the one the cluster names at least three times as often as any other (the person
        the story is about), else it stays with the other mentions of the short name. The
        mentions of a surname that joined a person vote Person, whatever NER made of them.
        ``sides``: the sides of a harm the articles' events put each mention on."""
        articles: dict[ActorKey, set[str]] = defaultdict(set)
        weight: Counter = Counter()
        refs_of: dict[ActorKey, list] = defaultdict(list)
        for ref, key in c.key_of.items():
            articles[key].add(ref[0])
            weight[key] += 1
            refs_of[key].append(ref)
        first_of, union = c.first_of, c.union
        shared = SharedSurnames(c, refs_of, sides)
        undecided: dict[tuple[ActorKey, str], MentionRef] = {}  # (short name, article) → its first undecided mention
        for key, choices in people.items():
            if len(choices) == 1:
                for other in choices[0]:
                    union.union(first_of[other], first_of[key])
        for key, choices in sorted(people.items(), key=str):
            if len(choices) > 1:
                by_weight = sorted(choices, key=lambda g: -sum(weight[k] for k in g))
                first, second = (sum(weight[k] for k in g) for g in by_weight[:2])
                dominant = by_weight[0] if first >= 3 * second else None
                for ref in refs_of[key]:
                    here = [g for g in choices if any(ref[0] in articles[k] for k in g)]
                    chosen = here[0] if len(here) == 1 else dominant if not here else shared.choose(ref, here)
                    if chosen:
                        union.union(first_of[chosen[0]], ref)
                    elif here:  # nothing in its article decides: not joined to a wrong person there
                        union.union(undecided.setdefault((key, ref[0]), ref), ref)
                    else:
                        union.union(first_of[key], ref)
        owners = {union.find(first_of[k]) for choices in people.values() for group in choices for k in group}
        for ref, key in c.key_of.items():
            if key in people and " " not in key.name and union.find(ref) in owners:
                c.votes[ref] = {PERSON: 2.0}

    def merge_first_names(self, c: Clustering) -> None:
        """ "Vincent" = "Vincent Marlowe", "Katie" = "Katie Ferrow": a one-word name read as a
        person or a place, that begins the longer names of one person only and ends none (it is
        nobody's surname). It must not be a country, nor a place of the gazetteer unless NER
        read it as a person and it is a given name ("Vincent" is also a town)."""
        kinds = c.kinds
        people = [key for key in c.first_of if key.scheme == "name" and PERSON in kinds[key] and " " in key.name]
        surnames = {self.core_name(key)[-1] for key in people}
        by_first: dict[str, set] = defaultdict(set)
        for key in people:
            by_first[self.core_name(key)[0]].add(c.union.find(c.first_of[key]))
        for key, ref in c.first_of.items():
            name = key.name
            if key.scheme != "name" or " " in name or name in surnames or len(by_first.get(name, ())) != 1:
                continue
            if not kinds[key] <= {PERSON, PLACE} or self.gaz.country(name) is not None:
                continue
            # A town may have a given name ("Vincent", "Anna"): NER's person and the name list decide.
            if self.gaz.place(name) is None or (PERSON in kinds[key] and self.gaz.is_given_name(name)):
                c.union.union(ref, next(iter(by_first[name])))

    def merge_first_and_middle_names(self, c: Clustering) -> None:
        """ "Elena Mirta" = "Elena Mirta Trevane": a person's name of two words or more that begins
        the longer names of one person only, when its last word ends no person's name (it is a
        middle name, nobody's surname), no place or country is named so, and the longer names have
        no word in lower case (a headline's "Elena Mirta Trevane on Leave" is no name)."""
        kinds = c.kinds
        people = [key for key in c.first_of if key.scheme == "name" and PERSON in kinds[key] and " " in key.name]
        cores = {key: self.core_name(key) for key in people}
        last_words = Counter(core[-1] for core in cores.values())
        begun_by: dict[tuple[str, ...], set] = defaultdict(set)  # the first words of a name → its clusters
        for key, core in cores.items():
            # not a headline read as a name ("Elena Mirta Trevane on Leave")
            written = c.mentions[c.first_of[key]].name.split()
            for cut in range(2, len(core)) if not any(word.islower() for word in written) else ():
                begun_by[core[:cut]].add(c.union.find(c.first_of[key]))
        for key, core in sorted(cores.items(), key=str):
            owners = begun_by.get(core, set())
            if len(core) < 2 or len(owners) != 1 or last_words[core[-1]] > 1:
                continue
            if kinds[key] != {PERSON} or self._is_place_name(key.name):
                continue
            c.union.union(c.first_of[key], next(iter(owners)))

    def merge_place_qualified(self, c: Clustering) -> None:
        """ "Riverton City Hawks" = "Hawks", "Westland State Police" = "State Police": a name that is a
        place followed by a shorter name of the cluster is that name, when no other such name ends
        with it. People are left out ("Florence Fennick" is not "Fennick")."""
        kinds = c.kinds
        names = {key.name: key for key in c.first_of if key.scheme == "name"}
        longer: dict[str, list[ActorKey]] = defaultdict(list)  # short name → the place-qualified names
        for name, key in names.items():
            if PERSON in kinds.get(key, ()) and kinds[key] <= {PERSON, PLACE}:
                continue
            words = c.mentions[c.first_of[key]].name.split()
            for cut in range(1, len(words)):
                rest = self.normalise(" ".join(words[cut:]))
                if " " not in rest and groups.sector_of_head(rest) is not None:
                    break  # "Chelsea Foundation" is not "the Foundation" of another story
                if rest in names and names[rest] != key and self._is_place_name(" ".join(words[:cut])):
                    longer[rest].append(key)
                    break
        for rest, keys in sorted(longer.items()):
            if len(keys) == 1:
                c.union.union(c.first_of[keys[0]], c.first_of[names[rest]])

    def merge_demonym_qualified(self, c: Clustering) -> None:
        """ "Kenyan Amos Lekuta" = "Amos Lekuta": a name whose first word is a demonym, followed by a
        person's name of two words or more of the cluster, is that person (NER took the nationality
        into the name, often as an organisation). "American Rowing Society" stays: "Rowing Society" is no
        person."""
        kinds = c.kinds
        names = {key.name: key for key in c.first_of if key.scheme == "name"}
        for key in sorted(names.values(), key=str):
            words = c.mentions[c.first_of[key]].name.split()
            if len(words) < 3 or not words[0][:1].isupper() or self.gaz.demonym(words[0]) is None:
                continue
            other = names.get(self.normalise(" ".join(words[1:])))
            if other is not None and other != key and PERSON in kinds.get(other, ()) \
                    and kinds[other] <= {PERSON, PLACE} and len(other.name.split()) >= 2:
                c.union.union(c.first_of[other], c.first_of[key])

    @staticmethod
    def merge_longer_places(c: Clustering) -> None:
        """ "Ardlow Kestrel Bay" = "Kestrel Bay", "North Moss Ridge" = "Moss Ridge": a place
        name of two words or more that ends a longer place name is that place, when it ends only
        one. (A one-word name is often the city a district is named after: "Northeast
        Philadelphia" is not "Philadelphia".)"""
        places = [key for key in c.first_of if key.scheme == "name" and PLACE in c.kinds.get(key, ())
                  and c.kinds[key] <= {PLACE, ORGANIZATION, COUNTRY}]
        # Place names by their endings after a space ("mount cook" and "cook" of "aoraki mount
        # cook"): a name's longer names are looked up, not searched for among the names ending
        # with its last word (every "... county" of a build).
        by_ending: dict[str, list[ActorKey]] = defaultdict(list)
        for key in places:
            for i, char in enumerate(key.name):
                if char == " ":
                    by_ending[key.name[i + 1:]].append(key)
        for key in places:
            words = key.name.split()
            if len(words) < 2:
                continue
            longer = [other for other in by_ending.get(key.name, ())
                      if len(other.name.split()) > len(words) and other.name.split()[-1] == words[-1]]
            if len(longer) == 1:
                c.union.union(c.first_of[longer[0]], c.first_of[key])

    def merge_name_tails(self, c: Clustering) -> None:
        """ "Mediterranean Sea" = "Mediterranean", "Ashcombe Police Department" = "Ashcombe
        Police": a name that is a shorter name of the same kind plus a word of
        ``kg/data/name_tails.yaml`` for that kind."""
        for key, ref in c.first_of.items():
            words = key.name.split()
            if key.scheme != "name" or len(words) < 2:
                continue
            short = ActorKey("name", " ".join(words[:-1]), key.country)
            for kind in c.kinds[key] & c.kinds.get(short, set()) & self.name_tails.keys():
                if words[-1] in self.name_tails[kind]:
                    c.union.union(c.first_of[short], ref)
                    break

    def merge_misspelt_people(self, c: Clustering) -> None:
        """ "Colm Brackwyth" = "Colm Brackwith": two person names with the same first name whose
        surnames (four letters or more) differ by one added, dropped or changed letter. A surname
        that is a place's name is no misspelling: one letter apart, two place names are two
        places ("Lyon", "Lion"), and a place's name and another word two words."""
        people = sorted(key for key in c.first_of if key.scheme == "name" and c.kinds.get(key) == {PERSON}
                        and len(key.name.split()) >= 2)
        by_first: dict[str, list[ActorKey]] = defaultdict(list)
        for key in people:
            by_first[key.name.split()[0]].append(key)
        for same_first in by_first.values():
            # Surnames one edit apart share the surname or a one-letter deletion of it ("rait" is
            # "raite" without its last letter): only those pairs are compared, not every two
            # people of a first name.
            near: dict[str, list[int]] = defaultdict(list)
            for i, key in enumerate(same_first):
                surname = key.name.split()[-1]
                if len(surname) >= 4:
                    for variant in {surname} | {surname[:j] + surname[j + 1:] for j in range(len(surname))}:
                        near[variant].append(i)
            pairs = sorted({(i, j) for found in near.values() for i in found for j in found if i < j})
            for i, j in pairs:
                key, other = same_first[i], same_first[j]
                a, b = key.name.split()[-1], other.name.split()[-1]
                if a != b and min(len(a), len(b)) >= 4 and one_edit(a, b) \
                        and not self.gaz.places(a) and not self.gaz.places(b):
                    c.union.union(c.first_of[key], c.first_of[other])

    def _is_place_name(self, text: str) -> bool:
        place = self.gaz.place(text)
        return (place is not None and not place.common_word) or self.gaz.country(text) is not None

    def attach_police(self, c: Clustering) -> None:
        """ "police", "police officers" (the unqualified police group, sector COP) of a story
        (``kg.resolve.stories``) whose articles name one police force ("the NYPD", "Ashcombe Police",
        "the Varden County Sheriff's Office") are that force."""
        forces: dict[int, set] = defaultdict(set)  # story → the police forces its articles name
        for ref, key in c.key_of.items():
            if key.scheme == "name" and _police_force(key.name) and ORGANIZATION in c.kinds.get(key, ()):
                forces[c.story_of[ref[0]]].add(c.union.find(ref))
        attached = set()
        for key, ref in c.first_of.items():
            info = groups.group(key.name) if key.scheme == "group" and key.country is None else None
            if info is not None and info.sector == "COP" and len(forces.get(key.story, ())) == 1:
                c.union.union(next(iter(forces[key.story])), ref)
                attached.add(key)
        for ref, key in c.key_of.items():
            if key in attached:
                c.votes[ref] = {}  # the force's generic word: its name says what kind of actor it is


def _police_force(name: str) -> bool:
    """A force's name: "Ashcombe Police", or an office of the police named after its holder's
    title ("Varden County Sheriff's Office", "… Sheriff's Department")."""
    words = set(name.lower().split())  # a key's name, its possessive marks dropped: "sheriffs"
    return "police" in words or any(word in police_offices() or (word.endswith("s") and word[:-1] in police_offices())
                                    for word in words)


def attach_countryless(c: Clustering) -> None:
    """ "the Interior Ministry" with no country joins the unique same-name organisation with one
    (the build's main country breaks ties)."""
    with_country: dict[str, dict[str, ActorKey]] = defaultdict(dict)
    for key in c.first_of:
        if key.scheme == "name" and key.country:
            with_country[key.name][key.country] = key
    for key, ref in c.first_of.items():
        if key.scheme != "name" or key.country:
            continue
        options = with_country.get(key.name, {})
        chosen = next(iter(options.values())) if len(options) == 1 else options.get(c.main_country)
        if chosen is not None:
            c.union.union(c.first_of[chosen], ref)


def merge_first_words(c: Clustering) -> None:
    """ "Halvern" = "Halvern Dynamics", "Norcross" = "Norcross Computer": a one-word organisation name
    that begins the one longer organisation name of the same article, unless that name ends
    in an institution's head noun ("Marsh Foundation" is not Marsh); the same for a place the
    gazetteer does not know ("Kelbury airport" = "Kelbury Airport"; a known town
    keeps its country and stays apart from what is named after it)."""
    by_article: dict[tuple[str, str], dict[str, MentionRef]] = defaultdict(dict)
    for ref in sorted(c.key_of):
        m = c.mentions[ref]
        if m.kind in (ORGANIZATION, PLACE) and not (m.nominal or m.pronoun):
            by_article[ref[0], m.kind].setdefault(m.name, ref)
    for (_, kind), names in by_article.items():
        # the longer names not ending in an institution's head noun, by their first word (looked up,
        # not searched for every one-word name: a long article names hundreds of organisations)
        longer_by_first: dict[str, list[MentionRef]] = defaultdict(list)
        for n, other in names.items():
            words = n.split()
            if len(words) > 1 and groups.sector_of_head(words[-1]) is None:
                longer_by_first[words[0]].append(other)
        for name, ref in names.items():
            if len(name.split()) != 1 or (kind == PLACE and c.mentions[ref].country is not None):
                continue  # a known town is not the airport named after it
            longer = longer_by_first.get(name, ())
            if len(longer) == 1:
                c.union.union(ref, longer[0])


def _one_name(names: list[str]) -> bool:
    """Whether the names are one name: the same capitalised content words (those that give the
    initials), in any order, spelt alike but for a letter per word ("Northern Fisheries Treaty
    Organisation", "Organization of the Northern Fisheries Treaty"); False for none."""
    if not names:
        return False

    def words(name: str) -> list[str]:
        return sorted(w.lower() for w in WORD.findall(name) if initials(w))

    first = words(names[0])
    for name in names[1:]:
        other = words(name)
        if len(other) != len(first) or not all(a == b or one_edit(a, b) for a, b in zip(first, other)):
            return False
    return True


def _office_initials(name: str) -> list[str]:
    """The initials of the office a name ending in an office's title stands for ("Varden County
    Sheriff" → "VCSO", "VCSD": its "… Sheriff's Office" or "… Department", ``office_heads`` in
    kg/data/name_kinds.yaml), for an article that writes the office's initials but never its
    full name."""
    words = name.split()
    if words[-1].lower() not in office_titles():
        return []
    return [initials(name) + head[0].upper() for head in _office_heads()]


@cache
def _office_heads() -> tuple[str, ...]:
    """``office_heads`` of kg/data/name_kinds.yaml, read once per process (not once per name)."""
    return tuple(data_yaml("name_kinds.yaml")["organization"]["office_heads"])
