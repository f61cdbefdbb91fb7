"""Infer an article's date, publisher and headline from its own text when the reader found none.

Publisher: a credit in the text names an outlet of ``kg/data/outlets.yaml``
(nothing else is ever taken as a publisher). The credits, strongest first:

1. a dateline: ``NAIROBI, Jan 7 (Reuters) –``, ``WASHINGTON (AP) —``: the
   agency that filed the story;
2. a credit line: ``Source: TRTWorld and agencies``, a byline ``By Reuters``
   on a line of its own or at the end of the headline;
3. an interview the outlet did: ``told DW``, ``in an interview with the BBC``.

The first level with any credit decides, if all its credits name the same
outlet (two different outlets at one level decide nothing, and the next level
is tried). Photo credits after captions (``… on Wednesday. (AP)``) are never
used: outlets routinely print agency photos (one article may carry AP and
Reuters pictures), so they say who took the picture, not who published the
story. Nor are citations ("according to Reuters", "TASS reported"): they name
a source, not the publisher.

Date: a dateline gives the month and day. The year is taken only from the
article itself, when it states full dates ("January 5, 2022", "6 Jan 2022")
that all put the dateline day in the same year, at most
``YEAR_EVIDENCE_DAYS`` days after the stated date (news refer back to recent
days; a date further back, like an anniversary, says nothing about the year of
publication). Otherwise :func:`complete_dates` may take it from the batch. A
weekday ("said Friday") never gives a date.

A date or publisher the reader found (header line, HTML metadata, JSON Lines
field) is kept; a publisher name that is an alias of a known outlet is
replaced by its canonical name.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from kg.model import Article, Span
from kg.ingest.read import DATE_HEADER
from kg.knowledge.months import MONTHS
from kg.knowledge.resources import data_file, load_yaml

YEAR_EVIDENCE_DAYS = 14

# A month as datelines write it, capitalised: "Jan", "January", "Sept".
_MONTH = "(?:" + "|".join(sorted((name.capitalize() for name in MONTHS), key=len, reverse=True)) + ")"

DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z'’.\-]*(?:[ \-][A-Z][A-Z'’.\-]*)*)"  # NAIROBI, NEW YORK
    r"(?:,[ \t]+[A-Z][A-Za-z.'’\-]*(?:[ \t][A-Z][A-Za-z.'’\-]*)*)??"  # , Ukraine
    rf"(?:,?[ \t]+(?P<when>(?P<month>{_MONTH})\.?[ \t]+(?P<day>\d{{1,2}})))?"
    r"(?:[ \t]+\((?P<credit>[^()\n]{1,40})\))?"
    r"[ \t]*(?:[–—]|--?)[ \t]",
    re.MULTILINE,
)
_FULL_DATES = (
    re.compile(rf"\b(?P<month>{_MONTH})\.?[ \t]+(?P<day>\d{{1,2}}),?[ \t]+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})[ \t]+(?P<month>{_MONTH})\.?,?[ \t]+(?P<year>(?:19|20)\d\d)\b"),
)


@dataclass(frozen=True)
class Outlet:
    """A news outlet: its canonical name, other names, ISO-3 country and PLOVER sector."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str = "MED"

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Dateline:
    """A story's dateline: where its month/day (``when``) and its credit are in the text."""

    span: Span
    month: int | None = None
    day: int | None = None
    when: Span | None = None
    credit: Span | None = None


@lru_cache(maxsize=4)
def load_outlets(path: Path | None = None) -> tuple[Outlet, ...]:
    """The outlets of ``kg/data/outlets.yaml`` (or of ``path``, same layout)."""
    data = load_yaml((path or data_file("outlets.yaml")).read_text(encoding="utf-8"))
    sector = data.get("sector", "MED")
    return tuple(
        Outlet(entry["name"], tuple(entry.get("aliases") or ()), entry["country"], sector) for entry in data["outlets"]
    )


def outlet_named(name: str) -> Outlet | None:
    """The outlet whose name or alias is ``name`` (exact first, then ignoring case), or None."""
    exact, folded = _outlet_index()
    return exact.get(name.strip()) or folded.get(name.strip().casefold())


@lru_cache(maxsize=1)
def _outlet_index() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    exact: dict[str, Outlet] = {}
    folded: dict[str, Outlet] = {}
    for outlet in load_outlets():
        for name in outlet.names:
            exact.setdefault(name, outlet)
            folded.setdefault(name.casefold(), outlet)
    return exact, folded


@lru_cache(maxsize=1)
def _outlet_alternation() -> str:
    """A regex group ``outlet`` matching any outlet name as a whole word, longest first."""
    names = sorted({n for outlet in load_outlets() for n in outlet.names}, key=len, reverse=True)
    return r"(?P<outlet>" + "|".join(re.escape(n) for n in names) + r")(?![\w.]*\w)"


