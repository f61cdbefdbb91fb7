"""What the extractors find in one text (issue 14's regression tests on speakers and sources
share this): the quotes with their speakers, and the whole extraction."""

from __future__ import annotations

from kg.extract import Extractor
from kg.extract.actors import ActorExtractor
from kg.extract.quotes import Attribution, find_attributions
from kg.model import Article, ArticleExtraction, EntityMention


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
