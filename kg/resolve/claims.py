"""Merge claim mentions across articles into claim nodes, and link conflicts and updates.

One node per (measure, value, approximation, affected, attributed-to,
manner) within one story, as the contract says (a group or person described but not named is
left out of the key, unless one article gives the figure to two of them: ``_told_apart``): the same figure reported by
two articles of a story is one claim reported twice; "2 killed" in two
unrelated stories is two claims (``story_of``, from ``kg.resolve.stories``).
A story whose articles' dates leave a gap of more than ``MAX_DAYS_APART``
days is cut there: one city's shootings a month apart share its names.

Two claims are compared only when strong evidence says they count the same
people of the same happening: the same measure and story, and the same
event — the main event of the story of their articles (``main_event_of``;
not the node each claim is ``kg:about``: one incident's mentions still often
make several nodes, "killed", "the attack", "beheaded", and a bare "died"
may join the node of another incident the article recalls) — and the same
affected group (a claim naming no group matches none: no group named is no
evidence of the same people; "no one was hurt" matches any group of
its event but not one named person). Claims tied by their story's main
event must be reported at most ``NEAR_DAYS`` days apart. A claim with a
mention marked as a part of a count or a count over a wider scope ("two
more", "the other eight", "including two", "in all", "since Friday", "of those
homicides, five …", "killed in shootings", two counts side by side in one sentence:
``ClaimMention.part``, kg/data/figure_parts.yaml), or under a date heading or in a
clause dated weeks before its report ("May 1990: six killed", "In 2019, three were killed"), is compared with none: the whole and its part are both true. Their manners must
be compatible, their sources different (no article giving both, unless two
speakers of it give one each), the dates their texts give them not different, and their
reports at most ``MAX_DAYS_APART`` days apart (one city's two shootings
share its names, so one story may hold both); when both claims' articles name
people and none the same, they are two incidents.
Then:

- **update** (``kg:supersedes``): every article of one was published after
  every article of the other, and its figure is larger, for a measure that
  only grows (killed, injured, detained, hospitalised, missing): a toll that
  rises as the days pass is not a contradiction;
- **conflict** (``kg:conflictsWith``): otherwise, when their figures cannot
  both be true (``_disjoint``). "No one was hurt" (Injured 0) also conflicts
  with a Killed figure above 0 about the same event.

Only an article's lead figure of a measure and manner (its first) takes part: the
figures after it are mostly parts of it ("two of them at the fire pit",
"three more"), or counts of other incidents the article recalls ("in 1982,
eight were killed"), which the lead does not contradict.

Each claim is linked to at most ``MAX_LINKS`` others of each kind, the best
corroborated first, so the links stay linear in the number of claims however
many articles a story gathers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from decimal import Decimal

from kg.extract.figures import event_tier, same_manner
from kg.model import PERSON, Claim, Evidence
from kg.resolve import identity

MAX_LINKS = 3
# Reports further apart than this are about different incidents, whatever the story says
# (two shootings in one city share its names).
MAX_DAYS_APART = 14
# Figures tied by their story's main event are compared only
# when reported this close: a story that gathers a city's shootings of two weeks has one main event.
NEAR_DAYS = 3
# An undated figure in a report is about something at most this many days older than the report.
RECENT_DAYS = 1
GROWING = frozenset({"Killed", "Injured", "Detained", "Hospitalized", "Missing"})
# A measure whose "nobody" also rules out the other: nobody hurt → nobody killed.
NOBODY_IMPLIES = {"Injured": "Killed"}


def merge_claims(extractions, actor_of, event_of, story_of: Mapping[str, str | None] | None = None,
                 main_event_of: Mapping[str, str | None] | None = None,
                 persons: frozenset[str] | set[str] = frozenset(),
                 event_types: Mapping[str, str] | None = None,
                 described: frozenset[str] | set[str] = frozenset()) -> list[Claim]:
    """Claim nodes of ``extractions``; ``story_of`` maps an article id to its story's name
    (None or absent: one story), ``main_event_of`` to the event its story mostly reports
    (the Event key; absent: none); ``persons`` are the actor keys of single people;
    ``event_types`` maps an Event key to its class. A claim is ``kg:about`` the node of the
    event mention its figure counts the people of (``kg.extract.figures.about_event``), or,
    when that mention makes no node, its story's main event if of a kind the measure fits.
    ``described`` are the people of one article described but not named ("a 34-year-old man"), and
    the groups counted but not named ("four men", ``Actor.counted``):
    a claim affecting one is the same node as the claim without it (its other articles' "a man"
    may be the same man), and keeps it as its affected unless another mention gives someone else
    (a mention that names no one, "2 killed", takes nothing away from "two women have died")."""
    main_event_of = main_event_of or {}
    event_types = event_types or {}
    story_of = _by_period(extractions, story_of or {})
    claims: dict[str, Claim] = {}
    scope: dict[str, str | None] = {}
    dates: dict[str, set[date]] = defaultdict(set)
    leads: set[str] = set()
    people: dict[str, set[str]] = defaultdict(set)  # claim key → the people its articles name
    parts: set[str] = set()  # claims with a mention that counts a part or a wider scope
    stated: dict[str, set[date]] = defaultdict(set)  # claim key → the dates its texts give it
    mains: dict[str, set[str | None]] = defaultdict(set)  # claim key → its articles' main events
    torn: set[str] = set()  # claims whose mentions give two different described affected
    for extraction in extractions:
        sid = extraction.article.source_id
        named = {actor_of[(sid, m.key)] for m in extraction.entities
                 if m.kind == PERSON and not (m.nominal or m.pronoun) and (sid, m.key) in actor_of}
        story = story_of.get(sid)
        first = {}
        for cm in sorted(extraction.claims, key=lambda c: c.span.start):
            first.setdefault((cm.measure, cm.manner), cm.key)
        apart = _told_apart(extraction, actor_of, described)
        for cm in extraction.claims:
            affected = actor_of.get((sid, cm.affected)) if cm.affected else None
            attributed = actor_of.get((sid, cm.attributed_to)) if cm.attributed_to else None
            key = identity.claim_id(cm.measure, cm.value, cm.approximation,
                                    None if affected in described and cm.key not in apart else affected,
                                    attributed, cm.manner, story)
            claim = claims.get(key)
            if claim is None:
                claim = claims[key] = Claim(key=key, measure=cm.measure, value=cm.value,
                                            approximation=cm.approximation, affected=affected,
                                            attributed_to=attributed, manner=cm.manner)
                scope[key] = story
            elif affected is not None and key not in torn:
                if claim.affected is None:
                    claim.affected = affected  # the mention before named no one: nothing against it
                elif claim.affected != affected:
                    claim.affected = None  # described people of two mentions: maybe one, maybe two
                    torn.add(key)
            if cm.event and claim.event is None:
                claim.event = event_of.get((sid, cm.event)) or _in_own_words(cm, extraction, event_of) \
                    or _main_instead(cm.measure, main_event_of.get(sid), event_types)
            claim.evidence.append(Evidence(sid, cm.span))
            if first.get((cm.measure, cm.manner)) == cm.key:
                leads.add(key)
            people[key] |= named
            mains[key].add(main_event_of.get(sid))
            if cm.part:
                parts.add(key)
            if cm.date:
                stated[key].add(cm.date)
            if extraction.article.date:
                dates[key].add(extraction.article.date)
    result = list(claims.values())
    # The story's main event ties figures, not the node a claim is kg:about: one incident's mentions
    # still often make several nodes ("killed", "the attack", "beheaded"), and a bare mention
    # ("no one died") joins the node of another incident the article recalls ("last summer, one man
    # was killed"), so a shared node is no evidence that two figures count the same people.
    anchors = {claim.key: _single(mains[claim.key]) for claim in result}
    _link([claim for claim in result if claim.key in leads and claim.key not in parts],
          scope, dates, people, anchors, stated, persons)
    return result


def _told_apart(extraction, actor_of, described) -> set[str]:
    """The keys of an article's claim mentions, each a part of a count, that give one figure to two
    or more different people or groups of those described but not named ("three men and three
    women were shot": Injured 3 twice). Parts only: "one person is dead" and "one man died" of one
    article may be one man it describes twice. A described group is left out of a claim's key so that another article's "three men"
    may be the same; but one article that counts two groups apart counts two things, whose claims
    stay two, each with its own group, not one claim of neither."""
    groups: dict[tuple, set[str]] = defaultdict(set)
    mentions: dict[tuple, list[str]] = defaultdict(list)
    sid = extraction.article.source_id
    for cm in extraction.claims:
        affected = actor_of.get((sid, cm.affected)) if cm.affected else None
        if affected in described and cm.part:
            said_by = actor_of.get((sid, cm.attributed_to)) if cm.attributed_to else None
            figure = (cm.measure, cm.value, cm.approximation, said_by, cm.manner)
            groups[figure].add(affected)
            mentions[figure].append(cm.key)
    return {key for figure, keys in mentions.items() if len(groups[figure]) > 1 for key in keys}


def _in_own_words(cm, extraction, event_of) -> str | None:
    """The node of an event the claim's own words name, of a kind its measure counts, when the
    event it was found about makes no node: "the shooting death of a friend" is about the
    shooting, a bare modifier that is dropped, and the death ("death") is the node it counts. An
    asserted event only: a denied or possible one counts nobody ("no one was hurt")."""
    sid = extraction.article.source_id
    for event in extraction.events:
        if event.factuality == "asserted" and cm.span.start <= event.trigger.start and event.trigger.end <= cm.span.end and \
                (node := event_of.get((sid, event.key))) is not None and event_tier(cm.measure, event.type) is not None:
            return node
    return None


def _main_instead(measure: str, main: str | None, event_types: Mapping[str, str]) -> str | None:
    """The story's main event for a figure whose sentence names an event of its kind that makes no
    node ("was injured in the attack": a bare mention with no role, place or date is dropped), when
    the main event is of a kind the figure's measure counts the people of; else None."""
    return main if main is not None and event_tier(measure, event_types.get(main)) is not None else None


def _single(values: set[str | None]) -> str | None:
    return next(iter(values)) if len(values) == 1 else None


def _by_period(extractions, story_of: Mapping[str, str | None]) -> dict[str, str | None]:
    """The story of each article, cut where its articles' dates leave a gap of more than
    ``MAX_DAYS_APART`` days: the later part is named after its first date."""
    dated: dict[str | None, list[tuple[date, str]]] = defaultdict(list)
    scope = {x.article.source_id: story_of.get(x.article.source_id) for x in extractions}
    for x in extractions:
        if x.article.date:
            dated[scope[x.article.source_id]].append((x.article.date, x.article.source_id))
    for story, items in dated.items():
        items.sort()
        period = story
        for (previous, _), (day, sid) in zip(items, items[1:]):
            if (day - previous).days > MAX_DAYS_APART:
                period = f"{story or ''} {day.isoformat()}".strip()
            scope[sid] = period
    return scope


def _link(claims: list[Claim], scope: dict[str, str | None], dates: dict[str, set[date]],
          people: dict[str, set[str]], anchors: dict[str, str | None], stated: dict[str, set[date]],
          persons: frozenset[str] | set[str] = frozenset()) -> None:
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        # What ties two figures to one incident: the event they are about (or their story's main event).
        anchor = anchors[claim.key]
        if anchor is None:
            continue
        groups[(claim.measure, scope[claim.key], anchor)].append(claim)
        implied = NOBODY_IMPLIES.get(claim.measure)
        if implied and claim.value == 0 and not claim.manner:
            groups[(implied, scope[claim.key], anchor)].append(claim)
    for group in groups.values():
        group.sort(key=lambda c: (-len(c.articles), c.key))  # the best corroborated get their links first
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if _same_group(a, b, persons) and not _clash(a, b, stated, dates) \
                        and not _apart(dates.get(a.key), dates.get(b.key), NEAR_DAYS):
                    _compare(a, b, dates, people)


def _same_group(a: Claim, b: Claim, persons: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether two claims about one event count the same group: the same affected actor (no group on
    either is no evidence: "injuring a woman" and "injuring two officers" name none); "nobody" of a measure counts every group,
    but not one named person ("no one was hurt" is said around "the suspect was killed")."""
    if any(c.value == 0 and c.affected is None and not c.manner and other.affected not in persons
           for c, other in ((a, b), (b, a))):
        # "nobody" counts every group, but only of the happening it is said of: both figures must be
        # kg:about one event node ("no one was hurt by the blast" is not about the shooting after
        # it, "no injuries were reported" in a recap of an earlier dispute not about the killing)
        return a.event is not None and a.event == b.event
    return a.affected == b.affected and a.affected is not None


def _clash(a: Claim, b: Claim, stated: dict[str, set[date]], dates: dict[str, set[date]]) -> bool:
    """Whether the texts give the two figures different days ("on Saturday" vs "on Monday"), or
    one a day before the other's reports began ("on Tuesday, five were killed" in an article
    recalling an earlier shooting, against a Saturday report's undated "three were killed")."""
    da, db = stated.get(a.key), stated.get(b.key)
    if da and db:
        return not da & db
    if da or db:
        days, other = (da, dates.get(b.key)) if da else (db, dates.get(a.key))
        return bool(other) and all((min(other) - day).days > RECENT_DAYS for day in days)
    return False


def _compare(a: Claim, b: Claim, dates: dict[str, set[date]], people: dict[str, set[str]]) -> None:
    if a.value == b.value:
        return
    if people.get(a.key) and people.get(b.key) and not people[a.key] & people[b.key]:
        return  # reports naming people, none the same: two incidents of one city, not one
    if (a.manner or b.manner) and not (a.manner and b.manner and same_manner(a.manner, b.manner)):
        return
    if set(a.articles) & set(b.articles) and not (a.attributed_to and b.attributed_to
                                                  and a.attributed_to != b.attributed_to):
        # One report giving both figures counts two things (or two moments), not a dispute, even
        # when another report repeats one of them ("three were killed … killing two people in the
        # parking lot" in one article, "killing two people" in a second).
        return
    if _apart(dates.get(a.key), dates.get(b.key)):
        return
    later, earlier = _order(a, b, dates)
    if later is not None and later.measure == earlier.measure and later.measure in GROWING \
            and later.value > earlier.value:
        if len(later.supersedes) < MAX_LINKS:
            later.supersedes.add(earlier.key)
        return
    if _disjoint(_interval(a), _interval(b)) and len(a.conflicts_with) < MAX_LINKS \
            and len(b.conflicts_with) < MAX_LINKS:
        a.conflicts_with.add(b.key)
        b.conflicts_with.add(a.key)


def _apart(da: set[date] | None, db: set[date] | None, days: int = MAX_DAYS_APART) -> bool:
    if not da or not db:
        return False
    return min(abs((x - y).days) for x in da for y in db) > days


def _order(a: Claim, b: Claim, dates: dict[str, set[date]]) -> tuple[Claim | None, Claim | None]:
    """(later, earlier) when every report of one is dated after every report of the other."""
    da, db = dates.get(a.key), dates.get(b.key)
    if not da or not db:
        return None, None
    if min(da) > max(db):
        return a, b
    if min(db) > max(da):
        return b, a
    return None, None


def _interval(claim: Claim) -> tuple[Decimal, Decimal, bool, bool]:
    """The values a claim allows: (low, high, low_open, high_open). Round exact figures are read as "about"."""
    v = claim.value
    approx = claim.approximation
    if approx == "Exact" and v >= 100 and v % 100 == 0:
        approx = "About"
    infinite = Decimal("Infinity")
    return {
        "Exact": (v, v, False, False),
        "About": (v * Decimal("0.9"), v * Decimal("1.1"), False, False),
        "AtLeast": (v, infinite, False, False),
        "MoreThan": (v, infinite, True, False),
        "Nearly": (v * Decimal("0.9"), v, False, True),
        "UpTo": (Decimal(0), v, False, False),
    }[approx]


def _disjoint(a, b) -> bool:
    lo_a, hi_a, lo_open_a, hi_open_a = a
    lo_b, hi_b, lo_open_b, hi_open_b = b
    if hi_a < lo_b or hi_b < lo_a:
        return True
    if hi_a == lo_b and (hi_open_a or lo_open_b):
        return True
    if hi_b == lo_a and (hi_open_b or lo_open_a):
        return True
    return False
