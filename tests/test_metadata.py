"""Date, publisher and headline from an article's own text (kg.ingest.metadata)."""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from kg.ingest.metadata import complete_dates, find_dateline, headline, infer_metadata, load_outlets, outlet_named
from kg.model import Article
from kg.ingest.read import read_inputs

from conftest import EXAMPLE_DIR, GOLD_FILE


def inferred(text: str, **fields) -> Article:
    return infer_metadata(Article("test.txt", text, **fields))


def spanned(article: Article, field: str) -> str:
    span = getattr(article, field)
    assert article.text[span.start : span.end] == span.text
    return span.text


# --- datelines ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line, month_day, credit",
    [
        ("ALMATY, Jan 7 (Reuters) – Troops patrolled the city.", (1, 7), "Reuters"),
        ("WASHINGTON, March 3 (AP) — The Senate voted on Tuesday.", (3, 3), "AP"),
        ("NEW YORK, Sept. 12 (Reuters) - Stocks fell.", (9, 12), "Reuters"),
        ("KYIV, Ukraine (AP) — Sirens sounded overnight.", (None, None), "AP"),
        ("ALMATY (Reuters) – Troops patrolled the city.", (None, None), "Reuters"),
        ("  PARIS, Nov 2 -- Farmers blocked roads.", (11, 2), None),
    ],
)
def test_a_dateline_gives_month_day_and_credit(line, month_day, credit):
    dateline = find_dateline(line)
    assert (dateline.month, dateline.day) == month_day
    assert (dateline.credit.text if dateline.credit else None) == credit


def test_the_dateline_span_covers_place_date_and_credit_without_the_dash():
    text = "Headline\n\n  WASHINGTON, March 3 (AP) — The Senate voted."
    span = find_dateline(text).span
    assert (span.text, text[span.start : span.end]) == ("WASHINGTON, March 3 (AP)", "WASHINGTON, March 3 (AP)")


@pytest.mark.parametrize(
    "text",
    [
        "NATO – the alliance – met on Friday.",  # capitals and a dash, but no date and no credit
        "Troops patrolled the city (Reuters) – on Friday.",  # not at the start of a line
        "ALMATY, Feb 30 (Reuters) – Nonsense dates give no month and day.",
    ],
)
def test_no_dateline_or_no_month_day_when_the_text_has_none(text):
    dateline = find_dateline(text)
    assert dateline is None or dateline.month is None


# --- date --------------------------------------------------------------------


def test_the_year_comes_from_a_full_date_stated_shortly_before_the_dateline_day():
    article = inferred("ALMATY, Jan 7 (Reuters) – Troops arrived.\nPolice blocked a street on January 5, 2022.")
    assert article.date == date(2022, 1, 7)
    assert spanned(article, "date_span") == "Jan 7"


def test_a_full_date_late_in_the_previous_year_gives_the_next_year():
    article = inferred("MOSCOW, Jan 3 (Reuters) – Markets reopened.\nThey closed on 30 December 2021.")
    assert article.date == date(2022, 1, 3)


@pytest.mark.parametrize(
    "text",
    [
        "ALMATY, Jan 7 (Reuters) – The president said Friday that order was restored.",  # a weekday is no date
        "ALMATY, Jan 7 (Reuters) – The republic declared independence on December 16, 1991.",  # an anniversary
        "ALMATY, Jan 7 (Reuters) – Elections are due on March 3, 2022.",  # a date after the dateline
        "ALMATY, Jan 7 (Reuters) – Fighting on Jan 1, 2022 and Jan 2, 2021 was reported.",  # dates that disagree
        "The president said on Friday, January 7, that order was restored.",  # no year anywhere
    ],
)
def test_no_date_is_invented(text):
    assert inferred(text).date is None


def test_a_date_given_by_the_reader_is_kept():
    article = inferred("ALMATY, Jan 7 (Reuters) – Troops arrived on January 5, 2022.", date=date(2022, 1, 8))
    assert article.date == date(2022, 1, 8)


def test_complete_dates_takes_the_year_from_articles_of_the_same_day():
    only_dateline = Article("c.txt", "ALMATY, Jan 7 (Reuters) – Troops arrived.")
    batch = [
        Article("a.txt", "Troops arrived.", date=date(2022, 1, 7)),
        Article("b.txt", "Talks began.", date=date(2022, 1, 6)),
        only_dateline,
    ]
    completed = complete_dates(batch)
    assert [a.date for a in completed] == [date(2022, 1, 7), date(2022, 1, 6), date(2022, 1, 7)]
    assert spanned(completed[2], "date_span") == "Jan 7"
    assert only_dateline.date is None  # the input is not changed


@pytest.mark.parametrize(
    "sibling_dates",
    [
        [],
        [date(2022, 1, 6)],  # no article of the same day
        [date(2021, 1, 7), date(2022, 1, 7)],  # two years disagree
    ],
)
def test_complete_dates_leaves_the_date_unknown_without_agreeing_evidence(sibling_dates):
    batch = [Article(f"{i}.txt", "Text.", date=d) for i, d in enumerate(sibling_dates)]
    batch.append(Article("c.txt", "ALMATY, Jan 7 (Reuters) – Troops arrived."))
    assert complete_dates(batch)[-1].date is None


def test_complete_dates_never_uses_a_weekday():
    batch = [Article("a.txt", "Text.", date=date(2022, 1, 7)), Article("b.txt", "The president said Friday that order was restored.")]
    assert complete_dates(batch)[1].date is None


