"""A number word was a place: in "SAN ANTONIO - Four people were shot" the tagger took the
dateline and "Four" as one place name, and "Four" (then "One", "Two") became Place nodes of the
6,834-article build. A name made only of number words is no name."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def test_a_capitalised_number_word_after_a_dateline_is_no_place(nlp):
    text = "SAN ANTONIO - Four people were shot at a party Sunday morning."
    found = {m.name for m in ActorExtractor()(nlp(text), Article("a.txt", text))}
    assert "Four" not in found
