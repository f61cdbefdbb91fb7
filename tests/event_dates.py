"""What the extractors date: (trigger, kg:date) of every event of one article, cleaned and parsed
as ``kg build`` does. Shared by the regression tests on event dates (issue 15)."""

from __future__ import annotations

from datetime import date

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article
from kg.nlp.parse import parse


def event_dates(nlp, text: str, published: date) -> dict[str, date | None]:
    """Trigger text → the date of its event (the last one, if a trigger occurs twice)."""
    article = clean(Article("a", text, date=published))
    (_, doc), = parse(nlp, [article])
    return {event.trigger.text: event.date for event in Extractor()(article, doc).events}
