"""Unnamed actors and the sectors of organisations, from data files:

- groups (``kg/data/groups.yaml``): unnamed collectives and their canonical
  labels ("demonstrators" → protesters);
- agents (``kg/data/phoenix_agents.tsv``): generic roles of the Phoenix
  dictionaries ("police" → COP);
- sectors (``kg/data/sectors.yaml``): the sector an organisation's head noun
  signals ("ministry" → GOV).

The tables are read once per process, on first use.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from kg.knowledge.gazetteer import normalize, rows
from kg.knowledge.resources import data_yaml
from kg.model import GROUP


@dataclass(frozen=True)
class AgentInfo:
    phrase: str  # as matched, lower case
    lemma: str  # singular form
    code: str  # CAMEO agent code: "GOVMIL"
    plural: bool

    @property
    def sector(self) -> str:
        return self.code[:3]


@dataclass(frozen=True)
class GroupInfo:
    label: str  # canonical: "protesters"
    sector: str
    kind: str = GROUP


@functools.cache
def _agents() -> dict[str, AgentInfo]:
    index: dict[str, AgentInfo] = {}
    for phrase, code, number, lemma in rows("phoenix_agents.tsv"):
        index.setdefault(normalize(phrase), AgentInfo(phrase, lemma, code, number == "plural"))
    return index


def agent(noun: str) -> AgentInfo | None:
    """A generic role from the Phoenix agents dictionary, singular or
    plural: "police" → COP, "soldiers" → MIL, "protester" → OPP."""
    return _agents().get(normalize(noun))


@functools.cache
def _groups_data() -> dict:
    return data_yaml("groups.yaml")


@functools.cache
def _groups() -> dict[str, GroupInfo]:
    index: dict[str, GroupInfo] = {}
    for label, entry in _groups_data()["groups"].items():
        info = GroupInfo(label, entry["sector"])
        for alias in [label, *entry["aliases"]]:
            index.setdefault(normalize(alias), info)
    return index


@functools.cache
def capacity() -> dict[str, frozenset[str]]:
    """The words that make a number of people a capacity (``capacity`` in groups.yaml):
    ``verbs``, ``carrying_verbs``, ``modals``, ``nouns``."""
    return {key: frozenset(words) for key, words in _groups_data()["capacity"].items()}


@functools.cache
def _collective_singulars() -> frozenset[str]:
    return frozenset(normalize(word) for word in _groups_data().get("collective_singulars", ()))


# Extractors ask for the same few thousand words again and again (tens of thousands of times in
# 300 articles); the answer depends on the word and groups.yaml only.
@functools.lru_cache(maxsize=1 << 14)
def group(text: str) -> GroupInfo | None:
    """An unnamed collective and its canonical label: "demonstrators" →
    protesters, "terrorists" → militants, "police officers" → security
    forces. Singular forms work too ("a protester")."""
    key = normalize(text)
    groups = _groups()
    men = key[:-3] + "men" if key.endswith("man") else key  # "policeman" → "policemen" (normalize leaves no "\n")
    for candidate in (key, key + "s", key + "es", key[:-1] + "ies", men):
        if candidate in groups and (candidate == key or candidate not in _plural_only()):
            return groups[candidate]
    return None


@functools.cache
def _plural_only() -> frozenset[str]:
    return frozenset(normalize(word) for word in _groups_data().get("plural_only", ()))


def placed_group(name: str) -> GroupInfo | None:
    """The group a place-qualified group name is of: "Elmford police" → security forces; None
    for a bare group word ("police") or no group."""
    if group(name) is not None:
        return None  # "security forces", "riot police": a group's own words
    words = name.split()
    for i in range(1, len(words)):
        info = group(" ".join(words[i:]))
        if info is not None:
            return info
    return None


@functools.cache
def _qualified_only() -> frozenset[str]:
    return frozenset(normalize(word) for word in _groups_data().get("qualified_only", ()))


def qualified_only(text: str) -> bool:
    """Whether the word names a group only with a qualifier that says which ("people")."""
    return normalize(text) in _qualified_only()


@functools.cache
def _civilian_sectors() -> frozenset[str]:
    return frozenset(_groups_data().get("civilian_sectors", ()))


def same_people(sector: str, other: str) -> bool:
    """Whether unnamed groups of two CAMEO sectors may be the same people: the same sector, or
    civilians in general ("people", "residents": CVL) and a group of unarmed people outside the
    state (``civilian_sectors`` in groups.yaml: workers, students, protesters …)."""
    if sector == other:
        return bool(sector)
    civilian = _civilian_sectors()
    return "CVL" in (sector, other) and sector in civilian and other in civilian


@functools.cache
def _side_labels() -> frozenset[str]:
    return frozenset(normalize(word) for word in _groups_data().get("side_labels", ()))


def is_side_label(text: str) -> bool:
    """Whether a group word judges the group ("bandits", "terrorists"): a side's label, recorded
    with who used it. Singular forms count too ("a terrorist")."""
    key = normalize(text)
    labels = _side_labels()
    return any(candidate in labels for candidate in (key, key + "s", re.sub(r"man$", "men", key)))


@functools.cache
def _local_forces() -> frozenset[str]:
    return frozenset(normalize(word) for word in _groups_data().get("local_forces", ()))


def local_force(text: str) -> bool:
    """Whether ``text`` is a bare word for a force that serves one town ("police")."""
    return normalize(text) in _local_forces()


def collective_singular(word: str) -> bool:
    """Whether ``word`` is a singular noun that names a whole group ("force", "gang", "army")."""
    return normalize(word) in _collective_singulars()


def group_member(text: str) -> GroupInfo | None:
    """The group one member of which ``text`` names: the singular of a plural alias ("an
    employee", "the gunman", "a protester"). Collective nouns listed as they are ("police",
    "crowd", "army") name the whole group, never one member."""
    key = normalize(text)
    if key in _groups() or key.rpartition(" ")[2] in _collective_singulars():
        return None
    return group(text)


@functools.cache
def _sectors() -> tuple[dict[str, str], set[str], set[str]]:
    data = data_yaml("sectors.yaml")
    heads = {normalize(h): sector for sector, hs in data["heads"].items() for h in hs}
    return heads, {normalize(h) for h in data["igo_heads"]}, {normalize(m) for m in data["igo_markers"]}


def sector_of_head(noun: str) -> str | None:
    """The sector an organisation's head noun signals: "ministry" → GOV,
    "news agency" → MED, "North Atlantic Treaty Organization" → IGO.
    The longest known head that ends the phrase wins."""
    heads, igo_heads, markers = _sectors()
    words = normalize(noun).split()
    match = next((" ".join(words[i:]) for i in range(len(words)) if " ".join(words[i:]) in heads), None)
    if words and words[-1] in igo_heads and (match is None or match == words[-1]):
        if markers & set(words[:-1]):
            return "IGO"
        return heads[match] if match else "NGO"
    return heads[match] if match else None


def known_institution(phrase: str) -> bool:
    """Whether the phrase is itself a listed institution name ("interior ministry")."""
    return normalize(phrase) in _sectors()[0]


@functools.cache
def institution_heads() -> frozenset[str]:
    """One-word head nouns of state institutions ("ministry", "department",
    "parliament", "court"): a phrase they end names an organisation."""
    state = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", "HLH"}
    return frozenset(h for h, sector in _sectors()[0].items() if sector in state and " " not in h)
