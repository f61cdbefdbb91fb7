"""The gazetteer answers the questions an extractor asks about world news."""

from __future__ import annotations

from datetime import date

import pytest

from kg.knowledge import groups
from kg.knowledge.gazetteer import (BIG_CITY, Gazetteer, PlaceInfo, _place_rank, iso2_from_iso3, iso3_from_iso2,
                                    normalize, parse_cameo, rows)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def test_load_is_cached():
    first = Gazetteer.load()
    first.place("Paris"), first.actor("NATO"), groups.agent("police"), first.title("President")
    assert Gazetteer.load() is first


@pytest.mark.parametrize("text, code, name", [
    ("Russia", "RUS", "Russia"),
    ("Russian Federation", "RUS", "Russia"),
    ("Russia's", "RUS", "Russia"),
    ("United States", "USA", "United States"),
    ("U.S.", "USA", "United States"),
    ("USA", "USA", "United States"),
    ("America", "USA", "United States"),
    ("Britain", "GBR", "United Kingdom"),
    ("UK", "GBR", "United Kingdom"),
    ("Türkiye", "TUR", "Turkey"),
    ("Cote d'Ivoire", "CIV", "Ivory Coast"),
    ("Kazakstan", "KAZ", "Kazakhstan"),  # a Phoenix spelling
])
def test_country_by_name_official_name_or_alias(gaz, text, code, name):
    country = gaz.country(text)
    assert (country.code, country.name) == (code, name)


def test_acronyms_need_a_capital_so_the_pronoun_us_is_not_a_country(gaz):
    assert gaz.country("US").code == "USA"
    assert gaz.country("us") is None


def test_a_demonym_is_not_a_country_name(gaz):
    assert gaz.country("Russian") is None
    assert gaz.demonym("Russian").code == "RUS"


@pytest.mark.parametrize("text, code", [
    ("Kazakh", "KAZ"), ("Kazakhstani", "KAZ"), ("American", "USA"), ("British", "GBR"),
    ("Belarusian", "BLR"), ("Ukrainians", "UKR"), ("Dutch", "NLD"), ("Swiss", "CHE"),
    ("Filipino", "PHL"), ("Burmese", "MMR"),
    # shared demonyms go to the more populous country
    ("Georgian", "GEO"), ("Dominican", "DOM"), ("Congolese", "COD"),
])
def test_demonym(gaz, text, code):
    assert gaz.demonym(text).code == code


def test_every_un_member_has_a_demonym(gaz):
    assert sum(1 for c in gaz.countries.values() if c.demonyms) >= 195


@pytest.mark.parametrize("text, name, country, kind", [
    ("Kyiv", "Kyiv", "UKR", "city"),
    ("Kiev", "Kyiv", "UKR", "city"),  # a GeoNames alternate name
    ("Nur-Sultan", "Astana", "KAZ", "city"),
    ("Chicago", "Chicago", "USA", "city"),
    ("Texas", "Texas", "USA", "region"),
    ("Washington", "Washington", "USA", "city"),  # the capital outweighs the state
    ("Georgia", "Georgia", "GEO", "country"),  # the country before the US state
    ("Almaty", "Almaty", "KAZ", "city"),
    ("Almaty region", "Almaty", "KAZ", "region"),  # a region word asks for the region
    ("Aqmola oblysy", "Aqmola", "KAZ", "region"),
    ("Ontario", "Ontario", "CAN", "region"),
    ("Bayern", "Bayern", "DEU", "region"),  # ISO 3166-2 names are local: "Bavaria" is a known gap
])
def test_place(gaz, text, name, country, kind):
    place = gaz.place(text)
    assert (place.name, place.country, place.kind) == (name, country, kind)


def test_the_most_populous_city_of_a_name_comes_first(gaz):
    assert gaz.place("Moscow").country == "RUS"  # not Moscow, Idaho
    assert [p.country for p in gaz.places("Moscow")][:2] == ["RUS", "USA"]


def test_city_names_that_are_english_words_are_flagged(gaz):
    assert gaz.place("Nice").common_word
    assert gaz.place("Reading").common_word
    assert not gaz.place("Paris").common_word


