"""The resolve stage: actors across articles, then events, claims and quotes merged onto them."""

from __future__ import annotations

from dataclasses import dataclass

from kg.knowledge.gazetteer import Gazetteer
from kg.model import ORGANIZATION, PERSON, PLACE, Actor, ArticleExtraction, EarlierKeys, Event, Resolved
from kg.resolve.actors import Resolver
from kg.resolve.claims import merge_claims
from kg.resolve.described_people import (add_described_people, join_across_story, join_by_role, join_relatives,
                                         without_described)
from kg.resolve.events import article_stories, merge_events, story_nodes
from kg.resolve.quotes import merge_quotes
from kg.resolve.members import add_memberships
from kg.resolve.spokespeople import add_spokespeople
from kg.resolve.stories import article_scopes
from kg.resolve.team_places import places_as_teams


@dataclass
class ActorsAndEvents:
    """What :func:`actors_and_events` resolves: the actors, (source id, entity mention key) → actor
    key, the story number of each article, the event nodes and (source id, event mention key) →
    event key."""

    actors: list[Actor]
    actor_of: dict[tuple[str, str], str]
    story_of: dict[str, int]
    events: list[Event]
    event_of: dict[tuple[str, str], str]


def actors_and_events(extractions: list[ArticleExtraction], resolver: Resolver,
                      earlier: EarlierKeys | None = None) -> ActorsAndEvents:
    """The actors and event nodes of extractions whose mentions the resolver has recovered
    (``Resolver.recover_mentions``): named actors, spokespeople, described people (per article,
    then a story's roles, then the same role of one event node), and events merged on them."""
    earlier = earlier or EarlierKeys()
    actors, actor_of = resolver.resolve_actors(without_described(extractions))
    actors, actor_of = add_spokespeople(extractions, actors, actor_of)
    actors, actor_of = add_described_people(extractions, actors, actor_of)
    kinds = {actor.key: actor.kind for actor in actors}
    story_of = article_stories(extractions, actor_of, kinds)
    actors, actor_of = join_across_story(extractions, actors, actor_of, story_of, resolver.gaz)
    events, event_of = merge_events(extractions, actor_of, actors, story_of, earlier.events, resolver.gaz)
    actors, actor_of, events = join_by_role(extractions, actors, actor_of, events, event_of, resolver.gaz)
    actors, actor_of, events = join_relatives(extractions, actors, actor_of, events, story_of, resolver.gaz)
    # after the events, which keep the place a team's city names (kg.resolve.team_places)
    actors, actor_of = places_as_teams(extractions, actors, actor_of, story_of)
    # last, on the joined actors: "Brindle CEO Tom Harl" is a member of the node Brindle ends in
    actors = add_memberships(extractions, actors, actor_of)
    return ActorsAndEvents(actors, actor_of, story_of, events, event_of)


def resolve(extractions: list[ArticleExtraction], resolver: Resolver | None = None,
            gazetteer: Gazetteer | None = None, earlier: EarlierKeys | None = None) -> Resolved:
    """Resolve the extractions of a set of articles into graph nodes (articles in source-id order).
    ``earlier``: the event and story keys of an earlier build, kept where their reports are."""
    earlier = earlier or EarlierKeys()
    resolver = resolver or Resolver(gazetteer)
    extractions = sorted(extractions, key=lambda x: x.article.source_id)
    extractions = resolver.recover_mentions(extractions)
    found = actors_and_events(extractions, resolver, earlier)
    actors, actor_of, event_story_of, events, event_of = (found.actors, found.actor_of, found.story_of,
                                                          found.events, found.event_of)
    kinds = {actor.key: actor.kind for actor in actors}
    stories = story_nodes(extractions, event_story_of, events, earlier.stories)
    # Who a claim is attributed to, whom it affects and who speaks are actors, not places.
    places = {actor.key for actor in actors if actor.kind == PLACE}
    roles = {ref: key for ref, key in actor_of.items() if key not in places}
    story_of = article_scopes(extractions, actor_of, kinds, (PERSON, ORGANIZATION, PLACE))
    main_event_of = {sid: story.main_event for story in stories for sid in story.articles}
    persons = {actor.key for actor in actors if actor.kind == PERSON}
    claims = merge_claims(extractions, roles, event_of, story_of, main_event_of, persons,
                          {event.key: event.type for event in events},
                          {actor.key for actor in actors if actor.described or actor.counted})
    quotes = merge_quotes(extractions, roles)
    return Resolved([x.article for x in extractions], actors, events, claims, quotes, stories)
