"""'A teenager was gunned down' gave Injured 1: "gun" alone is a manner whose figure is Injured
when the article names no death, and the particle that makes it a killing was not read. A manner
verb with a particle of result (kg/data/figures.yaml ``phrasal_results``) now gives that measure."""

from attribution_helpers import extraction


def test_gunned_down_is_killed(nlp):
    found, _ = extraction(nlp, "A teenager was gunned down in his neighborhood on Monday night.")
    assert [(c.measure, int(c.value)) for c in found.claims] == [("Killed", 1)]


def test_gunned_alone_is_still_injured(nlp):
    found, _ = extraction(nlp, "Two men were gunned in a parking lot on Monday night and survived.")
    assert [(c.measure, int(c.value)) for c in found.claims] == [("Injured", 2)]
