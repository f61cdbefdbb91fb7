"""What the extractors find in one text (issue 14's regression tests on speakers and sources
share this): the quotes with their speakers, the whole extraction, and the graph built from it."""

from __future__ import annotations

from kg.extract import Extractor
from kg.extract.actors import ActorExtractor
from kg.extract.quotes import Attribution, find_attributions
from kg.model import Article, ArticleExtraction, EntityMention
from kg.rdf.mapping import to_graph
from kg.rdf.vocab import KG
from kg.resolve.resolution import resolve


def attributions(nlp, text: str) -> tuple[list[Attribution], dict[str, EntityMention]]:
    """The quotes of ``text`` with their cues and speakers, and the actor mentions by key."""
    article = Article("a.txt", text, masked=text)
    doc = nlp(text)
    mentions = ActorExtractor()(doc, article)
    return find_attributions(doc, article, mentions), {m.key: m for m in mentions}


def extraction(nlp, text: str) -> tuple[ArticleExtraction, dict[str, EntityMention]]:
    """Everything the extractors find in ``text``, and its mentions by key."""
    article = Article("a.txt", text, masked=text)
    found = Extractor()(article, nlp(text))
    return found, {m.key: m for m in found.entities}


def speakers(nlp, text: str, kinds: bool = False) -> list:
    """The name of each quote's speaker in ``text``, in order (None for a quote with none); with
    ``kinds``, (name, kind) pairs."""
    found, by_key = extraction(nlp, text)
    named = {key: (m.name, m.kind) if kinds else m.name for key, m in by_key.items()}
    return [named.get(q.speaker) for q in found.quotes]


def graph(nlp, text: str):
    """The RDF graph built from ``text`` alone (extracted, resolved and mapped)."""
    article = Article(source_id="a1", text=text)
    return to_graph(resolve([Extractor()(article, nlp(article.masked))]))


def rows(graph, query: str) -> set[tuple[str, ...]]:
    """The answers of a SPARQL query (prefix ``kg:`` bound) on ``graph``, as tuples of strings."""
    return {tuple(str(value) for value in row) for row in graph.query(query, initNs={"kg": KG})}
