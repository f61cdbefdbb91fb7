"""Stories: which articles of a build report the same story.

A folder of news may hold several stories of one kind (two shootings, two
robberies in Harlow a year apart). Named actors are the same across stories
("Harlow", "Kestrel Jewellers"), but unnamed groups are not: the police of one
shooting are not the police of another, the robbers of one year not those
of the next. The resolver keeps groups apart by story.

Articles are grouped in one pass, in the order of their ids (so the result is
the same for the same input): each article joins the story whose articles it
is most similar to, if that similarity reaches ``THRESHOLD``, else starts a
story (an article that names nobody joins the largest story so far). An
article is a TF-IDF vector of the names it mentions (people,
organisations and places: not countries and groups, which every story of a
folder may share), compared by cosine with the story's summed vector.

A story keeps to a window of dates: a dated article joins only a story whose
dated articles are all at most ``WINDOW_DAYS`` days from its own date (so a
story spans at most that many days, however its articles come), and an article
that names nobody joins the largest story it may join by date. One city's
shootings share its names (the city, its police, its hospital): without the
window, every shooting report of the city over years was one story, its
groups one group, and the story grew with the build. An article whose date is
unknown is held to no window. The window was chosen on GVA's dev incidents
(gold stories of one shooting each): their articles are mostly written within
days (median 2 days between an incident's first and last article, 9 at the
third quartile), a tenth over months (a trial's reports). Over the 2,938
articles of the dev incidents built together, the share of same-story pairs of
articles that are of one incident goes from 7 % without the window to 50 %
with 30 days, while the share of one incident's pairs kept in one story goes
from 73 % to 60 % (longer windows keep a few more of an incident's pairs and
let in more of other incidents: 60 days kept 63 % and 90 days 64 % in a trial
run, with precision falling).

Only stories sharing a name with the article and of its period or the two
beside it (periods of ``WINDOW_DAYS`` days) are compared, so the pass is about
linear in the number of articles.

A group of the largest story with that group keeps its plain IRI
("group/security-forces"); the same group of another story is named after
the name that story mentions most ("group/security-forces-zurana-horton",
``story_names``), so that IRIs do not depend on the order of the articles.

The threshold was chosen on the ECB+ dev topics (each a mix of two stories of
one kind; ``bench/eval_ecbplus.py``).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Hashable, Mapping
from datetime import date

# Cosine between an article and a story at or above which the article joins the story.
THRESHOLD = 0.1
# A dated article joins only a story whose dated articles are at most this many days from it.
WINDOW_DAYS = 30


def stories(names: Mapping[str, Counter], dates: Mapping[str, date | None] | None = None) -> dict[str, int]:
    """Article id → story number (0, 1, …, by first article), from each article's name counts
    (any hashable name → number of mentions) and, when given, each article's date (None:
    unknown). A dated article joins only a story whose dated articles are all at most
    ``WINDOW_DAYS`` days from it; an unknown date constrains nothing."""
    dates = dates or {}
    documents = len(names)
    frequency: Counter = Counter(name for counts in names.values() for name in counts)
    # Smoothed inverse document frequency, so that two articles sharing every name still match.
    idf = {name: math.log((1 + documents) / (1 + df)) + 1.0 for name, df in frequency.items()}
    story_of: dict[str, int] = {}
    sums: list[dict[Hashable, float]] = []
    squares: list[float] = []
    norms: list[float] = []
    sizes: list[int] = []
    spans: list[tuple[date, date] | None] = []  # a story's first and last date (None: no dated article)
    periods: list[set[int | None]] = []  # a story's periods: those of its dates, or None while it has none
    # (name, period) → the stories that mention the name and have a date in the period (None: no date):
    # a dated article looks only at its period and the two beside it, since a story it may join has
    # every date within WINDOW_DAYS of its own; an undated one at every story (``holding``).
    holding_in: dict[tuple, set[int]] = defaultdict(set)
    holding: dict[Hashable, set[int]] = defaultdict(set)  # name → stories that mention it
    in_period: dict[int | None, set[int]] = defaultdict(set)  # period → its stories (for an article naming nobody)
    largest = None  # the largest story so far (most articles, then the first)
    for article in sorted(names):
        day = dates.get(article)
        period = day.toordinal() // WINDOW_DAYS if day else None
        near = (period - 1, period, period + 1, None) if day else None
        vector = _unit({name: (1.0 + math.log(count)) * idf[name] for name, count in names[article].items()})
        # Dot products with the stories sharing a name, accumulated name by name (in the
        # vector's order, so the sums are the same floats a story-by-story loop gives): the
        # work is the postings of the article's names, not every candidate story's vector.
        dots: dict[int, float] = {}
        for name, weight in vector.items():
            found = holding[name] if near is None else set().union(*(holding_in.get((name, p), ()) for p in near))
            for story in found:
                dots[story] = dots.get(story, 0.0) + weight * sums[story][name]
        best, chosen = 0.0, None
        for story in sorted(dots):
            similarity = dots[story] / norms[story]
            if similarity > best and _within(day, spans[story]):
                best, chosen = similarity, story
        if not vector and sums:  # no name: the largest story it may join by date
            chosen = largest if near is None else max(
                (s for p in near for s in in_period.get(p, ()) if _within(day, spans[s])),
                key=lambda s: (sizes[s], -s), default=None)
        if chosen is None or (vector and best < THRESHOLD):
            chosen = len(sums)
            sizes.append(0)
            sums.append({})
            squares.append(0.0)
            norms.append(0.0)
            spans.append(None)
            periods.append({None})
            in_period[None].add(chosen)
        total = sums[chosen]
        if day and spans[chosen] is None:  # its first date: out of the undated postings
            for name in total:
                holding_in[(name, None)].discard(chosen)
            in_period[None].discard(chosen)
            periods[chosen] = set()
        if day:
            first, last = spans[chosen] or (day, day)
            spans[chosen] = (min(first, day), max(last, day))
            if period not in periods[chosen]:
                periods[chosen].add(period)
                in_period[period].add(chosen)
                for name in total:
                    holding_in[(name, period)].add(chosen)
        for name, weight in vector.items():
            before = total.get(name, 0.0)
            squares[chosen] += weight * (2 * before + weight)  # the squared norm, kept as it grows
            total[name] = before + weight
            holding[name].add(chosen)
            for p in periods[chosen]:
                holding_in[(name, p)].add(chosen)
        norms[chosen] = math.sqrt(squares[chosen]) or 1.0
        sizes[chosen] += 1
        if largest is None or (sizes[chosen], -chosen) > (sizes[largest], -largest):
            largest = chosen
        story_of[article] = chosen
    return story_of


def _within(day: date | None, span: tuple[date, date] | None) -> bool:
    """Whether an article of this date may join a story of these first and last dates."""
    return not day or not span or (day - span[0]).days <= WINDOW_DAYS and (span[1] - day).days <= WINDOW_DAYS


def _unit(vector: dict[Hashable, float]) -> dict[Hashable, float]:
    norm = math.sqrt(sum(w * w for w in vector.values()))
    return {name: w / norm for name, w in vector.items()} if norm else {}


def story_names(names: Mapping[str, Counter], story_of: Mapping[str, int]) -> dict[int, Hashable]:
    """Story → the name that tells it apart: the one its articles mention most, rarer names in
    the build first on a tie, then the smallest (so the same articles give the same name)."""
    frequency: Counter = Counter(name for counts in names.values() for name in counts)
    totals: dict[int, Counter] = defaultdict(Counter)
    for article, counts in names.items():
        totals[story_of[article]].update(counts)
    return {story: min(counts, key=lambda name: (-counts[name], frequency[name], str(name)))
            for story, counts in totals.items() if counts}


def article_scopes(extractions, actor_of: Mapping[tuple[str, str], str], kinds: Mapping[str, str],
                   story_kinds: tuple[str, ...]) -> dict[str, str | None]:
    """Article id → the name of its story among ``extractions`` (from the resolved actors each
    article names: ``actor_of`` maps (article, mention) to an actor key, ``kinds`` an actor key to
    its kind, and only named mentions of ``story_kinds`` count), or None for the largest story,
    whose nodes keep plain IRIs as the groups of ``kg.resolve.actors`` do. An article that names
    nothing (which ``stories`` puts in the largest story) is its own story here."""
    names: dict[str, Counter] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        names[sid] = Counter(
            actor_of[(sid, m.key)] for m in extraction.entities
            if not (m.nominal or m.pronoun) and kinds.get(actor_of.get((sid, m.key), "")) in story_kinds)
    story_of = stories(names, {x.article.source_id: x.article.date for x in extractions})
    named = story_names(names, story_of)
    size = Counter(story_of.values())
    largest = min(size, key=lambda s: (-size[s], s)) if size else None
    # An article that names nothing is a story of its own here: nothing ties it to the others.
    return {sid: f"article {sid}" if not names[sid] and len(names) > 1 else
            None if story == largest else str(named.get(story, story)) for sid, story in story_of.items()}
