"""'One person was killed and seven were injured' gave the Injured 7 claim the one person's node as
kg:affected: an elliptic figure shares the group of the figure it is joined to ("26 militants were
killed and 18 wounded"), but seven people are not the one who was killed (issue 14 item 4)."""

from kg.extract import Extractor
from kg.model import Article


def _claims(nlp, text):
    extraction = Extractor()(Article("a.txt", text, masked=text), nlp(text))
    return {c.measure: c for c in extraction.claims}, {e.key: e.span.text for e in extraction.entities}


def test_the_seven_injured_are_not_the_one_killed(nlp):
    claims, spans = _claims(nlp, "A man was killed and seven were injured in a shooting at a club in Ostmark.")
    assert spans[claims["Killed"].affected] == "A man"
    assert claims["Injured"].affected is None


def test_a_group_s_elliptic_figure_still_shares_it(nlp):
    claims, spans = _claims(nlp, "26 raiders were killed and 18 wounded near Ostmark.")
    assert claims["Injured"].affected == claims["Killed"].affected is not None
