"""Products were actors: a product's name in "the Orbix line of products", "Orbix users", a
list of its models ("the Orbix Classic, Mini and Max"), "the 3D Digital mock-up" or
"Kestrel's Zorb phones" became an organisation or a person, and a maker's name inside a
model's ("the Kestrel 797 Skylark") a mention of the company. Products are no actors (the
kinds of evidence are ``things`` in ``kg/data/name_kinds.yaml``)."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.recovery import recover_mentions


def extract(nlp, text):
    return Extractor()(Article("a.txt", text), nlp(text))


def names(nlp, text):
    return {m.name for m in extract(nlp, text).entities if not (m.pronoun or m.nominal)}


def test_a_name_qualifying_a_line_of_products_is_no_actor(nlp):
    text = "Kestrel said on Monday that sales of the popular Zorb line of products rose."
    assert "Zorb" not in names(nlp, text)


def test_the_models_listed_after_a_product_line_are_no_actors(nlp):
    text = ("Kestrel unveiled its latest addition to the Zorb line of products. "
            "The Zorb Classic, Nano and Shuffle cost less than before.")
    found = names(nlp, text)
    assert not found & {"Zorb", "Zorb Classic", "Nano", "Shuffle"}


def test_a_name_qualifying_a_mock_up_is_no_actor(nlp):
    text = "Engineers at Kestrel built the 3D Digital mock-up of the new cabin in Tarnby."
    assert "Digital" not in names(nlp, text)


def test_a_company_s_product_qualifying_a_thing_noun_is_no_actor(nlp):
    text = "Demand for Kestrel's Zorb phones was strong, Kestrel said."
    assert "Zorb" not in names(nlp, text)


def test_users_of_a_product_make_it_no_actor(nlp):
    text = "Zorb users complained about the battery, and Kestrel promised a fix."
    assert "Zorb" not in names(nlp, text)


def test_a_maker_s_name_inside_a_model_s_name_is_no_mention_of_the_company(nlp):
    text = ("Norvela Air ordered ten Kestrel 797 jets on Monday. "
            "Kestrel said the first would be delivered next year.")
    extraction = extract(nlp, text)
    kestrel = [m.span.start for m in extraction.entities if m.name == "Kestrel"]
    assert kestrel == [text.index("Kestrel said")]
    # and the company's name found in the article is not made a mention there again
    recovered = recover_mentions([extraction])[0]
    assert [m.span.start for m in recovered.entities if m.name == "Kestrel"] == kestrel


def test_a_company_that_acts_stays_an_actor(nlp):
    text = "Kestrel said its Zorb players sold well, and Kestrel shares rose."
    found = names(nlp, text)
    assert "Kestrel" in found