@lru_cache(maxsize=1)
def _headline_byline() -> re.Pattern[str]:
    """A byline at the end of the first line: "Order restored in the capital By Reuters"."""
    return re.compile(rf"\A[^\n]*\S[ \t]+By[ \t]+{_outlet_alternation()}[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _credit_levels() -> tuple[tuple[re.Pattern[str], ...], ...]:
    """The credit patterns of levels 2 and 3 (the dateline is level 1), each with a group ``outlet``."""
    outlet = _outlet_alternation()
    credit_lines = (
        re.compile(rf"^[ \t]*Source:[ \t]*{outlet}", re.MULTILINE),
        re.compile(rf"^[ \t]*By[ \t]+{outlet}[ \t]*$", re.MULTILINE),
        _headline_byline(),
    )
    interviews = (re.compile(rf"\b(?:told|in an interview with)[ \t]+(?:the[ \t]+)?{outlet}"),)
    return credit_lines, interviews


def find_dateline(text: str) -> Dateline | None:
    """The first dateline in ``text`` that has a month/day or a credit in parentheses."""
    for match in DATELINE.finditer(text):
        if not (match.group("when") or match.group("credit")):
            continue
        when = _group_span(match, "when", text)
        month = MONTHS[match.group("month").lower()] if when else None
        day = int(match.group("day")) if when else None
        if when and not _valid_month_day(month, day):
            when = month = day = None
        credit = _group_span(match, "credit", text)
        end = max(match.end("place"), match.end("when"), match.end("credit") + 1 if credit else -1)
        whole = Span(match.start("place"), end, text[match.start("place") : end])  # without the dash
        return Dateline(whole, month, day, when, credit)
    return None


def infer_metadata(article: Article) -> Article:
    """A copy of ``article`` with date, publisher and title filled from its text where they were missing."""
    changes: dict[str, object] = {}
    dateline = find_dateline(article.text)
    if article.publisher:
        known = outlet_named(article.publisher)
        if known and known.name != article.publisher:
            changes["publisher"] = known.name
    else:
        found = _publisher_credit(article.text, dateline)
        if found:
            changes["publisher"], changes["publisher_span"] = found
    if article.date is None and dateline and dateline.when:
        year = _year_stated(article.text, dateline.month, dateline.day)
        if year:
            changes["date"] = date(year, dateline.month, dateline.day)
            changes["date_span"] = dateline.when
    if article.title is None:
        title = headline(article.text)
        if title:
            changes["title"] = title
    return dataclasses.replace(article, **changes) if changes else article


def complete_dates(articles: list[Article]) -> list[Article]:
    """Give a year to articles whose dateline has only month and day, from the rest of the batch.

    An article dated only by its dateline ("NAIROBI, Jan 7 (Reuters)") gets the
    year of the other articles of the batch whose full date has the same month
    and day, when they all agree on it: a batch is usually one news cycle, and
    another article published on the same day of the year is the evidence
    that this one was. With no such article, or two that disagree, the date
    stays unknown. The date span is the dateline's month and day.
    """
    years: dict[tuple[int, int], set[int]] = {}
    for article in articles:
        if article.date is not None:
            years.setdefault((article.date.month, article.date.day), set()).add(article.date.year)
    completed = []
    for article in articles:
        dateline = find_dateline(article.text) if article.date is None else None
        if dateline and dateline.when:
            agreed = years.get((dateline.month, dateline.day), set())
            if len(agreed) == 1:
                day = date(next(iter(agreed)), dateline.month, dateline.day)
                article = dataclasses.replace(article, date=day, date_span=dateline.when)
        completed.append(article)
    return completed


def headline(text: str) -> str | None:
    """The first line of ``text`` when it reads as a headline: a short line of its own, not a sentence.

    It must be followed by a blank line, have at most 25 words, start with a
    capital letter, digit or quotation mark and not end with a full stop; a
    trailing byline of a known outlet ("… By Reuters") is not part of it.
    """
    if DATE_HEADER.match(text):
        return None
    first, newline, rest = text.lstrip(" \t").partition("\n")
    first = first.strip()
    if not newline or not re.match(r"[ \t]*\n", rest) or DATELINE.match(first):
        return None
    byline = _headline_byline().search(first)
    if byline:
        first = re.sub(r"[ \t]+By$", "", first[: byline.start("outlet")].rstrip())
    words = first.split()
    if not 1 <= len(words) <= 25 or first.endswith((".", ":", ";", ",")) or not re.match(r"[A-Z0-9\"'“‘]", first):
        return None
    return first


def _publisher_credit(text: str, dateline: Dateline | None) -> tuple[str, Span] | None:
    if dateline and dateline.credit:
        outlet = outlet_named(dateline.credit.text)
        if outlet:
            return outlet.name, dateline.credit
    for level in _credit_levels():
        found = [(outlet_named(m.group("outlet")), m) for pattern in level for m in pattern.finditer(text)]
        if found and len({outlet.name for outlet, _ in found}) == 1:
            outlet, match = min(found, key=lambda item: item[1].start("outlet"))
            return outlet.name, _group_span(match, "outlet", text)
    return None


def _year_stated(text: str, month: int, day: int) -> int | None:
    """The year the article's own full dates give the dateline's month/day, if they agree."""
    years = set()
    for pattern in _FULL_DATES:
        for match in pattern.finditer(text):
            stated_month, stated_day = MONTHS[match.group("month").lower()], int(match.group("day"))
            if not _valid_month_day(stated_month, stated_day):
                continue
            stated = date(int(match.group("year")), stated_month, stated_day)
            for year in (stated.year, stated.year + 1):
                if not _valid_month_day(month, day, year):
                    continue
                dateline_day = date(year, month, day)
                if timedelta(0) <= dateline_day - stated <= timedelta(days=YEAR_EVIDENCE_DAYS):
                    years.add(year)
    return years.pop() if len(years) == 1 else None


def _valid_month_day(month: int | None, day: int | None, year: int = 2000) -> bool:
    try:
        date(year, month, day)  # 2000 is a leap year: 29 February is a valid month/day
    except (TypeError, ValueError):
        return False
    return True


def _group_span(match: re.Match[str], group: str, text: str) -> Span | None:
    start, end = match.span(group)
    if start < 0:
        return None
    return Span(start, end, text[start:end])
