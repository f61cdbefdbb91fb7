"""In an article of 24 January 2017, "was charged … for killing a man on July 24" dated the
killing 24 July 2017, half a year after the article: a day and month without a year in a
past-tense clause lie before the article date (the closest year was taken)."""

from datetime import date

from kg.extract.dates import normalise

from event_dates import event_dates

ARTICLE = date(2017, 1, 24)


def test_a_past_clause_takes_the_year_before():
    assert normalise("on July 24", ARTICLE, past=True) == (date(2016, 7, 24), "day")
    assert normalise("on July 24", ARTICLE) == (date(2017, 7, 24), "day")  # tense unknown: the closest


def test_a_day_after_the_article_date_is_slack_not_a_year():
    assert normalise("Jan. 25", ARTICLE, past=True) == (date(2017, 1, 25), "day")


def test_the_killing_is_dated_last_july(nlp):
    dates = event_dates(nlp, "He was charged with murder for killing a man on July 24 at a bar.", ARTICLE)
    assert dates["killing"] == date(2016, 7, 24)
