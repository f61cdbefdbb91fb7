"""Two articles that each describe "a man" may describe two men: a described person is an
actor of one article only, with an IRI made from the article and the offset of the first
description, so it does not change when another article is added."""

from described_people_helpers import resolved


def test_each_article_has_its_own_man_and_keeps_its_iri(nlp):
    first = "A man was arrested in Millbrook on Monday."
    alone, _ = resolved(nlp, first)
    both, _ = resolved(nlp, first, "A man was arrested in Dunmore on Tuesday.")
    men = [a for a in both.actors if a.label == "a man"]
    assert len(men) == 2
    assert {e.source_id for a in men for e in a.evidence} == {"a0.txt", "a1.txt"}
    assert [a.key for a in alone.actors if a.label == "a man"] == \
        [a.key for a in men if a.evidence[0].source_id == "a0.txt"]
