"""Time expressions normalised against the article's date (kg.extract.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.dates import date_for, day_value, extract_times, normalise
from kg.model import Article

FRIDAY = date(2022, 1, 7)


@pytest.mark.parametrize(
    "expression, value, granularity",
    [
        ("Friday", date(2022, 1, 7), "day"),  # the article's own weekday is the article's day
        ("on Wednesday", date(2022, 1, 5), "day"),
        ("Thursday night", date(2022, 1, 6), "day"),
        ("last Friday", date(2021, 12, 31), "day"),
        ("next Monday", date(2022, 1, 10), "day"),
        ("today", date(2022, 1, 7), "day"),
        ("yesterday", date(2022, 1, 6), "day"),
        ("tomorrow", date(2022, 1, 8), "day"),
        ("on New Year's Day", date(2022, 1, 1), "day"),
        ("Christmas Day", date(2021, 12, 25), "day"),  # not yet this year: the last one
        ("the day before", date(2022, 1, 6), "day"),
        ("this week", date(2022, 1, 3), "week"),  # the Monday of the week
        ("earlier this week", date(2022, 1, 3), "week"),
        ("last month", date(2021, 12, 1), "month"),
        ("three years ago", date(2019, 1, 1), "year"),
        ("two days ago", date(2022, 1, 5), "day"),
        ("Jan 6, 2022", date(2022, 1, 6), "day"),
        ("January 5, 2022", date(2022, 1, 5), "day"),
        ("5 January 2022", date(2022, 1, 5), "day"),
        ("2022-01-05", date(2022, 1, 5), "day"),
        ("on Jan. 6", date(2022, 1, 6), "day"),
        ("Dec 30", date(2021, 12, 30), "day"),  # the year that puts it closest to the article
        ("May 2010", date(2010, 5, 1), "month"),
        ("early December", date(2021, 12, 1), "month"),
        ("in 2019", date(2019, 1, 1), "year"),
    ],
)
def test_normalise_against_an_article_of_friday_7_january_2022(expression, value, granularity):
    assert normalise(expression, FRIDAY) == (value, granularity)


def test_future_tense_turns_a_weekday_forward():
    assert normalise("Monday", FRIDAY, future=True) == (date(2022, 1, 10), "day")
    assert normalise("Friday", FRIDAY, future=True) == (FRIDAY, "day")


def test_without_an_article_date_only_explicit_dates_have_a_value():
    assert normalise("Wednesday", None) == (None, "day")
    assert normalise("three years ago", None) == (None, "year")
    assert normalise("Jan 6, 2022", None) == (date(2022, 1, 6), "day")


def test_durations_and_vague_periods_are_not_dates():
    for expression in ("decades", "recent days", "three-month", "the 20th century"):
        assert normalise(expression, FRIDAY) == (None, "unknown")


def test_only_a_day_may_date_an_event(nlp):
    text = "Protests spread this week. Troops arrived on Thursday."
    times = extract_times(nlp(text), Article("a", text, date=FRIDAY))
    assert [(t.span.text, t.granularity) for t in times] == [("this week", "week"), ("Thursday", "day")]
    assert [day_value(t) for t in times] == [None, date(2022, 1, 6)]


def test_extract_times_keeps_offsets_into_the_text(nlp):
    text = "Protesters stormed government buildings in Almaty on Wednesday and fought police."
    article = Article("a", text, date=FRIDAY)
    times = extract_times(nlp(text), article)
    assert [(t.span.text, t.value) for t in times] == [("Wednesday", date(2022, 1, 5))]
    assert all(text[t.span.start:t.span.end] == t.span.text for t in times)


def test_the_previous_day_counts_from_the_date_just_mentioned(nlp):
    text = "Shops reopened on Monday, Jan 3, after a curfew imposed the previous day."
    times = extract_times(nlp(text), Article("a", text, date=FRIDAY))
    assert times[-1].span.text == "the previous day"
    assert times[-1].value == date(2022, 1, 2)


def test_a_range_of_years_gives_one_mention_per_year(nlp):
    text = "He took part in the expedition of 1957-58."
    times = extract_times(nlp(text), Article("a", text, date=FRIDAY))
    assert [(t.span.text, t.value) for t in times] == [("1957", date(1957, 1, 1)), ("58", date(1958, 1, 1))]


def test_date_for_finds_the_time_that_modifies_a_verb(nlp):
    text = "Protesters stormed government buildings on Wednesday and fought police, officials said on Friday."
    doc = nlp(text)
    times = extract_times(doc, Article("a", text, date=FRIDAY))
    verbs = {token.text: token for token in doc if token.pos_ == "VERB"}
    assert date_for(verbs["stormed"], times).value == date(2022, 1, 5)
    assert date_for(verbs["fought"], times).value == date(2022, 1, 5)  # shares its coordinated verb's date
    assert date_for(verbs["said"], times).value == FRIDAY


def test_a_time_in_a_verbless_headline_is_found(nlp):
    # regression: the search for the clause's verb climbed past the root forever
    text = "Protests in Almaty on Wednesday"
    times = extract_times(nlp(text), Article("a", text, date=FRIDAY))
    assert [(t.span.text, t.value) for t in times] == [("Wednesday", date(2022, 1, 5))]