# --- publisher ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, publisher, credit",
    [
        ("ALMATY, Jan 7 (Reuters) – Troops arrived.", "Reuters", "Reuters"),
        ("WASHINGTON, March 3 (AP) — The Senate voted.", "Associated Press", "AP"),
        ("PARIS (AFP) - Farmers blocked roads.", "AFP", "AFP"),
        ("Troops arrived.\nSource: TRTWorld and agencies", "TRT World", "TRTWorld"),
        ("Troops arrived, officials said.\n\nBy Reuters\n", "Reuters", "Reuters"),
        ("Order restored in the capital By Reuters\n\nTroops arrived.", "Reuters", "Reuters"),
        ("A journalist told DW that the figures were higher.", "DW", "DW"),
        ("The minister said in an interview with the BBC that talks would go on.", "BBC", "BBC"),
    ],
)
def test_a_credit_of_a_known_outlet_gives_the_publisher(text, publisher, credit):
    article = inferred(text)
    assert article.publisher == publisher
    assert spanned(article, "publisher_span") == credit


def test_a_dateline_outranks_an_interview_credit():
    article = inferred("LONDON (Reuters) - A minister told the BBC that talks would go on.")
    assert article.publisher == "Reuters"


def test_a_source_line_outranks_an_interview_credit():
    article = inferred("A minister told the BBC that talks would go on.\nSource: Al Jazeera")
    assert article.publisher == "Al Jazeera"


def test_photo_credits_and_citations_never_give_the_publisher():
    text = (
        "A protester holds a flag on Wednesday. (AP)\n"
        "Officers block a street, January 5, 2022. (Reuters)\n"
        "According to Reuters, TASS reported that planes had landed."
    )
    article = inferred(text)
    assert article.publisher is None and article.publisher_span is None


def test_photo_credits_do_not_outweigh_an_interview_credit():
    article = inferred("A protester holds a flag on Wednesday. (AP)\nA journalist told DW that the figures were higher.")
    assert article.publisher == "DW"


def test_credits_of_two_outlets_at_one_level_decide_nothing_at_that_level():
    assert inferred("She told the BBC and later told CNN that she would run.").publisher is None
    assert inferred("She told the BBC and CNN so.\nSource: Reuters").publisher == "Reuters"


def test_an_unknown_outlet_is_never_a_publisher():
    assert inferred("SPRINGFIELD (Springfield Shopper) - The plant closed.").publisher is None


def test_a_publisher_given_by_the_reader_is_kept_under_its_canonical_name():
    assert inferred("Text.", publisher="Deutsche Welle").publisher == "DW"
    assert inferred("LONDON (Reuters) - Text.", publisher="bbc news").publisher == "BBC"
    assert inferred("Text.", publisher="Springfield Shopper").publisher == "Springfield Shopper"


# --- headline ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("Floods force thousands from their homes\n\nThousands of people fled.", "Floods force thousands from their homes"),
        ("Order restored in the capital By Reuters\n\n\nTroops arrived.", "Order restored in the capital"),
        ("Is the crisis over?\n\nAnalysts doubt it.", "Is the crisis over?"),
        ("Officials said on Friday that order had been restored.\nTroops arrived.", None),  # a sentence
        ("Officials said order was restored.\n\nTroops arrived.", None),  # ends with a full stop
        ("date 2022-01-07 Troops arrived.\n\nMore text.", None),  # the header is no headline
        ("ALMATY (Reuters) – Troops arrived\n\nMore text.", None),  # a dateline is no headline
        ("A single line without a newline", None),
    ],
)
def test_a_first_line_of_its_own_that_is_not_a_sentence_is_the_headline(text, title):
    assert headline(text) == title


def test_a_title_given_by_the_reader_is_kept():
    assert inferred("Another headline\n\nText.", title="Reader title").title == "Reader title"


# --- the outlet list ---------------------------------------------------------


def test_the_outlet_list_is_large_and_well_formed():
    outlets = load_outlets()
    assert len(outlets) >= 80
    names = [name for outlet in outlets for name in outlet.names]
    assert len(names) == len(set(names)), "an alias shared by two outlets is ambiguous: leave it out"
    for outlet in outlets:
        assert re.fullmatch(r"[A-Z]{3}", outlet.country), outlet.name
        assert outlet.sector == "MED"


def test_outlets_are_found_by_any_of_their_names():
    assert outlet_named("Deutsche Welle").name == "DW"
    assert outlet_named("trtworld").name == "TRT World"
    assert outlet_named("AP").country == "USA"
    assert outlet_named("The Daily Planet") is None


# --- the bundled corpus ------------------------------------------------------


def test_the_bundled_corpus_gets_the_gold_dates_publishers_and_headlines():
    gold = yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))["articles"]
    articles = complete_dates([infer_metadata(a) for a in read_inputs([EXAMPLE_DIR])])
    found = {a.source_id: {"date": a.date, "publisher": a.publisher} for a in articles}
    expected = {name: {"date": facts.get("date"), "publisher": facts.get("publisher")} for name, facts in gold.items()}
    assert found == expected
    titles = {a.source_id[:3]: a.title for a in articles}
    assert titles == {
        "000": None,
        "001": None,
        "002": None,
        "003": "Kazakh president says constitutional order has largely been restored",
        "004": "Kazakh president says constitutional order mostly restored",
    }
