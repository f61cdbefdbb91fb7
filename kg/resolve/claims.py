"""Merge claim mentions across articles into claim nodes, and link conflicts.

One node per (measure, value, approximation, affected, attributed-to,
manner), as the contract says; two claims about the same affected actor or
event with the same measure and manner whose figures cannot both be true are
linked with ``kg:conflictsWith``.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from kg.extract.figures import same_manner
from kg.model import Claim, Evidence
from kg.resolve import identity

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
    """Only claims of one measure about the same affected actor or event can conflict,
    so pairs are looked for within those groups."""
    groups: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.affected:
            groups[(claim.measure, "affected", claim.affected)].append(claim)
        if claim.event:
            groups[(claim.measure, "event", claim.event)].append(claim)
    for group in groups.values():
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.value == b.value:
                    continue
                if (a.manner or b.manner) and not (a.manner and b.manner and same_manner(a.manner, b.manner)):
                    continue
                if _disjoint(_interval(a), _interval(b)):
                    a.conflicts_with.add(b.key)
                    b.conflicts_with.add(a.key)



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
