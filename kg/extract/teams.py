"""A place's name that stands for the team named after it ("Riverton lost a 10-point lead"
in the reports of a game of the Riverton Hawks).

Sports writing calls a team by its home place: reports that name an organisation as a place's name
followed by a plural name ("Riverton Hawks", "Riverton City Hawks"), as one mention or as the
place's mention followed by a team's name written elsewhere ("the Hawks"), and write the place's
name alone elsewhere, mean the team there, unless a preposition of place puts the name as a
location ("fans in Riverton", "flew to Riverton"). :func:`teams_named` finds the teams of a
set of articles (the resolver asks it for the articles of one story: another story may write the
place's name for the place); :func:`as_team` gives a place's mention the team's name, kind and
country (its key in the article stays, so events and claims keep pointing at it).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable

from kg.extract.actor_types import company_word
from kg.knowledge.resources import data_yaml
from kg.model import GROUP, ORGANIZATION, PERSON, PLACE, EntityMention

# Prepositions before a place's name that make it a location, not the team.
_LOCATIVE = {"in", "into", "inside", "outside", "near", "to", "from", "across", "around", "through", "toward",
             "towards", "throughout", "within"}
# Plural last words of names that are no team's ("Riverton Times"): kg/data/team_names.yaml.
_NOT_TEAM_ENDS = frozenset(data_yaml("team_names.yaml")["not_team_ends"])


def teams_named(articles: Iterable[tuple[str, list[EntityMention]]]) -> dict[str, EntityMention]:
    """Place name → the one team named after it in these (text, entities) articles (a place with
    two teams' names, "Riverton Hawks" and "Riverton Rovers", has none)."""
    teams: dict[str, dict[str, EntityMention]] = defaultdict(dict)
    for text, entities in articles:
        named_teams = {}
        for m in entities:
            words = m.name.split()
            for cut in range(1, len(words)):
                if _team_name(m, words[cut:]):
                    teams[" ".join(words[:cut])].setdefault(m.name, m)
            if _team_name(m, m.span.text.split()):
                named_teams[m.span.text] = m
        # "Riverton Hawks" where the place's mention is followed by a team's name the article
        # writes as a mention elsewhere ("… the Hawks")
        for m in entities:
            if m.kind == PLACE and not m.nominal:
                for written, team in sorted(named_teams.items()):
                    end = m.span.end + 1 + len(written)
                    if text[m.span.end:end] == " " + written and not text[end:end + 1].isalnum():
                        teams[m.name].setdefault(team.name, team)
    return {place: next(iter(found.values())) for place, found in sorted(teams.items()) if len(found) == 1}


def as_team(text: str, m: EntityMention, teams: dict[str, EntityMention]) -> EntityMention | None:
    """A place's mention as the team named after it, or None (no such team, or written as a location)."""
    team = teams.get(m.name) if m.kind == PLACE and not m.nominal else None
    if team is None or _word_before(text, m.span.start) in _LOCATIVE:
        return None
    return dataclasses.replace(m, name=team.name, kind=team.kind, country=team.country, votes=dict(team.votes),
                               sector=team.sector)


def _team_name(m: EntityMention, words: list[str]) -> bool:
    """Whether ``words`` of an organisation's, a group's or a person's name (the tagger reads some teams as
    people: "Blue Herons") may name a team: capitalised, the
    last a plural ("Hawks", "Blue Herons") that ends no newspaper's or company's name
    (``kg/data/team_names.yaml``, company words: "Times", "Foods", "Airways")."""
    return m.kind in (ORGANIZATION, GROUP, PERSON) and not m.nominal and not m.pronoun and bool(words) \
        and all(w[:1].isupper() for w in words) and words[-1].endswith("s") and len(words[-1]) > 3 \
        and words[-1].lower() not in _NOT_TEAM_ENDS and not company_word(words[-1])


def _word_before(text: str, offset: int) -> str:
    words = text[max(0, offset - 30):offset].split()
    return words[-1].lower() if words else ""
