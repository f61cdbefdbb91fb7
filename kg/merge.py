"""Merge event, claim and quote mentions across articles into graph nodes.

- Events: one node per real-world event: same type, compatible roles and
  date (negated and hypothetical mentions are not asserted).
- Claims: one node per (measure, value, approximation, affected,
  attributed-to, manner), as the contract says; two claims about the same
  affected actor or event with the same measure and manner whose figures
  cannot both be true are linked with ``kg:conflictsWith``.
- Quotes: one node per quotation: same speaker and mostly the same words
  (translations of one statement differ in a few words).
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from . import identity
from .extract.figures import same_manner
from .model import ArticleExtraction, Claim, Event, Evidence, Quote


def merge_events(extractions, actor_of) -> tuple[list[Event], dict]:
    events: list[Event] = []
    event_of: dict[tuple[str, str], str] = {}
    pending: list[tuple[str, object, set, set, set]] = []
    for extraction in extractions:
        sid = extraction.article.source_id
        for em in extraction.events:
            if em.negated or em.hypothetical:
                continue
            roles = [{actor_of[(sid, k)] for k in keys if (sid, k) in actor_of}
                     for keys in (em.agents, em.targets, em.places)]
            pending.append((sid, em, *roles))
    for sid, em, agents, targets, places in pending:
        match = None
        for event in events:
            if event.type != em.type:
                continue
            if event.date and em.date and event.date != em.date:
                continue
            if agents and event.agents and not agents & event.agents:
                continue
            if targets and event.targets and not targets & event.targets:
                continue
            if not (agents & event.agents or targets & event.targets
                    or (not agents and not targets and places and places & event.places)):
                continue
            match = event
            break
        if match is None:
            match = Event(key="", type=em.type)
            events.append(match)
        match.agents |= agents
        match.targets |= targets
        match.places |= places
        match.triggers.add(em.trigger.text)
        match.date = match.date or em.date
        match.evidence.append(Evidence(sid, em.trigger))
        event_of[(sid, em.key)] = match
    for event in events:
        event.key = identity.event_id(event.type, event.agents, event.targets, event.places, event.date)
    _unique_keys(events)
    return events, {ref: event.key for ref, event in event_of.items()}

def _unique_keys(items) -> None:
    seen: Counter = Counter()
    for item in sorted(items, key=lambda i: (i.key, min((e.source_id, e.span.start) for e in i.evidence))):
        seen[item.key] += 1
        if seen[item.key] > 1:
            item.key = f"{item.key}-{seen[item.key]}"

def merge_claims(extractions, actor_of, event_of) -> list[Claim]:
    claims: dict[str, Claim] = {}
    for extraction in extractions:
        sid = extraction.article.source_id
        for cm in extraction.claims:
            affected = actor_of.get((sid, cm.affected)) if cm.affected else None
            attributed = actor_of.get((sid, cm.attributed_to)) if cm.attributed_to else None
            key = identity.claim_id(cm.measure, cm.value, cm.approximation, affected, attributed, cm.manner)
            claim = claims.get(key)
            if claim is None:
                claim = claims[key] = Claim(key=key, measure=cm.measure, value=cm.value,
                                            approximation=cm.approximation, affected=affected,
                                            attributed_to=attributed, manner=cm.manner)
            if cm.event and (sid, cm.event) in event_of and claim.event is None:
                claim.event = event_of[(sid, cm.event)]
            claim.evidence.append(Evidence(sid, cm.span))
    result = list(claims.values())
    _link_conflicts(result)
    return result

def _link_conflicts(claims: list[Claim]) -> None:
    from .extract.figures import same_manner

    for i, a in enumerate(claims):
        for b in claims[i + 1:]:
            if a.measure != b.measure or a.value == b.value:
                continue
            if not (a.affected and a.affected == b.affected) and not (a.event and a.event == b.event):
                continue
            if (a.manner or b.manner) and not (a.manner and b.manner and same_manner(a.manner, b.manner)):
                continue
            if _disjoint(_interval(a), _interval(b)):
                a.conflicts_with.add(b.key)
                b.conflicts_with.add(a.key)

def merge_quotes(extractions, actor_of) -> list[Quote]:
    quotes: list[Quote] = []
    for extraction in extractions:
        sid = extraction.article.source_id
        for qm in extraction.quotes:
            speaker = actor_of.get((sid, qm.speaker)) if qm.speaker else None
            words = _content_words(qm.span.text)
            match = None
            for quote in quotes:
                if quote.speaker != speaker:
                    continue
                other = _content_words(quote.text)
                if words and other and len(words & other) / min(len(words), len(other)) >= 0.7:
                    match = quote
                    break
            if match is None:
                # The IRI comes from the first wording seen, so it does not change when
                # a later article quotes the statement at greater length.
                match = Quote(key=identity.quote_id(qm.span.text), text=qm.span.text, speaker=speaker)
                quotes.append(match)
            elif len(qm.span.text) > len(match.text):
                match.text = qm.span.text
            match.evidence.append(Evidence(sid, qm.span))
    _unique_keys(quotes)
    return quotes


_CONTENT = re.compile(r"[a-z][a-z'-]{2,}")
_FUNCTION_WORDS = {"the", "and", "has", "have", "had", "been", "are", "was", "were", "will", "but", "for", "with",
                   "that", "this", "all", "its", "their", "they", "from", "into", "still", "until"}


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT.findall(text.lower()) if w not in _FUNCTION_WORDS}


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


