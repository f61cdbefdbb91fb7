"""A product named by "a … called X" / "a … named X" became an actor (MEANTIME dev: operating
system features as Persons): only an apposition to a thing noun ("its browser, Vanta") framed
one. What a thing noun (``things.nouns``, now with feature, tool, widget, interface) is called or
named is a thing; "a boy named Tom Hale" is still a person. Invented names."""

from kg.extract import Extractor
from kg.model import PERSON, Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_browser_named_by_its_name_is_no_actor(nlp):
    assert "Vanta Hale" not in names(nlp, "Norvela released a browser named Vanta Hale. Vanta Hale is fast.")


def test_a_boy_named_by_his_name_is_a_person(nlp):
    assert names(nlp, "Her son, a boy named Tom Hale, was hurt.").get("Tom Hale") == PERSON
