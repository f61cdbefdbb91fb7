"""Masking boilerplate (kg.ingest.clean): blanked with spaces, newlines and offsets kept, story text untouched."""

from __future__ import annotations

import re

import pytest
from kg.ingest.clean import clean, load_patterns
from kg.model import Article
from kg.ingest.read import read_inputs

from conftest import EXAMPLE_DIR

STORY = "Troops patrolled the capital on Friday after days of protests."
LATER = "The government said order had been restored in most regions."


def blank(text: str) -> str:
    return " " * len(text)


def masked(text: str) -> str:
    result = clean(Article("test.txt", text)).masked
    assert len(result) == len(text)
    assert all(m == t or (m == " " and t != "\n") for m, t in zip(result, text)), "only blanking is allowed"
    return result


@pytest.mark.parametrize(
    "boilerplate",
    [
        "Sign up now for FREE unlimited access to Reuters.com",
        "Subscribe to our newsletter",
        "Leave a Comment",
        "Leave A Reply",
        "0 Comments",
        "Your email address will not be published. Required fields are marked *",
        "If you like this story, share it with a friend!",
        "We are a non-profit organization. Help us financially to keep our journalism free from government and corporate pressure",
        "You might also like",
        "Related articles",
        "news Floods Return to the Delta Read more",
        "(With input from news agency language)",
        "Reporting by Jane Doe and John Roe Writing by Ann Poe Editing by Kim Loe",
        "(Reporting by Jane Doe; Editing by Kim Loe)",
        "By Olzhas Auyezov",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Copyright 2022 The Associated Press. All rights reserved.",
        "Source: TRTWorld and agencies",
    ],
)
def test_a_boilerplate_line_is_blanked_and_the_story_around_it_kept(boilerplate):
    text = f"{STORY}\n\n{boilerplate}\n\n{LATER}"
    result = masked(text)
    assert result == f"{STORY}\n\n{blank(boilerplate)}\n\n{LATER}"


@pytest.mark.parametrize(
    "credit, caption",
    [
        ("© Reuters. FILE PHOTO: ", "Police officers block a street leading to the presidential residence"),
        ("FILE PHOTO: ", "Demonstrators gather in the main square"),
    ],
)
def test_a_photo_credit_is_blanked_but_a_single_caption_is_kept(credit, caption):
    # A caption states facts (who, where); only the credit and label are boilerplate.
    text = f"{STORY}\n\n{credit}{caption}\n\n{LATER}"
    assert masked(text) == f"{STORY}\n\n{blank(credit)}{caption}\n\n{LATER}"


def test_read_more_after_a_sentence_is_blanked_but_not_the_sentence():
    text = f"{STORY} read more\n{LATER}"
    assert masked(text) == f"{STORY}          \n{LATER}"


def test_a_wire_code_at_the_end_of_a_paragraph_is_blanked():
    text = f"{STORY} L4N2TM22L\n\n{LATER}"
    assert masked(text) == f"{STORY}          \n\n{LATER}"


def test_photo_credits_after_captions_are_blanked():
    text = "A protester holds a flag in the main square on Wednesday. (AP Photo/Jane Doe)\nTalks resumed. (Reuters)"
    assert masked(text) == (
        f"A protester holds a flag in the main square on Wednesday. {blank('(AP Photo/Jane Doe)')}\n"
        f"Talks resumed. {blank('(Reuters)')}"
    )


def test_the_social_media_promo_is_blanked_even_when_glued_to_the_credit_line():
    promo = "Social media is bold.\nSocial media is young.\nSocial media raises questions.\nBut never irrelevant.\nSocial media is you."
    text = f"{LATER}\nSource: TRTWorld and agencies{promo}\n{STORY}"
    assert masked(text) == f"{LATER}\n" + re.sub(r"[^\n]", " ", f"Source: TRTWorld and agencies{promo}") + f"\n{STORY}"


def test_the_date_header_is_blanked_and_the_text_on_its_line_kept():
    text = " date 2022-01-07 Troops patrolled the capital."
    assert masked(text) == "                 Troops patrolled the capital."