def test_actor_names_are_readable(gaz):
    assert gaz.actor("VLADIMIR_PUTIN").name == "Vladimir Putin"
    assert gaz.actor("NATO").name == "NATO"  # its initials expand to an alias
    assert gaz.actor("Bashar al-Assad").name == "Bashar al-Assad"
    assert gaz.actor("OSAMA BIN LADEN").name == "Osama bin Laden"  # particles stay lower case


def test_actor_codes_depend_on_the_date(gaz):
    putin = gaz.actor("Putin")
    assert putin.kind == "Person"
    assert putin.code_at(date(1995, 1, 1)).code == "RUSELI"  # before office: elite
    assert putin.code_at(date(2022, 1, 7)).code == "RUSGOV"
    assert (putin.country, putin.sector) == ("RUS", "GOV")


@pytest.mark.parametrize("text, name, kind, country, sector", [
    ("the European Union", "European Union", "Organization", None, "IGO"),
    ("the Pentagon", "United States Military", "Organization", "USA", "MIL"),
    ("Taliban", "Taliban", "Organization", "AFG", "REB"),
    ("Angela Merkel", "Angela Merkel", "Person", "DEU", "GOV"),
    ("Barack Obama", "Barack Obama", "Person", "USA", "GOV"),
])
def test_actor(gaz, text, name, kind, country, sector):
    actor = gaz.actor(text)
    assert (actor.name, actor.kind, actor.country, actor.sector) == (name, kind, country, sector)


def test_phoenix_stops_around_2016_and_an_overlay_adds_newer_actors(tmp_path):
    assert Gazetteer.load().actor("Emmanuel Macron") is None
    overlay = tmp_path / "actors.yaml"
    overlay.write_text(
        "actors:\n"
        "  - name: Emmanuel Macron\n"
        "    kind: Person\n"
        "    aliases: [Macron, President Macron]\n"
        "    codes: [[FRAGOV, 2017-05-14, null]]\n", encoding="utf-8")
    macron = Gazetteer.load(extra=[overlay]).actor("President Macron")
    assert (macron.name, macron.country, macron.sector, macron.source) == ("Emmanuel Macron", "FRA", "GOV", "actors.yaml")


@pytest.mark.parametrize("code, country, sector", [
    ("RUSGOV", "RUS", "GOV"), ("USAGOVLEG", "USA", "GOV"), ("IGOEUREEC", None, "IGO"),
    ("MNCUSA", "USA", "MNC"), ("AFG", "AFG", None),
])
def test_parse_cameo(code, country, sector):
    assert parse_cameo(code) == (country, sector)


@pytest.mark.parametrize("noun, code", [
    ("police", "COP"), ("soldier", "MIL"), ("soldiers", "MIL"), ("protester", "OPP"),
    ("minister", "GOV"), ("rebels", "REB"), ("journalist", "MED"), ("businessmen", "BUS"),
])
def test_agent(noun, code):
    assert groups.agent(noun).code == code


@pytest.mark.parametrize("text, title, sector, office", [
    ("President", "president", "GOV", True),
    ("Prime Minister", "prime minister", "GOV", True),
    ("Deputy Foreign Minister", "foreign minister", "GOV", False),
    ("Russian Defense Minister", "defense minister", "GOV", True),
    ("U.S. Secretary of State", "secretary of state", "GOV", True),
    ("General Secretary", "general secretary", "PTY", True),
    ("spokesman", "spokesman", "GOV", False),
    ("Journalist", "journalist", "MED", False),
    ("Senator", "senator", "LEG", False),
    ("CEO", "ceo", "BUS", True),
    ("Gen.", "general", "MIL", False),
    ("Minister of Emergency Situations", "minister of emergency situations", "GOV", True),
])
def test_title(gaz, text, title, sector, office):
    found = gaz.title(text)
    assert (found.title, found.sector, found.office) == (title, sector, office)


def test_former_holders_are_not_the_office(gaz):
    assert gaz.title("former President").modifiers == ("former",)
    assert not gaz.title("former President").office


@pytest.mark.parametrize("text, label, sector", [
    ("protesters", "protesters", "OPP"), ("demonstrators", "protesters", "OPP"), ("protestors", "protesters", "OPP"),
    ("a protester", "protesters", "OPP"),
    ("security forces", "security forces", "COP"), ("police officers", "security forces", "COP"),
    ("law enforcement", "security forces", "COP"), ("police", "security forces", "COP"),
    ("terrorists", "militants", "UAF"), ("armed criminals", "militants", "UAF"), ("bandits", "militants", "UAF"),
    ("gunmen", "militants", "UAF"),
    ("troops", "troops", "MIL"), ("insurgents", "rebels", "REB"), ("residents", "civilians", "CVL"),
])
def test_group(text, label, sector):
    group = groups.group(text.removeprefix("a "))
    assert (group.label, group.sector, group.kind) == (label, sector, "Group")


