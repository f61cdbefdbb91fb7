"""'Hinds said that … had “…” and … had “…”' after the article named the person in full: the
tagger read the surname opening the sentence as a plural common noun, so the reporting verb's
subject was no name, and both quoted fragments had no speaker. A subject that is the last word
of a named person's full name earlier in the article is that person, whatever its tag."""

import pytest

from attribution_helpers import speakers


@pytest.mark.parametrize("text, expected", [
    ("Ann Hinds opened the plant on Monday.\nHinds said that the new line has had “a hidden second "
     "purpose” and the old one had “been built for export] for ten years.”", ["Ann Hinds", "Ann Hinds"]),
    ("Tom Sands opened the plant on Monday.\nSands said the new line was “ready for the winter.”", ["Tom Sands"]),
])
def test_the_surname_names_the_person_named_before(nlp, text, expected):
    assert speakers(nlp, text) == expected


def test_a_common_noun_that_is_no_one_s_surname_names_no_one(nlp):
    text = "Ann Hinds opened the plant on Monday.\nWorkers said the new line was “ready for the winter.”"
    assert speakers(nlp, text) != ["Ann Hinds"]
