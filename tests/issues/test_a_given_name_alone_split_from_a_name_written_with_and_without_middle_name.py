"""A given name alone stayed a second person when the article wrote its one person's name both
with and without a middle name ("Marco Ruiz, 34, … Marco Antonio Ruiz … Marco was working"): the
given name joined only an article's one full name of that given name, and the two spellings
counted as two, so every "Marco" became an actor of its own (issue 14, item 2: one person, one
node). Two different people of one given name still keep it apart."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def mentions(nlp, text):
    return [m for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not (m.pronoun or m.nominal)]


def names_at(nlp, text, word):
    return {m.name for m in mentions(nlp, text) if text[m.span.start:m.span.end] == word}


def test_a_given_name_alone_joins_the_name_written_with_and_without_its_middle_name(nlp):
    text = ("Marco Ruiz, 34, of Fresno died after being shot. The family of Marco Antonio Ruiz "
            "hired a lawyer. Marco was working with the police when the shooting began.")
    assert names_at(nlp, text, "Marco") == {"Marco Antonio Ruiz"}


def test_a_given_name_of_two_different_people_joins_neither(nlp):
    text = ("Marco Ruiz, 34, of Fresno died after being shot. His cousin Marco Delgado "
            "hired a lawyer. Marco was working with the police when the shooting began.")
    assert names_at(nlp, text, "Marco") <= {"Marco"}
