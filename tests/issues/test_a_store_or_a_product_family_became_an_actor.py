"""Products became actors on MEANTIME dev: a company's online shop ("the … Store") was a Person or
an Organization, and a product whose "line" and "family" the text names ("the Orbix line", "the
Orbix family") was a Person, because "the Orbix family" was read as a person's frame ("the Vole
family"), which spares a name from every frame of a thing. A name ending in one of
``things.name_ends`` (kg/data/name_kinds.yaml: store, kit) names a product or a service; "the X
family" is now no frame of either kind (a person's "Vole's family" still is one). Invented names."""

from kg.extract import Extractor
from kg.model import PERSON, Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_companys_online_store_is_no_actor(nlp):
    found = names(nlp, "Norvela opened the Quillo Music Store on Monday. Songs on the Quillo Music Store "
                       "cost a dollar, and the Quillo Music Store sold a million of them.")
    assert "Quillo Music Store" not in found
    assert "Norvela" in found


def test_a_kit_and_its_short_name_are_no_actor(nlp):
    found = names(nlp, "Norvela released the Vantix Software Development Kit (VSDK) on Thursday. "
                       "The VSDK lets developers write programs.")
    assert "Vantix Software Development Kit" not in found and "VSDK" not in found


def test_a_product_family_is_no_persons_family(nlp):
    found = names(nlp, "Norvela today unveiled its latest addition to the eQuill line, the eQuill Mini. "
                       "The eQuill family now has four models.")
    assert "eQuill" not in found


def test_a_persons_family_is_still_a_persons(nlp):
    found = names(nlp, "Jane Marlow died on Sunday. The Marlow family said she had been ill for years.")
    assert found.get("Jane Marlow") == PERSON