@pytest.mark.parametrize("noun, sector", [
    # A ministry is government, whatever its portfolio (CAMEO); the police it runs are COP,
    # and defence ministries are MIL as CAMEO codes them.
    ("interior ministry", "GOV"), ("defense ministry", "MIL"), ("police", "COP"),
    ("ministry", "GOV"), ("army", "MIL"), ("party", "PTY"),
    ("news agency", "MED"), ("broadcaster", "MED"), ("bank", "BUS"), ("university", "EDU"),
    ("North Atlantic Treaty Organization", "IGO"), ("Eurasian Economic Union", "IGO"),
    ("Amnesty International", "NGO"), ("trade union", "LAB"),
])
def test_sector_of_head(noun, sector):
    assert groups.sector_of_head(noun) == sector


def test_iso_codes():
    assert iso3_from_iso2("kz") == "KAZ"
    assert iso2_from_iso3("UKR") == "UA"


def test_normalize_tolerates_punctuation_case_and_possessives():
    assert normalize("U.S.") == normalize("US") == "us"
    assert normalize("Russia’s") == "russia"
    assert normalize("Nur-Sultan") == "nur sultan"


def test_a_translation_made_of_english_words_is_no_place_name():
    # GeoNames lists "White House" among Casablanca's alternate names (a translation).
    place = Gazetteer.load().place("White House")
    assert place is None or place.country != "MAR"


def test_detainees_are_not_hostages():
    assert groups.group("detainees").label == "detainees" and groups.group("prisoners").label == "detainees"
    assert groups.group("hostages").label == "hostages"


def _every_place_at_once(gaz: Gazetteer) -> dict[str, list[PlaceInfo]]:
    """The place index as the gazetteer built it, all keys at once, before it worked each key out
    on its first lookup: the reference the lazy index must agree with, key by key."""
    index: dict[str, list[PlaceInfo]] = {}
    alternates: dict[str, list[PlaceInfo]] = {}
    for name, country, kind, population, flag, region, keys in rows("places.tsv"):
        info = PlaceInfo(name, country or None, kind, int(population), flag == "common", region=region or None)
        own = normalize(name)
        index.setdefault(own, []).append(info)
        other = PlaceInfo(name, country or None, kind, int(population), flag == "common", alternate=True,
                          region=region or None)
        for key in keys.split("|"):
            if key != own:
                alternates.setdefault(key, []).append(other)
    for key, found in alternates.items():
        owners = index.setdefault(key, [])
        countries = {p.country for p in owners}
        owners.extend(p for p in found if not owners or p.country in countries or p.population >= BIG_CITY)
    for country in gaz.countries.values():
        info = PlaceInfo(country.name, country.code, "country", gaz._population.get(country.code, 0))
        index.setdefault(normalize(country.name), []).insert(0, info)
    for candidates in index.values():
        candidates.sort(key=_place_rank)
    return index


def test_every_place_lists_its_own_key_among_its_keys():
    # The lazy place index finds a place by the keys of its last column only.
    assert [name for name, *_, keys in rows("places.tsv") if normalize(name) not in keys.split("|")] == []


def test_the_place_index_worked_out_key_by_key_is_the_one_built_all_at_once():
    gaz = Gazetteer()
    gaz._read_countries()
    expected = _every_place_at_once(gaz)
    assert {key: gaz._places.get(key, []) for key in expected} == expected
    assert gaz._places.get("no such place anywhere", []) == []


@pytest.mark.parametrize("a, b, same", [("Fred", "Frederick", True), ("Frederick", "Fred", True),
                                        ("Katie", "Kathryn", True), ("FRED", "frederick", True),
                                        ("Fred", "Fred", True), ("Fred", "Mark", False)])
def test_given_name_forms_find_the_names_same_given_name_accepts(gaz, a, b, same):
    assert gaz.same_given_name(a, b) == same
    assert (a.lower() in gaz.given_name_forms(b) or b.lower() in gaz.given_name_forms(a)) == same
