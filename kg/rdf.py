"""Map the resolved picture to RDF, exactly as the graph contract says.

Every actor, place, event, claim and quote gets ``kg:evidence`` mentions
(``kg:Mention`` with NIF offsets into the article text as read) and the
articles it comes from. The graph is built in a fixed order from sorted
records, so the same input gives the same triples.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD

from . import identity
from .model import Actor, Article, Claim, Event, Evidence, Quote, Resolved
from .vocab import DATA, KG, NIF, PREFIXES, SCHEMA

WIKIDATA = "http://www.wikidata.org/entity/"


class Mapper:
    """Turns a :class:`Resolved` into triples under one base IRI."""

    def __init__(self, base: str = str(DATA)) -> None:
        self.base = base if base.endswith(("/", "#")) else base + "/"
        self.graph = Graph()
        for prefix, namespace in PREFIXES.items():
            self.graph.bind(prefix, namespace)
        self.graph.bind("id", self.base)
        self._mentions: set[URIRef] = set()

    def iri(self, local: str) -> URIRef:
        return URIRef(self.base + local)

    def article_iri(self, source_id: str) -> URIRef:
        return self.iri(identity.article_id(source_id))

    def add(self, resolved: Resolved) -> Graph:
        actor_iris = {actor.key: self.iri(actor.key) for actor in resolved.actors}
        event_iris = {event.key: self.iri(event.key) for event in resolved.events}
        claim_iris = {claim.key: self.iri(claim.key) for claim in resolved.claims}
        publishers = {name: actor_iris[actor.key] for actor in resolved.actors if actor.sector == "MED"
                      for name in sorted(actor.alt_labels | {actor.label})}
        for article in sorted(resolved.articles, key=lambda a: a.source_id):
            self._article(article, publishers)
        for actor in sorted(resolved.actors, key=lambda a: a.key):
            self._actor(actor, actor_iris[actor.key])
        for event in sorted(resolved.events, key=lambda e: e.key):
            self._event(event, event_iris[event.key], actor_iris)
        for claim in sorted(resolved.claims, key=lambda c: c.key):
            self._claim(claim, claim_iris[claim.key], actor_iris, event_iris, claim_iris)
        for quote in sorted(resolved.quotes, key=lambda q: q.key):
            self._quote(quote, self.iri(quote.key), actor_iris)
        return self.graph

    # -- nodes -----------------------------------------------------------------

    def _article(self, article: Article, publishers: dict[str, URIRef]) -> None:
        node = self.article_iri(article.source_id)
        add = self.graph.add
        add((node, RDF.type, KG.Article))
        add((node, KG.sourceId, Literal(article.source_id)))
        add((node, NIF.isString, Literal(article.text)))
        if article.date is not None:
            add((node, SCHEMA.datePublished, Literal(article.date.isoformat(), datatype=XSD.date)))
        if article.title:
            add((node, SCHEMA.headline, Literal(article.title)))
        if article.url:
            add((node, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
        if article.publisher:
            publisher = publishers.get(article.publisher)
            if publisher is None:
                # Named only in metadata, not in the text: an organisation without evidence,
                # so not a kg:Actor (every actor has evidence).
                publisher = self.iri(identity.actor_id("Organization", identity.slug(article.publisher)))
                add((publisher, RDF.type, SCHEMA.Organization))
                add((publisher, RDFS.label, Literal(article.publisher)))
            add((node, SCHEMA.publisher, publisher))

    def _actor(self, actor: Actor, node: URIRef) -> None:
        add = self.graph.add
        add((node, RDF.type, KG[actor.kind]))
        add((node, RDFS.label, Literal(actor.label)))
        for alt in sorted(actor.alt_labels - {actor.label}):
            add((node, SKOS.altLabel, Literal(alt)))
        if actor.country:
            add((node, KG.countryCode, Literal(actor.country)))
        if actor.sector:
            add((node, KG.sector, Literal(actor.sector)))
        if actor.in_country:
            add((node, KG.inCountry, self.iri(actor.in_country)))
        if actor.wikidata:
            add((node, OWL.sameAs, URIRef(WIKIDATA + actor.wikidata)))
        for source_id in actor.articles:
            add((node, KG.mentionedIn, self.article_iri(source_id)))
        self._evidence(node, actor.evidence)

    def _event(self, event: Event, node: URIRef, actors: dict[str, URIRef]) -> None:
        add = self.graph.add
        add((node, RDF.type, KG[event.type]))
        for trigger in sorted(event.triggers):
            add((node, KG.trigger, Literal(trigger)))
        for role, keys in ((KG.agent, event.agents), (KG.target, event.targets), (KG.place, event.places)):
            for key in sorted(keys):
                add((node, role, actors[key]))
        if event.date is not None:
            add((node, KG.date, Literal(event.date.isoformat(), datatype=XSD.date)))
        self._reported(node, event.evidence)

    def _claim(self, claim: Claim, node: URIRef, actors, events, claims) -> None:
        add = self.graph.add
        add((node, RDF.type, KG.Claim))
        add((node, KG.measure, KG[claim.measure]))
        add((node, KG.value, Literal(claim.value, datatype=XSD.decimal)))
        add((node, KG.approximation, KG[claim.approximation]))
        if claim.affected:
            add((node, KG.affected, actors[claim.affected]))
        if claim.attributed_to:
            add((node, KG.attributedTo, actors[claim.attributed_to]))
        if claim.manner:
            add((node, KG.manner, Literal(claim.manner)))
        if claim.event:
            add((node, KG.about, events[claim.event]))
        for other in sorted(claim.conflicts_with):
            add((node, KG.conflictsWith, claims[other]))
        self._reported(node, claim.evidence)

    def _quote(self, quote: Quote, node: URIRef, actors: dict[str, URIRef]) -> None:
        add = self.graph.add
        add((node, RDF.type, KG.Quote))
        add((node, KG.text, Literal(quote.text)))
        if quote.speaker:
            add((node, KG.speaker, actors[quote.speaker]))
        self._reported(node, quote.evidence)

    # -- evidence ----------------------------------------------------------------

    def _reported(self, node: URIRef, evidence: Iterable[Evidence]) -> None:
        evidence = list(evidence)
        for source_id in sorted({e.source_id for e in evidence}):
            self.graph.add((node, KG.reportedIn, self.article_iri(source_id)))
        self._evidence(node, evidence)

    def _evidence(self, node: URIRef, evidence: Iterable[Evidence]) -> None:
        for item in sorted(set(evidence), key=lambda e: (e.source_id, e.span.start, e.span.end)):
            mention = self.iri(identity.mention_id(item.source_id, item.span.start, item.span.end))
            self.graph.add((node, KG.evidence, mention))
            if mention in self._mentions:
                continue
            self._mentions.add(mention)
            add = self.graph.add
            add((mention, RDF.type, KG.Mention))
            add((mention, KG.inArticle, self.article_iri(item.source_id)))
            add((mention, NIF.beginIndex, Literal(item.span.start, datatype=XSD.nonNegativeInteger)))
            add((mention, NIF.endIndex, Literal(item.span.end, datatype=XSD.nonNegativeInteger)))
            add((mention, NIF.anchorOf, Literal(item.span.text)))


def to_graph(resolved: Resolved, base: str = str(DATA)) -> Graph:
    """The RDF graph of a resolved set of articles."""
    return Mapper(base).add(resolved)
