"""A maker's name was no actor in its own article when a headline began with a common word the
tagger took into the product's name ("First Vantair V380 delivered"): the name inside a product's
name after its first word counts as the product's short name (actors17), and here the first word
was "First", so the maker became the product. Capitalised words the article also writes in lower
case ("the first V380") are no part of the name's start. Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article


def names(nlp, text):
    return {(m.name, m.kind) for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_the_maker_of_a_product_named_in_a_headline_stays_an_actor(nlp):
    text = ("First Vantair V380 delivered\n\nThe first V380 superjumbo, made by Vantair, was delivered today to "
            "Northwind Airlines 18 months behind schedule. \"I want to thank our teams,\" said Vantair "
            "President and Chief Executive Officer, Jo Marlow.")
    assert ("Vantair", ORGANIZATION) in names(nlp, text)
