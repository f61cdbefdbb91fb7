"""A capitalised word matched a country by its ISO code: "Mac" (the computer) became Macau, a
Country of the graph (the fresh hand audit of issue 14, docs/audits/attribution-dev-fresh.md).
Codes and short acronyms now match only when written in capitals ("MAC", "US", "U.S.")."""

from kg.extract.actors import ActorExtractor
from kg.knowledge.gazetteer import Gazetteer
from kg.model import Article


def found(nlp, text):
    return {m.name: (m.kind, m.country) for m in ActorExtractor()(nlp(text), Article("a.txt", text))
            if not (m.pronoun or m.nominal)}


def test_a_country_code_matches_only_in_capitals():
    gaz = Gazetteer.load()
    assert gaz.country("Mac") is None and gaz.places("Mac") == []
    assert gaz.country("MAC").name == "Macau"
    assert gaz.country("U.S.").code == "USA"


def test_a_product_named_with_a_word_is_no_country(nlp):
    names = found(nlp, "Apple showed Lion, the new version of its Mac operating system, on Monday.")
    assert "Macau" not in names
    assert names["Mac"][1] is None
