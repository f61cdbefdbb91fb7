"""Which person a he/she/his/her/himself joins (kg.extract.actors finds the antecedent syntax
gives, kg.resolve decides), on short news-like texts."""

from __future__ import annotations

import pytest

from kg.extract.actors import ActorExtractor
from kg.model import Article, ArticleExtraction
from kg.resolve.actors import Resolver


@pytest.fixture(scope="module")
def who(nlp):
    """who(text) → the label of the actor each pronoun of the text joins, in text order
    ("?" for a pronoun that joins no one)."""
    extractor = ActorExtractor()

    def run(text: str) -> list[tuple[str, str]]:
        article = Article("a", text)
        mentions = extractor(nlp(text), article)
        actors, actor_of = Resolver().resolve_actors([ArticleExtraction(article, entities=mentions)])
        label = {actor.key: actor.label for actor in actors}
        return [(m.span.text, label.get(actor_of.get(("a", m.key)), "?")) for m in mentions if m.pronoun]

    return run


def test_a_sentence_opening_pronoun_is_the_subject_of_the_sentence_before_not_the_last_name(who):
    text = ("Tam Bakewell, a former official who was once rumored to be John Doe, has died. "
            "He was 75. His body was found on Tuesday.")
    assert who(text) == [("He", "Tam Bakewell"), ("His", "Tam Bakewell")]


def test_the_subject_of_the_sentence_before_wins_over_its_object(who):
    text = ("Michael Stone, who needed nine points, tied David Ford on a jumper from the left wing. "
            "He set the record with a bank shot.")
    assert who(text)[-1] == ("He", "Michael Stone")


def test_a_possessive_is_the_subject_of_its_clause(who):
    text = ("Mark Teixeira has not signed yet. He is a free agent. "
            "Dan Patrick reported on his show that the Boston Red Sox made an offer.")
    assert who(text)[-1] == ("his", "Dan Patrick")


def test_a_reflexive_is_the_subject_of_its_clause(who):
    text = "John Smith, who worked for Peter Brown, hanged himself in his cell."
    assert who(text) == [("himself", "John Smith"), ("his", "John Smith")]


def test_the_subject_of_a_reported_clause_is_the_reporter(who):
    text = "Tam Bakewell, who hired Peter Brown last year, said he would resign."
    assert who(text) == [("he", "Tam Bakewell")]


def test_the_subject_of_an_adverbial_clause_is_the_subject_of_the_main_clause(who):
    text = "Robert Gray, who worked with John Doe for years before he retired in 1990, dies at 95."
    assert who(text) == [("he", "Robert Gray")]


def test_a_subject_the_article_makes_a_woman_is_no_he(who):
    text = "Mary Jones hurt herself in a fall. John Smith found her. Mary Jones said he saved her life."
    assert ("he", "John Smith") in who(text)


def test_a_clause_without_a_subject_takes_the_subject_of_the_clause_it_hangs_on(who):
    text = "Tam Bakewell was found guilty of robbing John Doe in May 2011 as he fled the city."
    assert who(text) == [("he", "Tam Bakewell")]


def test_a_possessive_in_a_conjunct_is_the_person_of_the_first_conjunct(who):
    text = ("Tam Bakewell has tried to distance himself from his predecessor, "
            "pulling John Doe and his nephew from their posts.")
    assert who(text)[-1] == ("his", "John Doe")


def test_pronouns_syntax_binds_to_a_person_show_their_gender(who):
    # Orlo Venn's own "he … his" (bound by syntax) make him "he", so the later "he" of a
    # conjoined clause is his, not Tomas Brell's, whom a noun shows a man.
    text = ("Tomas Brell, a quiet young man, was shot by officers. Police Chief Orlo Venn has said that "
            "he has already made up his mind and that he has decided his officers did nothing wrong.")
    assert who(text)[-2:] == [("he", "Orlo Venn"), ("his", "Orlo Venn")]


def test_an_object_pronoun_is_not_the_subject_of_its_own_verb(who):
    # Binding: a non-reflexive "him" is not the subject of its verb, though that subject is the
    # person named last before it.
    text = "Mark Hollis was at home on Monday when Tomas Brell shot him."
    assert who(text) == [("him", "Mark Hollis")]


def test_a_gender_the_text_shows_only_later_does_not_draw_an_earlier_pronoun(who):
    # Peter Brown is shown a man only after the "his" (by "a young man"); at the "his" the reader
    # knows neither man's gender, and the nearer, Tomas Brell, is the one the passage is about.
    text = ("Peter Brown, 34, died at the scene. Tomas Brell, 32, also died. Tomas Brell was wanted by police. "
            "Sara Lind, Brell's mother, said officers came to her home days before his death. "
            "A lawyer for the family of Peter Brown, a young man from Elmford, spoke on Monday.")
    assert ("his", "Tomas Brell") in who(text)
