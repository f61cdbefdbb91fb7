""""A teen was found with a gunshot wound Monday night" and "was found suffering from a gunshot
wound ... around 7:05 p.m. Monday" left the wound undated, though "was found shot Monday night"
is dated: what someone is found with, or suffering from, is at the time of the finding. And
"the 1700 block of Quarry Lane" was read as the year 1700."""

from datetime import date

import pytest

from event_dates import event_dates

from kg.extract.dates import extract_times
from kg.ingest.clean import clean
from kg.model import Article
from kg.nlp.parse import parse

THURSDAY = date(2016, 11, 10)


@pytest.mark.parametrize("text", [
    "A teen was found with a gunshot wound Monday night.",
    "The man was found suffering from a gunshot wound to the head in a vehicle around 7:05 p.m. Monday.",
])
def test_the_wound_takes_the_day_of_the_finding(nlp, text):
    assert event_dates(nlp, text, THURSDAY)["wound"] == date(2016, 11, 7)


def test_a_block_number_is_no_year(nlp):
    article = clean(Article("a", "The man was found in the 1700 block of Quarry Lane.", date=THURSDAY))
    (_, doc), = parse(nlp, [article])
    assert [t.granularity for t in extract_times(doc, article)] == []
