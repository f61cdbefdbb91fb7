"""Names of things became actors: a music player, an operating system, a web browser, a
television programme, a rocket and a trade show were organisations or people of the graph
("Apple introduced an iPod…" gave an organisation iPod)."""

import pytest

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, PERSON, Article


def mentions(nlp, text):
    return {m.name: m for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.pronoun}


@pytest.mark.parametrize("text, thing", [
    ("On Wednesday, Apple introduced an iPod capable of displaying video.", "iPod"),
    ("Apple also showed the features of its new desktop operating system, Snow Leopard, on Monday.",
     "Snow Leopard"),
    ("Dell also highlighted the new Firefox 3.0 web browser on its machines.", "Firefox"),
    ("Episodes of television programs such as Heroes will be sold the day after airing.", "Heroes"),
    ("Lockheed Martin's Atlas V and Boeing's Delta IV are two types of expendable rocket.", "Delta IV"),
    ("The phone was shown at the company's annual Mobile World Congress Conference in Spain.",
     "Mobile World Congress Conference"),
])
def test_a_thing_framed_as_a_thing_is_no_actor(nlp, text, thing):
    assert thing not in mentions(nlp, text)


def test_a_company_named_before_its_product_stays_an_actor(nlp):
    found = mentions(nlp, "Boeing said the new Boeing 787 airliner will fly next year, and Airbus "
                          "said it would answer.")
    assert found["Boeing"].kind == ORGANIZATION and found["Airbus"].kind == ORGANIZATION


def test_a_monarch_s_regnal_number_is_no_model_number(nlp):
    found = mentions(nlp, "Queen Elizabeth II opened the new bridge on Tuesday.")
    assert found["Elizabeth II"].kind == PERSON
