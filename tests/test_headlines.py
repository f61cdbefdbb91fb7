"""Names in title-case headlines (kg.extract.headlines): NER runs a headline's verb into the
name; the actor extractor keeps only the name, and leaves names that contain a verb-like word."""

from __future__ import annotations

import pytest

from kg.extract.actors import ActorExtractor
from kg.extract.headlines import VerbForms
from kg.model import Article


@pytest.fixture(scope="module")
def names_in(nlp):
    extractor = ActorExtractor()

    def run(text: str) -> list[str]:
        found = extractor(nlp(text), Article("test.txt", text))
        for mention in found:
            assert text[mention.span.start:mention.span.end] == mention.span.text
        return [m.name for m in found if not m.pronoun]

    return run


def test_the_pipeline_tells_verb_forms(nlp):
    verbs = VerbForms.of(nlp.vocab)
    assert verbs is not None
    assert verbs.inflected("Dies") and verbs.inflected("launches") and verbs.inflected("caught")
    assert not verbs.inflected("Lohan") and not verbs.inflected("price")


def test_a_headline_verb_is_cut_from_the_name_the_body_writes_without_it(names_in):
    names = names_in("Fred Marlowe Dies at 75\nFred Marlowe, a figure of the harbour bribery affair, died on Sunday.")
    assert names == ["Fred Marlowe", "Fred Marlowe"]


def test_a_verb_between_two_names_leaves_two_names(names_in):
    names = names_in("Obama Nominates Regina Benjamin as Surgeon General\n"
                     "On Monday Obama picked the Alabama doctor Regina Benjamin for the post of surgeon general.")
    assert "Obama" in names[:2] and "Regina Benjamin" in names[:2]
    assert not any("Nominates" in name for name in names)


def test_a_verb_like_word_the_body_writes_in_the_name_stays(names_in):
    names = names_in("The New York Times Reports Record Losses\n"
                     "The New York Times said on Thursday that it lost money in the third quarter.")
    assert names.count("New York Times") == 2


def test_a_sentence_case_line_is_left_alone(names_in):
    # Outside a title-case line the verb is lowercase and never part of a name.
    assert "Sanjay Gupta" in names_in("Sanjay Gupta withdraws his name from consideration as surgeon general.")


def test_a_dash_between_spaces_separates_two_names(names_in):
    assert names_in("Esther Williams - Esther Williams : Swimmer and actress\nEsther Williams swam.")[:2] == \
        ["Esther Williams", "Esther Williams"]


def test_a_headline_verb_that_begins_the_entity_is_cut_too(names_in):
    names = names_in("Kestrels Hire Dana Whitcombe as Head Coach\nThe team said Dana Whitcombe would start on Monday.")
    assert "Dana Whitcombe" in names and not any(name.startswith("Hire") for name in names)


def test_headline_words_the_body_never_capitalises_are_no_name(names_in):
    names = names_in("Texas Lifer Escapes Prison Van Near Houston\n"
                     "A Texas inmate escaped from a prison van near Houston on Sunday.")
    assert not any("Prison" in name or "Van" in name for name in names)
    assert "Houston" in names  # places are kept: a headline may place a story once


def test_a_sentence_dense_with_names_is_no_headline(names_in):
    names = names_in("French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris on Monday.")
    assert {"Emmanuel Macron", "Olaf Scholz"} <= set(names)


def test_an_article_of_one_title_case_line_keeps_its_names(names_in):
    # No body to check the name against: nothing is cut or dropped (NER's span stays as it is).
    assert any(name.startswith("Esther Williams") for name in names_in("Esther Williams Honoured By Hollywood Peers"))


def test_a_headline_word_that_is_no_verb_is_cut_too_when_the_body_never_capitalises_it(names_in):
    names = names_in("Esther Williams Dead : Technicolor Star Dies At 91\n"
                     "Esther Williams, the swimming star of the 1940s, died on Thursday. She was dead at 91.")
    assert names[0] == "Esther Williams"


def test_a_verb_that_ends_the_entity_is_cut(names_in):
    names = names_in("Microsoft Launches Emergency Patch for Internet Explorer\n"
                     "Microsoft released an emergency patch on Tuesday.")
    assert "Microsoft" in names and not any("Launches" in name for name in names)
