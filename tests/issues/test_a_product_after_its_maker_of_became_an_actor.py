"""A phone stayed an organisation in an article that said "the manufacturer of the iPhone" and
"the trademark for iPhone" (MEANTIME dev). Words said before a product's name only (``before``
under ``things`` in kg/data/name_kinds.yaml: "the maker of", "the trademark for", "users of")
frame a thing; "shares of X", "the chief executive of X" still frame a company. Invented names."""

from kg.extract import Extractor
from kg.model import Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_name_after_the_maker_of_is_no_actor(nlp):
    found = names(nlp, "Halvorsen sues Kestrel over Novatab. The dispute has come up between the manufacturer "
                       "of the Novatab - Kestrel Inc. - and Halvorsen. The company claims to possess the "
                       "trademark for Novatab.")
    assert "Novatab" not in found
    assert "Kestrel Inc" in found


def test_a_company_named_like_a_product_that_speaks_is_still_one(nlp):
    found = names(nlp, "Users of Novatab complained. Novatab said on Monday that its profits rose.")
    assert "Novatab" in found