@pytest.mark.parametrize(
    "sentence",
    [
        "Reporting by the BBC found that the figures were wrong.",  # not a credit line: a sentence
        "Social media is full of videos of the clashes.",
        "Officials said 0 comments had been received on the draft law.",
        "He said: Sign up for the army was voluntary until 2015, when conscription returned.",
        "The company (Chevron) said output fell.",
        "Leave a reply on the ballot, the commission told voters, if you changed your mind.",
    ],
)
def test_story_sentences_that_share_words_with_boilerplate_are_kept(sentence):
    assert masked(f"{sentence}\n{STORY}") == f"{sentence}\n{STORY}"


# --- repeats -----------------------------------------------------------------


def test_a_caption_repeated_in_its_paragraph_keeps_the_first_copy():
    caption = "A demonstrator gives back a shield to a riot police officer during a protest on Wednesday."
    text = f"{STORY}\n\n{caption} (AP) {caption} (AP)\n\n{LATER}"
    result = masked(text)
    assert result == f"{STORY}\n\n{caption}{blank(f' (AP) {caption} (AP)')}\n\n{LATER}"


def test_a_paragraph_repeating_the_previous_one_is_blanked():
    text = f"{STORY}\n\n{STORY}\n{LATER}"
    assert masked(text) == f"{STORY}\n\n{blank(STORY)}\n{LATER}"


def test_short_repeats_and_separate_repeats_are_kept():
    chant = '"Shame! Shame!" the crowd shouted.'
    apart = f"{STORY} {LATER} {STORY}"  # the same sentence again, but not right after itself
    assert masked(chant) == chant
    assert masked(apart) == apart


# --- the data file and the corpus -------------------------------------------


def test_every_pattern_says_what_it_catches_and_matches_its_own_example():
    patterns = load_patterns()
    assert len(patterns) >= 15
    for pattern in patterns:
        assert pattern.name and len(pattern.catches) > 20
        quoted = re.findall(r'"([^"]+)"', pattern.catches)
        assert quoted, f"{pattern.name}: give an example in `catches`"
        examples = [example.replace("…", "").replace(" / ", "\n") for example in quoted]
        assert any(pattern.regex.search(example) for example in examples), pattern.name


@pytest.fixture(scope="module")
def corpus() -> dict[str, Article]:
    return {a.source_id[:3]: clean(a) for a in read_inputs([EXAMPLE_DIR])}


def test_corpus_boilerplate_named_in_the_gold_is_gone(corpus):
    # The strings of the gold's `not_actors` that are page furniture, not story words.
    for article in corpus.values():
        for phrase in ("FREE", "Reuters.com", "Leave A Reply", "You might also like", "Sign up", "Social media"):
            assert phrase not in article.masked, (article.source_id, phrase)


@pytest.mark.parametrize(
    "key, gone",
    [
        ("000", "date 2022-01-07"),
        ("000", "Russia Takes a Gamble"),
        ("001", "TRTWorld"),
        ("001", "If you like this story"),
        ("001", "0 Comments"),
        ("002", "(AP)"),
        ("003", "FILE PHOTO"),
        ("003", "By Olzhas Auyezov"),
        ("003", "Your email address"),
        ("004", "L4N2TM22L"),
        ("004", "read more"),
        ("004", "Editing by"),
        ("004", "Trust Principles"),
        ("004", "Leave a Comment"),
    ],
)
def test_corpus_boilerplate_is_blanked(corpus, key, gone):
    assert gone in corpus[key].text and gone not in corpus[key].masked


def test_corpus_captions_are_kept_once(corpus):
    caption = "The deadly street battles in Kazakhstan began as protests over surging fuel prices."
    assert corpus["002"].text.count(caption) == 2 and corpus["002"].masked.count(caption) == 1


@pytest.mark.parametrize(
    "key, kept",
    [
        ("000", "Kazakhstan's president said Friday that order had been mostly restored"),
        ("001", "Russia said it saw the unrest as"),
        ("002", "Journalist Bruce Pannier told DW that the figures"),
        ("003", "ALMATY (Reuters) – Kazakh President Kassym-Jomart Tokayev said Friday"),
        ("004", "has reduced the computing power of the global bitcoin network."),
        ("004", "field operator Chevron (CVX.N) said"),
    ],
)
def test_corpus_story_text_is_kept_at_its_offsets(corpus, key, kept):
    start = corpus[key].text.index(kept)
    assert corpus[key].masked[start : start + len(kept)] == kept
