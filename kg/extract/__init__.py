"""Extractors: plain functions of a parsed Doc and its Article to small typed records.

``Extractor`` runs them in dependency order for one article: actors and
places first (the others point at them), then time expressions (events and
claims are dated with them), then events, figures and quotes.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.knowledge.gazetteer import Gazetteer
from kg.model import Article, ArticleExtraction
from kg.extract.actors import ActorExtractor
from kg.extract.counted_people import counted_people
from kg.extract.dates import extract_times
from kg.extract.described_people import described_people
from kg.extract.events import extract_events, load_lexicon
from kg.extract.figures import attribute_quoted, extract_claims, lexicon as figure_lexicon
from kg.extract.first_person import first_person_mentions, mark_not_speaker
from kg.extract.generic_groups import mark_generic_groups
from kg.extract.group_pronouns import group_pronoun_mentions
from kg.extract.labels import label_users
from kg.extract.offices import link_officials
from kg.extract.org_pronouns import company_nominals, org_pronoun_mentions, organisation_descriptions
from kg.extract.person_bodies import person_bodies
from kg.extract.quotes import attribution_cues, extract_quotes
from kg.extract.speakers import described_speakers


class Extractor:
    """All extractors for one process; call it on each (article, doc) pair."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.actors = ActorExtractor(gazetteer)

    def preload(self) -> Extractor:
        """Read the gazetteer and the lexicons now rather than on the first article that needs them."""
        self.actors.gaz.preload()
        load_lexicon()
        figure_lexicon()
        attribution_cues()
        return self

    def __call__(self, article: Article, doc: Doc) -> ArticleExtraction:
        entities, things, not_actors = self.actors.extract(doc, article)
        # "the Hale administration": the body, not the person
        entities = person_bodies(doc, article, entities)
        entities = described_people(doc, article, entities)
        # "shot four men": the counted people, a group the claims and events point at.
        entities = counted_people(doc, article, entities)
        # "Kestrel said it would buy Norvela": "it" is Kestrel, agent of what it does.
        entities = entities + org_pronoun_mentions(doc, article, entities)
        # "The company said …": the organisation the discourse is on.
        entities = entities + company_nominals(doc, article, entities)
        # "Irish airline Norvair", "Kestrel, Europe's biggest aircraft maker,": the company's.
        entities = entities + organisation_descriptions(doc, article, entities)
        times = extract_times(doc, article)
        events = extract_events(doc, article, entities, times)
        # Described speakers ("a BBC spokesman") say things; they take part in no event.
        entities = entities + described_speakers(doc, article, entities, self.actors.gaz, things)
        # "Brindle CEO Tom Harl": the person holds an office in the organisation the text names.
        link_officials(doc, entities, self.actors.gaz)
        quotes = extract_quotes(doc, article, entities)
        mark_not_speaker(entities, quotes)  # "“He lied,” Tom Hale said": he is not Tom Hale
        claims = attribute_quoted(extract_claims(doc, article, entities, times, events), quotes)
        # "available to users": people in general, no actor unless they take part in something
        mark_generic_groups(doc, entities, events, claims, quotes)
        # "I" and "my" in a named person's quote are that person (evidence of them, nothing more).
        entities = entities + first_person_mentions(doc, article, entities, quotes)
        # "their" after "users": the group (evidence of it, nothing more).
        entities = entities + group_pronoun_mentions(doc, article, entities)
        return ArticleExtraction(
            article=article,
            # A side's label ("bandits") with who used it (same keys, so claims and quotes hold).
            entities=label_users(doc, entities, quotes),
            times=times,
            events=events,
            claims=claims,
            quotes=quotes,
            things=things,
            not_actors=not_actors,
        )
