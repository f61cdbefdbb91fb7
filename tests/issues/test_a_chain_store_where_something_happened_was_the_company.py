"""A chain's store where something happened ("shot outside a Shopwell Foods", "in the Shopwell
Foods parking lot") was typed an Organization, as the company: a company's name with the
indefinite article after a preposition of where, or qualifying a part of a store, is one of its
stores, a place; the mention where the company speaks stays the organisation."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PLACE, Article


def mentions(nlp, text):
    return [(m.name, m.kind) for m in ActorExtractor()(nlp(text), Article("a.txt", text))
            if not m.nominal and not m.pronoun]


def test_the_parking_lot_of_a_store_makes_the_store_a_place(nlp):
    found = dict(mentions(nlp, "The man was shot in the Shopwell Foods parking lot in Elmford on Saturday."))
    assert found.get("Shopwell Foods") == PLACE


def test_a_store_is_a_place_where_its_company_speaks_an_organisation(nlp):
    found = mentions(nlp, "Shopwell Foods said it would cooperate with investigators. "
                          "The man was shot outside a Shopwell Foods late Friday.")
    assert [kind for name, kind in found if name == "Shopwell Foods"] == [ORGANIZATION, PLACE]
