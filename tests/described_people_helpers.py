"""The resolved graph records of a few invented articles (issue 15's regression tests on people
the text describes but does not name share this)."""

from __future__ import annotations

from kg.extract import Extractor
from kg.model import Article, Resolved
from kg.resolve.resolution import resolve


def resolved(nlp, *texts: str) -> tuple[Resolved, dict[str, str]]:
    """The resolution of one article per text ("a0.txt", "a1.txt"…), and each actor's label by key."""
    extractor = Extractor()
    extractions = [extractor(Article(f"a{i}.txt", text, masked=text), nlp(text)) for i, text in enumerate(texts)]
    found = resolve(extractions)
    return found, {actor.key: actor.label for actor in found.actors}


def affected_of(nlp, text: str, measure: str) -> str | None:
    """The label of the group or person the article's one claim of ``measure`` counts (None: no
    kg:affected)."""
    found, labels = resolved(nlp, text)
    (claim,) = [c for c in found.claims if c.measure == measure]
    return labels.get(claim.affected) if claim.affected else None


def mentions_of(found: Resolved, label: str) -> list[str]:
    """The words of each mention of the actor labelled ``label``."""
    actor = next(a for a in found.actors if a.label == label)
    return [e.span.text for e in actor.evidence]
