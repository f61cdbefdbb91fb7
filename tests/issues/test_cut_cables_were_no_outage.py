"""Undersea cables reported as "cut" or "damaged" (and the internet of a region with them) made
no event, or a government's Coerce ("cables were cut off" read as "cut off the internet"): a
cable, wire or pipeline cut, severed or damaged is an outage. A government cutting the internet
stays Coerce, and cutting jobs is no event."""

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article


def events(nlp, text: str) -> list[str]:
    article = clean(Article(source_id="a", text=text))
    return [e.type for e in Extractor()(article, nlp(article.masked)).events]


def test_cables_cut_or_damaged_are_an_outage(nlp):
    assert events(nlp, "Two undersea cables in the Mediterranean were cut on Friday.") == ["Outage"]
    assert events(nlp, "A ship's anchor damaged the cable.") == ["Outage"]


def test_a_state_cutting_the_internet_is_still_coerce_and_cut_jobs_no_event(nlp):
    assert events(nlp, "The government cut the internet on Friday.") == ["Coerce"]
    assert events(nlp, "The company cut 200 jobs.") == []
