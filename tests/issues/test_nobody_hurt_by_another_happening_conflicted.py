"""On GVA dev, "no one was hurt by the blast" (a grenade thrown before a shooting) conflicted with
the shooting's "four dead", and a recap's "no injuries were reported" (an earlier dispute) with a
killing: a figure of nought was set against every figure of the story's main event. It counts
every group only of the happening it is said of: both figures must be kg:about one event node."""

from decimal import Decimal

from kg.model import Article, ArticleExtraction, ClaimMention, Span
from kg.resolve.claims import merge_claims


def claim(measure, value, event):
    span = Span(0, 5, "words")
    mention = ClaimMention("c", measure, Decimal(value), "Exact", span, span, None, None, None)
    mention.event = event
    return mention


def extraction(sid, claims):
    return ArticleExtraction(Article(sid, "x" * 200), claims=claims)


ONE_STORY = {"a": "event/shooting-1", "b": "event/shooting-1"}


def test_nobody_hurt_by_the_blast_is_not_set_against_the_shooting_s_dead():
    events = {("a", "blast"): "event/explosion-1", ("b", "shots"): "event/shooting-1"}
    claims = merge_claims([extraction("a", [claim("Injured", 0, "blast")]),
                           extraction("b", [claim("Killed", 4, "shots")])], {}, events, main_event_of=ONE_STORY)
    assert not any(c.conflicts_with for c in claims)


def test_nobody_hurt_in_the_shooting_still_conflicts_with_its_dead():
    events = {("a", "shots"): "event/shooting-1", ("b", "shots"): "event/shooting-1"}
    claims = merge_claims([extraction("a", [claim("Injured", 0, "shots")]),
                           extraction("b", [claim("Killed", 4, "shots")])], {}, events, main_event_of=ONE_STORY)
    assert all(len(c.conflicts_with) == 1 for c in claims)
