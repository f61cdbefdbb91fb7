"""One person was split over nodes within an article: a one-letter misspelling of the surname
("Torez" for Torrez) made a node of its own, a given name alone ("Dennis") was a node
beside "Dennis Osgood", and a bare surname shared by two people of the article went to the one
named last, not to the one the sentence before was about."""

from kg.extract import Extractor
from kg.model import PERSON, Article


def mentions(nlp, text):
    return [m for m in Extractor()(Article("a.txt", text), nlp(text)).entities if not (m.pronoun or m.nominal)]


def name_at(nlp, text, word, occurrence=0):
    start = [i for i in range(len(text)) if text.startswith(word, i)][occurrence]
    return next((m.name, m.kind) for m in mentions(nlp, text) if m.span.start == start)


def test_a_misspelt_surname_joins_the_one_full_name(nlp):
    text = ("Marisa Torrez, 13, was shot. Neighbours said Torrez was a good student. "
            "Police said Torez died at the scene.")
    assert name_at(nlp, text, "Torez died") == ("Marisa Torrez", PERSON)


def test_a_given_name_alone_joins_the_one_person_of_that_name(nlp):
    text = "Dennis said he heard shots. Dennis Osgood, a neighbour, called police."
    assert name_at(nlp, text, "Dennis") == ("Dennis Osgood", PERSON)


def test_a_shared_surname_goes_to_the_subject_the_story_is_on(nlp):
    text = ("Frank Lutz left the party after a fight with his cousin Dale Lutz. "
            "Lutz fled the scene in a truck, deputies said.")
    assert name_at(nlp, text, "Lutz fled") == ("Frank Lutz", PERSON)


def test_miss_and_a_shared_surname_go_to_the_sister_not_the_brother(nlp):
    text = ("Tom Vance, 23, has been charged with the murder of his sister, Nina Vance, 20. "
            "Police were called to the house where Miss Vance was found dead.")
    assert name_at(nlp, text, "Vance was found") == ("Nina Vance", PERSON)


def test_the_family_s_plural_is_no_misspelling_of_one_of_them(nlp):
    text = "Rosa Delgado, 40, was shot on Friday. Neighbours said the Delgados had lived there for years."
    found = [m for m in mentions(nlp, text) if m.span.text == "Delgados"]
    assert all(m.name != "Rosa Delgado" for m in found)
