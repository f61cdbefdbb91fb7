"""A capitalised colour of a product ("It comes in two colors: Black … and White") became a
Person 'White': a one-word name that is a colour's word (name_kinds.yaml ``colours``) names no
one, unless it acts or a longer name of the article ends in it."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_colours_of_a_product_are_no_actors(nlp):
    found = names(nlp, "The Orbix comes in two colors: Black (2 GHz model only) and White (1.83 GHz models).")
    assert not found & {"Black", "White"}


def test_a_surname_that_is_a_colour_stays_the_person(nlp):
    found = names(nlp, "Police arrested Tom Brown on Friday. Officers found Brown at home.")
    assert "Tom Brown" in found
