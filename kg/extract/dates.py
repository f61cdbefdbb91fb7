"""Find time expressions in a parsed article and normalise them to calendar dates.

Relative expressions are resolved against the article's date (``article.date``):

- a weekday name is the most recent such day on or before the article date
  ("Friday" in an article of Friday 2022-01-07 is 2022-01-07, "Wednesday" is
  2022-01-05), or the nearest one on or after it when the clause is in the
  future tense ("will speak on Monday") or the expression says "next"; the
  weekday after the article's ("Saturday" in that article) has no value unless
  "last" or "next" says which: it may be six days back or, for an article dated
  the day before its own, the next day;
- "today", "yesterday", "tomorrow", "last night", "N days/weeks/months/years
  ago", "this/last/next week|month|year", fixed-date holidays ("New Year's
  Day": 1 January of the anchor's year, or of the year before when that would
  lie after the anchor), and those on the nth weekday of a month as the United States keeps
  them ("Thanksgiving": the fourth Thursday of November; "Memorial Day", "Labor Day");
- "the day before" / "the previous day" / "the next day" count from the date
  mentioned last before them in the same paragraph, else from the article date;
- explicit dates ("Jan 6, 2022", "5 January 2022", "2022-01-05", "10/16/16" when
  only one order of month and day makes a date) need no
  anchor; a day and month without a year ("on Jan. 6") take the year that puts
  them closest to the anchor.

Granularity is one of ``day``, ``week``, ``month``, ``year``. The value of a
coarser expression is its first day (the Monday of a week, the 1st of a month,
1 January of a year), so that it stays a ``date``; the contract's ``kg:date``
is an ``xsd:date``, so only ``day`` values may date an event: use
:func:`day_value`. A relative expression in an article without a date keeps
its TimeMention with value None; an explicit full date still normalises.

dateparser (installed with trafilatura) is not used: its relative dates count
from "now" unless configured per call, and it does not know the tense of the
clause or the preceding date; the grammar here is small and deterministic.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from datetime import date, timedelta

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc, Span as SpacySpan, Token
from text_to_num import text2num

from kg.ingest.metadata import find_dateline
from kg.knowledge.months import MONTHS as _MONTHS
from kg.model import Article, TimeMention
from kg.nlp.parse import char_span, positions, positions_of, span_of

UNKNOWN = "unknown"

_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>" + "|".join(_WEEKDAYS) + r")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Calendar facts, not a lexicon: holidays that fall on the same day every year.
_HOLIDAYS = {
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "christmas eve": (12, 24),
    "christmas day": (12, 25),
    "christmas": (12, 25),
}

# Holidays that fall on the nth weekday of a month (n = -1: the last), as the United States
# keeps them: (month, weekday with Monday 0, n). Canada's Thanksgiving is in October; these
# names in a Canadian article would be misread.
_MOVABLE_HOLIDAYS = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
}

_LEADING = re.compile(r"^(?:(?:on|in|at|since|by|from|until|till|of|during|before|after|the|early|late|mid|"
                      r"earlier|later|just|only|around|about)\s+|mid-)+")
_DAY_OFFSETS = {"today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
                "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2,
                "the day after tomorrow": 2}
_ANAPHORIC = {"the day before": -1, "the previous day": -1, "a day earlier": -1, "the day earlier": -1,
              "a day before": -1, "the day after": 1, "the next day": 1, "the following day": 1,
              "a day later": 1}
_UNIT_GRANULARITY = {"day": "day", "week": "week", "month": "month", "year": "year"}
_DEICTIC = re.compile(r"^(?P<which>this|last|next|past|coming)\s+(?P<unit>week|month|year)$")
_AGO = re.compile(r"^(?P<count>[\w-]+(?:\s[\w-]+)?)\s+(?P<unit>day|week|month|year)s?\s+ago$")

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Words that make a time the boundary of a stretch rather than a day something happened on.
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night", "midnight", "noon", "hours", "dawn", "dusk"}
_DAY_WORDS = {"yesterday", "today", "tonight"}
_WITHIN_A_DAY = {"after", "before"}  # "shortly after 2 a.m. Sunday": still Sunday
_CLOCK_WORDS = {"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "midnight", "noon", "o'clock"}
_BOUNDARY = {"since", "from", "until", "till", "through", "thru", "between", "after", "before", "by"}
# A preposition that makes a time the one something is meant for, not the day it happened:
# "a shotgun he got for Christmas", "a hearing scheduled for Monday".
_TARGET = {"for"}
_NUMERIC_DATE = re.compile(r"^(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d\d|\d{4})$")
_YEAR_RANGE = re.compile(r"^(1[5-9]\d\d|20\d\d)[-–](\d\d|1[5-9]\d\d|20\d\d)$")


def normalise(expression: str, anchor: date | None, *, future: bool = False,
              past: bool = False) -> tuple[date | None, str]:
    """The date an expression denotes and its granularity (day, week, month, year).

    ``anchor`` is the article date, or for anaphoric expressions ("the day
    before") the date they count from. ``future`` says the clause is in the
    future tense, which turns a bare weekday or month forward. ``past`` says
    it is in the past tense: a day and month without a year ("was killed on
    July 24") then never lie after the anchor (but for a day's slack: an
    article's date may be its time zone's day before). Unrecognised
    expressions give ``(None, "unknown")``; recognised relative ones without
    an anchor give ``(None, granularity)``.
    """
    text = _clean(expression)
    found = _explicit(text, anchor, future)
    if found is not None:
        value, granularity = found
        if past and not future and value is not None and anchor is not None and \
                value > anchor + timedelta(days=1) and not re.search(r"\d{4}", text):
            value = _safe_date(value.year - 1, value.month, value.day)
        return value, granularity
    found = _relative(text, anchor, future)
    if found is not None:
        return found
    return None, UNKNOWN


def day_value(time: TimeMention | None) -> date | None:
    """The date an event may carry: the value of a day-granular time, else None."""
    if time is None or time.granularity != "day":
        return None
    return time.value


def extract_times(doc: Doc, article: Article) -> list[TimeMention]:
    """Every date-like expression of the Doc that normalises, in text order.

    Candidates are spaCy's DATE, TIME and EVENT entities (holidays are
    EVENTs) and any weekday name they missed; those that do not normalise
    (durations, "recent days") are left out, and so is a date in the story's dateline
    ("RIVERTON (July 3, 2015) –"), the day it was filed. Anaphoric expressions ("the previous day") count from the last
    day-granular date found before them in the same paragraph.
    """
    times: list[TimeMention] = []
    previous: TimeMention | None = None
    dateline = find_dateline(article.text)
    for candidate in _candidates(doc):
        text = candidate.text
        if dateline is not None and dateline.span.start <= candidate.start_char < dateline.span.end:
            continue  # "RIVERTON (July 3, 2015) –": the day the story was filed
        if candidate.end < len(doc) and doc[candidate.end].lower_ == "block" and candidate.text.isdigit():
            continue  # "in the 1700 block of Quarry Lane": a street address, not the year 1700
        years = _YEAR_RANGE.match(text)
        if years:  # "1957-58", "2009-2010": one mention per year
            first, second = years[1], years[2]
            second = first[: 4 - len(second)] + second  # "58" after "1957" is 1958
            for group, year in ((1, first), (2, second)):
                where = char_span(candidate.start_char + years.start(group), candidate.start_char + years.end(group),
                                  article.text)
                times.append(TimeMention(where, date(int(year), 1, 1), "year"))
            continue
        if previous is not None and "\n" in article.text[previous.span.end:candidate.start_char]:
            previous = None  # a new paragraph: the earlier date no longer counts
        anchor = article.date
        if _clean(text) in _ANAPHORIC and previous is not None and previous.granularity == "day":
            anchor = previous.value
        value, granularity = normalise(text, anchor, future=_in_future_clause(candidate),
                                       past=_in_past_clause(candidate))
        if granularity == UNKNOWN:
            candidate = _day_after_clock(candidate)  # "around 10 p.m. Saturday": the day in it
            if candidate is None:
                continue
            value, granularity = normalise(candidate.text, anchor, future=_in_future_clause(candidate),
                                           past=_in_past_clause(candidate))
            if granularity == UNKNOWN:
                continue
        mention = TimeMention(span_of(candidate, article.text), value, granularity)
        times.append(mention)
        if granularity == "day":
            previous = mention
    return times


def date_for(item: Token | SpacySpan, times: list[TimeMention],
             unshared: frozenset[str] = frozenset()) -> TimeMention | None:
    """The time expression that modifies a verb or noun in the dependency tree.

    "stormed … on Wednesday": the time's head (through a preposition such as
    "on") is the word itself. A verb coordinated with another ("stormed … on
    Wednesday and fought …") shares its date when it has none of its own, also across an aside
    the parser hangs it on ("was playing … on Friday, court papers say, and shot himself"). The
    date of a governing reporting verb ("said on Friday that …") is not taken:
    it dates the report, not the event; nor is the date of a verb whose lemma is in
    ``unshared`` given to a verb coordinated with it ("papers said Monday, and he shot himself":
    the reporting verbs, whose time is the report's).
    """
    target = item.root if isinstance(item, SpacySpan) else item
    own = _modifying(target, times)
    if own is None and target.dep_ == "conj":
        head = target.head
        if head.dep_ == "parataxis" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in target.children):
            head = head.head  # "was playing … on May 2, papers say, and shot himself": not the aside's verb
        if head.lemma_.lower() not in unshared:
            own = _modifying(head, times)
    return own


def bounds_a_period(span: SpacySpan) -> bool:
    """The time is the start or end of a stretch, not the day of what its clause tells:
    "gunfire wounded 26 people from Friday through Sunday", "since Friday evening", "until
    Monday", "between Tuesday afternoon and early Wednesday", "before Christmas", "as of
    Monday". A day with
    a clock time "after" or "before" it is still that day: "shortly after 2 a.m. Sunday",
    "just before midnight Saturday"."""
    first = _clean(span.text).split(" ", 1)[0]
    phrase = time_phrase(span)  # "since [Friday] evening": the phrase the time is part of
    head = phrase.head
    if (first in _WITHIN_A_DAY or head.lower_ in _WITHIN_A_DAY) and _clock_time(phrase) and day_of(span):
        return False
    if head.lower_ == "of" and head.head.lower_ == "as" or _clean(span.text).startswith("as of "):
        return True  # "as of Monday, there had been 299 killings": up to that day
    if head.pos_ == "ADP" and head.lower_ in _TARGET and head.i < phrase.i:
        return True  # "got for Christmas", "scheduled for Monday": the day it is meant for
    return first in _BOUNDARY or head.pos_ in ("ADP", "SCONJ") and head.lower_ in _BOUNDARY or (
        phrase.dep_ == "conj" and any(a.lower_ == "between" for a in phrase.ancestors))


def before_its_mark(phrase: Token, verb: Token) -> bool:
    """The time stands before the mark that opens the clause the parser hangs it on: "pronounced
    dead at 5 p.m. Saturday, less than 24 hours after police were called" (Saturday on "called").
    A clause starts with its mark, so the time is not that clause's."""
    return any(c.dep_ == "mark" and phrase.i < c.i < verb.i for c in verb.children)


def time_phrase(span: SpacySpan) -> Token:
    """The top word of the phrase a time expression is part of: "[Friday] night", "[Monday]
    night's shooting" (night), "2:30 a.m. [Thursday]" (a.m.). spaCy often tags the weekday and
    the part of the day or the clock time as two entities, the weekday hanging on the other;
    what the phrase modifies is what the day modifies."""
    phrase = span.root
    while phrase.dep_ in ("compound", "nmod", "poss", "npadvmod") and phrase.head != phrase and (
            phrase.head.ent_type_ in ("DATE", "TIME") or phrase.head.lower_ in _PARTS_OF_DAY) and (
            phrase.dep_ != "npadvmod" or _clock_time(phrase.head)):
        phrase = phrase.head
    return phrase


def day_of(span: SpacySpan) -> bool:
    """The expression names a day (a weekday, a date, "yesterday"), not only a clock time."""
    return any(token.lower_ in _WEEKDAYS or token.lower_ in ("yesterday", "today", "tonight") or
               token.lower_.rstrip(".") in _MONTHS for token in span)


def _clock_time(token: Token) -> bool:
    """A clock time or a named hour: "2:30 a.m.", "10 p.m.", "midnight", "noon"."""
    return any(word.lower_ in _CLOCK_WORDS or re.fullmatch(r"\d{1,2}:\d\d", word.text)
               for word in (token, *token.children))


# --- internals ----------------------------------------------------------------


def _clean(expression: str) -> str:
    text = " ".join(expression.lower().replace("’", "'").split())
    text = text.strip(" ,.;:()")
    return text


def _strip_leading(text: str) -> str:
    stripped = _LEADING.sub("", text)
    return stripped or text


def _explicit(text: str, anchor: date | None, future: bool) -> tuple[date | None, str] | None:
    text = _strip_leading(text)
    patterns = (
        rf"^{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})$",
        rf"^(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY},?\s+{_YEAR}$",
        rf"^(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}$",
    )
    for pattern in patterns:
        match = re.match(pattern, text)
        if match:
            return _safe_date(int(match["year"]), _month_number(match["month"]), int(match["day"])), "day"
    for pattern in (rf"^(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}$", rf"^(?:{_WEEKDAY},?\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}$"):
        match = re.match(pattern, text)
        if match:
            month, day = _month_number(match["month"]), int(match["day"])
            return (_closest_year(month, day, anchor) if anchor else None), "day"
    match = _NUMERIC_DATE.match(text)
    if match:  # "10/16/16": the day when only one order of month and day makes a date
        return _numeric_date(match)
    match = re.match(rf"^{_MONTH},?\s+{_YEAR}$", text)
    if match:
        return date(int(match["year"]), _month_number(match["month"]), 1), "month"
    match = re.match(r"^(?:the\s+)?(?:year\s+)?(?P<year>1[5-9]\d\d|20\d\d)$", text)
    if match:
        return date(int(match["year"]), 1, 1), "year"
    return None


def _relative(text: str, anchor: date | None, future: bool) -> tuple[date | None, str] | None:
    found = _relative_without_anchor_check(text, anchor or date.min, future)
    if found is None:
        return None
    value, granularity = found
    return (value if anchor else None), granularity


def _relative_without_anchor_check(text: str, anchor: date, future: bool) -> tuple[date | None, str] | None:
    text = re.sub(r"^(?:earlier|later|just|only)\s+", "", text)
    for table in (_DAY_OFFSETS, _ANAPHORIC):
        if text in table:
            return _shift(anchor, table[text]), "day"
    bare = _strip_leading(text)
    if bare in _HOLIDAYS:
        month, day = _HOLIDAYS[bare]
        value = _safe_date(anchor.year, month, day)
        if value and value > anchor and not future:
            value = _safe_date(anchor.year - 1, month, day)
        return value, "day"
    if bare in _MOVABLE_HOLIDAYS:
        value = _nth_weekday(anchor.year, *_MOVABLE_HOLIDAYS[bare])
        if value and value > anchor and not future:
            value = _nth_weekday(anchor.year - 1, *_MOVABLE_HOLIDAYS[bare])
        return value, "day"
    match = re.match(rf"^(?:(?P<which>last|next|this|past|coming)\s+)?{_WEEKDAY}{_PART_OF_DAY}$", bare)
    if match:
        return _weekday(anchor, _WEEKDAYS[match["weekday"]], match["which"], future), "day"
    match = re.match(rf"^(?:(?P<which>last|next|this|past|coming)\s+)?{_MONTH}$", bare)
    if match:
        return _month(anchor, _month_number(match["month"]), match["which"], future), "month"
    match = _DEICTIC.match(text) or _DEICTIC.match(bare)
    if match:
        step = {"this": 0, "last": -1, "past": -1, "next": 1, "coming": 1}[match["which"]]
        return _unit_start(anchor, match["unit"], step), match["unit"]
    match = _AGO.match(bare)
    if match:
        count = _count(match["count"])
        if count is not None:
            return _unit_start(anchor, match["unit"], -count), _UNIT_GRANULARITY[match["unit"]]
    return None


def _numeric_date(match: re.Match) -> tuple[date, str] | None:
    """A date written in digits, "10/16/16" or "16/10/2016". Month/day (American) and day/month
    (British) orders both occur in English news, so only a date whose order is plain from the
    numbers is read (one of them above 12, or both the same); "3/4/16" is left out rather than
    guessed. A two-digit year is 19yy from 70 on, else 20yy (the POSIX convention)."""
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    if len(match["year"]) == 2:
        year += 1900 if year >= 70 else 2000
    readings = {d for d in (_safe_date(year, first, second), _safe_date(year, second, first)) if d}
    return (readings.pop(), "day") if len(readings) == 1 else None


def _month_number(name: str) -> int:
    if name.isdigit():
        return int(name)
    return _MONTHS[name.rstrip(".")]


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift(anchor: date, days: int) -> date | None:
    try:
        return anchor + timedelta(days=days)
    except OverflowError:
        return None


def _closest_year(month: int, day: int, anchor: date) -> date | None:
    options = [d for d in (_safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(options, key=lambda d: abs((d - anchor).days)) if options else None


def _weekday(anchor: date, weekday: int, which: str | None, future: bool) -> date | None:
    if anchor == date.min:
        return None
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if which == "last":
        return anchor - timedelta(days=back or 7)
    if which in ("next", "coming"):
        return anchor + timedelta(days=forward or 7)
    if future:
        return anchor + timedelta(days=forward)
    if back == 6:
        # The weekday after the article's: an article's date may be the day before its own
        # (a time zone, a story filed late at night and updated), and then "early Sunday" in
        # an article dated Saturday is the next day, not six days back; a week-old day is
        # mostly said "last Sunday" or with its date. Two readings: none is taken.
        return None
    return anchor - timedelta(days=back)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth given weekday of a month (nth = -1: the last one): the fourth Thursday of November."""
    if not 1 <= year <= 9999:
        return None
    days = [week[weekday] for week in calendar.monthcalendar(year, month) if week[weekday]]
    return date(year, month, days[nth - 1 if nth > 0 else nth])


def _month(anchor: date, month: int, which: str | None, future: bool) -> date | None:
    if anchor == date.min:
        return None
    year = anchor.year
    if which == "last" or (which is None and not future):
        if month > anchor.month or (which == "last" and month == anchor.month):
            year -= 1
    elif which in ("next", "coming") or future:
        if month < anchor.month or (which in ("next", "coming") and month == anchor.month):
            year += 1
    return date(year, month, 1)


def _unit_start(anchor: date, unit: str, step: int) -> date | None:
    if anchor == date.min:
        return None
    try:
        if unit == "day":
            return anchor + timedelta(days=step)
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday())
            return monday + timedelta(weeks=step)
        if unit == "month":
            months = anchor.year * 12 + anchor.month - 1 + step
            return date(months // 12, months % 12 + 1, 1)
        return date(anchor.year + step, 1, 1)
    except (ValueError, OverflowError):
        return None


def _count(words: str) -> int | None:
    words = words.replace("-", " ")
    if words in ("a", "an", "one"):
        return 1
    if words.isdigit():
        return int(words)
    try:
        return text2num(words, "en")
    except ValueError:
        return None


def _candidates(doc: Doc) -> list[SpacySpan]:
    spans = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME", "EVENT")]  # EVENT: "New Year's Day"
    covered = {token.i for span in spans for token in span}
    for i in positions_of(doc, LOWER, _WEEKDAYS.keys()):
        if i not in covered:
            spans.append(doc[i:i + 1])
    spans += [doc[i:i + 1] for i in positions(doc, ORTH, _numeric_date_word) if i not in covered]
    return sorted(spans, key=lambda span: span.start)


def _numeric_date_word(word: str) -> bool:
    return "/" in word and _NUMERIC_DATE.match(word) is not None


def _day_after_clock(span: SpacySpan) -> SpacySpan | None:
    """The day named after a clock time in one expression: "shortly after 10 p.m. Saturday",
    "around six Sunday morning", "about 2 a.m. on Sunday, July 17" (spaCy tags the whole as one
    TIME, which names no day as a whole): from the first weekday, month or "yesterday" after its
    first word on, with an "early", "late" or "last" before it; None when there is none."""
    start = next((token.i for token in span[1:] if token.lower_ in _WEEKDAYS or token.lower_ in _DAY_WORDS
                  or token.lower_.rstrip(".") in _MONTHS), None)
    if start is None:
        return None
    if start - 1 > span.start and span.doc[start - 1].lower_ in ("early", "late", "last", "this"):
        start -= 1
    return span.doc[start:span.end]


def _in_future_clause(span: SpacySpan) -> bool:
    if any(token.lower_ in ("next", "coming", "tomorrow") for token in span):
        return True
    verb = _clause_verb(span)
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.lower_ in _FUTURE_AUX for child in aux):  # "will speak on Monday"
        return True
    # Infinitives, which in news mostly look ahead ("is due to be published in May", "to run
    # through June"), but not a perfect one ("was believed to have been involved … on
    # Thursday") nor one under a verb in the past tense ("found the death Monday to be accidental").
    if any(child.tag_ == "TO" for child in aux):
        perfect = any(child.lemma_ == "have" for child in aux)
        governor = verb.head
        said_before = governor.tag_ == "VBD" or any(  # a simple past, not "has identified … to run through June"
            child.dep_ in ("aux", "auxpass") and child.tag_ == "VBD" for child in governor.children)
        return not perfect and not said_before
    return False


def _in_past_clause(span: SpacySpan) -> bool:
    """The time's clause is in the past tense: "was shot on July 24", "had died", "killed"; a
    gerund or participle takes the tense of the verb it depends on ("was charged … for
    killing him on July 24")."""
    verb = _clause_verb(span)
    for _ in range(3):
        finite = verb.tag_ not in ("VBG", "VBN", "VB") or any(
            child.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for child in verb.children)
        if finite or verb.head == verb:
            break
        verb = verb.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
    return _past_tense(verb)


def _clause_verb(span: SpacySpan) -> Token:
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb


def _past_tense(verb: Token) -> bool:
    aux = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    if any(child.lower_ in _FUTURE_AUX or child.tag_ == "MD" for child in aux):
        return False
    return verb.tag_ == "VBD" or any(child.tag_ == "VBD" or child.lemma_ == "have" for child in aux)


def _modifying(target: Token, times: list[TimeMention]) -> TimeMention | None:
    """The first of ``times`` whose head (through a preposition) is ``target``."""
    for time, root in _times_by_head(target.doc, times).get(target.i, ()):
        if root != target.i:
            return time
    return None


def _times_by_head(doc: Doc, times: list[TimeMention]) -> dict[int, list[tuple[TimeMention, int]]]:
    """Head token index → [(time, its root token index)], in the order of ``times``; worked out
    once per Doc and list of times (kept in the Doc's user data), not once per word asked about,
    which made a long article quadratic."""
    cached = doc.user_data.get("kg_times_by_head")
    if cached is not None and cached[0] is times and cached[1] == len(times):
        return cached[2]
    by_head: dict[int, list[tuple[TimeMention, int]]] = {}
    phrases: list[tuple[TimeMention, Token]] = []
    for time in times:
        span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is not None and not bounds_a_period(span):
            phrases.append((time, time_phrase(span)))
    days_at: dict[int, set] = {}
    for time, phrase in phrases:
        days_at.setdefault(phrase.i, set()).add(time.value if time.granularity == "day" else None)
    for time, phrase in phrases:
        # "on Wednesday night and Thursday afternoon", "clashed on Monday and Tuesday": what
        # happened on two days has no one day; neither time dates it
        partners = [c for c in phrase.children if c.dep_ == "conj"] + ([phrase.head] if phrase.dep_ == "conj" else [])
        if any(days_at.get(p.i, {time.value}) - {time.value} for p in partners):
            continue
        head = phrase.head
        if head.dep_ in ("prep", "agent") and head.pos_ == "ADP":
            head = head.head
        if before_its_mark(phrase, head):
            continue
        by_head.setdefault(head.i, []).append((time, phrase.i))
    doc.user_data["kg_times_by_head"] = (times, len(times), by_head)
    return by_head


def times_starting_in(doc: Doc, times: list[TimeMention], begin: int, end: int) -> list[TimeMention]:
    """The times whose span starts in ``[begin, end)`` (a sentence), in the order of ``times``:
    found by bisection on their starts, sorted once per Doc and list of times (kept in the Doc's
    user data), not by a scan of every time of the article per event (quadratic on a long one)."""
    cached = doc.user_data.get("kg_times_by_start")
    if cached is not None and cached[0] is times and cached[1] == len(times):
        order, starts = cached[2], cached[3]
    else:
        order = sorted(range(len(times)), key=lambda i: times[i].span.start)
        starts = [times[i].span.start for i in order]
        doc.user_data["kg_times_by_start"] = (times, len(times), order, starts)
    return [times[i] for i in sorted(order[bisect_left(starts, begin) : bisect_left(starts, end)])]
