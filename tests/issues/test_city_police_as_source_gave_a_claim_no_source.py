"""'Three people were killed, Springfield police said' gave a Killed claim with no source: the city's
name was a place mention, so the noun phrase "Springfield police" was taken and its group ("police")
got no mention for the claim to be attributed to."""

from attribution_helpers import extraction
from kg.model import GROUP

TEXT = "Three people were killed in a shooting on Sunday, Springfield police said."


def test_the_police_of_the_city_are_the_source(nlp):
    found, by_key = extraction(nlp, TEXT)
    killed = next(c for c in found.claims if c.measure == "Killed")
    assert killed.attributed_to is not None
    source = by_key[killed.attributed_to]
    assert source.kind == GROUP and source.span.text == "police"
