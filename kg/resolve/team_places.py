"""A place's mention that stands for the team named after it joins the team's actor once events are
merged (``kg.extract.teams``: "Riverton lost a 10-point lead" in the reports of a game of the
Riverton Hawks).

The remapping comes after the events, so an event node keeps the place it happened in: two reports
of a game "in Riverton" share the place, not the team, when events are merged. Only the mention
moves: its (source id, key) maps to the team's actor, and its evidence goes with it (a place whose
every mention moved keeps them, since events still name it as their place).
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from kg.extract.teams import as_team, teams_named
from kg.model import Actor, ArticleExtraction, Evidence


def places_as_teams(extractions: list[ArticleExtraction], actors: list[Actor], actor_of: dict[tuple[str, str], str],
                    story_of: dict[str, int]) -> tuple[list[Actor], dict[tuple[str, str], str]]:
    """``actors`` and ``actor_of`` with each place's mention that names the team of its story's reports
    mapped to that team's actor; new lists, inputs unchanged. ``story_of``: source id → story."""
    by_key = {actor.key: actor for actor in actors}
    by_story: dict[int, list[ArticleExtraction]] = defaultdict(list)
    for x in extractions:
        by_story[story_of.get(x.article.source_id, -1)].append(x)
    moved: dict[tuple[str, str], str] = {}
    for _, story in sorted(by_story.items()):
        ref_of = {id(m): (x.article.source_id, m.key) for x in story for m in x.entities}
        teams = teams_named((x.article.text, x.entities) for x in story)
        if not teams:
            continue
        for x in story:
            sid = x.article.source_id
            for m in x.entities:
                place = by_key.get(actor_of.get((sid, m.key), ""))
                team = as_team(x.article.text, m, teams) if place is not None else None
                if team is None:
                    continue
                team_key = actor_of.get(ref_of[id(teams[m.name])])
                if team_key in by_key and team_key != place.key:
                    moved[(sid, m.key)] = team_key
    if not moved:
        return actors, actor_of
    new_actor_of = {**actor_of, **moved}
    mention_of = {(x.article.source_id, m.key): m for x in extractions for m in x.entities
                  if (x.article.source_id, m.key) in moved}
    leaving: dict[str, set[tuple[str, int, int]]] = defaultdict(set)
    arriving: dict[str, list[Evidence]] = defaultdict(list)
    for ref, team_key in sorted(moved.items()):
        m = mention_of[ref]
        leaving[actor_of[ref]].add((ref[0], m.span.start, m.span.end))
        arriving[team_key].append(Evidence(ref[0], m.span, m.used_by))
    result = []
    for actor in actors:
        evidence = actor.evidence
        gone = leaving.get(actor.key)
        if gone:
            kept = [e for e in evidence if (e.source_id, e.span.start, e.span.end) not in gone]
            evidence = kept or evidence
        if actor.key in arriving:
            have = {(e.source_id, e.span.start, e.span.end) for e in evidence}
            evidence = sorted(evidence + [e for e in arriving[actor.key]
                                          if (e.source_id, e.span.start, e.span.end) not in have],
                              key=lambda e: (e.source_id, e.span.start, e.span.end))
        result.append(actor if evidence is actor.evidence else dataclasses.replace(actor, evidence=evidence))
    return result, new_actor_of
