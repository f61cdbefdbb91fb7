"""IRIs depend only on what identifies a node, so they are stable and deterministic."""

from kg.resolve import identity


def test_slugs_are_readable_ascii():
    assert identity.slug("Kassym-Jomart Tokayev") == "kassym-jomart-tokayev"
    assert identity.slug("Zürich’s “Old Town”") == "zurichs-old-town"  # apostrophes vanish
    assert identity.slug("中国") == "x"  # nothing ASCII is left: still a valid IRI segment
    assert len(identity.slug("a" * 500)) == 60


def test_an_article_iri_depends_only_on_its_source_id():
    assert identity.article_id("a/b.txt") == identity.article_id("a/b.txt")
    assert identity.article_id("a/b.txt") != identity.article_id("a/c.txt")
    assert identity.article_id("a/b.txt").startswith("article/a-b-txt-")


def test_an_event_is_named_after_its_earliest_mention():
    assert identity.event_id("Request", "a.txt", 10, 18) == identity.event_id("Request", "a.txt", 10, 18)
    assert identity.event_id("Request", "a.txt", 10, 18) != identity.event_id("Request", "b.txt", 10, 18)
    assert identity.event_id("Request", "a.txt", 10, 18).startswith("event/request-")


def test_a_claim_is_identified_by_measure_value_approximation_affected_and_source():
    base = identity.claim_id("Killed", 26, "Exact", "group/militants", "organization/ministry")
    assert base == identity.claim_id("Killed", 26, "Exact", "group/militants", "organization/ministry")
    assert base != identity.claim_id("Killed", 26, "About", "group/militants", "organization/ministry")
    assert base != identity.claim_id("Killed", 26, "Exact", "group/militants", None)


def test_quotes_with_other_quotation_marks_or_spacing_are_the_same_quote():
    assert identity.quote_id("“We will  stay,” he said") == identity.quote_id('"We will stay," he said')
