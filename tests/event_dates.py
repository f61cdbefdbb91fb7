"""What the extractors find in one article, cleaned and parsed as ``kg build`` does: the date and
the class of every event by its trigger. Shared by the regression tests on events (issue 15)."""

from __future__ import annotations

from datetime import date

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article
from kg.nlp.parse import parse


def _events(nlp, text: str, published: date | None):
    article = clean(Article("a", text, date=published))
    (_, doc), = parse(nlp, [article])
    return Extractor()(article, doc).events


def event_dates(nlp, text: str, published: date) -> dict[str, date | None]:
    """Trigger text → the date of its event (the last one, if a trigger occurs twice)."""
    return {event.trigger.text: event.date for event in _events(nlp, text, published)}


def event_types(nlp, text: str) -> dict[str, str]:
    """Trigger text → the class of its event."""
    return {event.trigger.text: event.type for event in _events(nlp, text, None)}
