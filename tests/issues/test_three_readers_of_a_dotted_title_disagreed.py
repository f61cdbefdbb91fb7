"""Three readers of a title's dotted abbreviation before a name ("Sgt. Ann Lark") disagreed: the
actor extractor asked the gazetteer for any title followed by a full stop, the quote extractor
the words of titles.yaml's dotted abbreviations, the speaker finder any person's title before a
split-off full stop. One predicate (``kg.extract.syntax.dotted_title_before_name``) now answers
for all three."""

import pytest

from kg.extract.syntax import dotted_title_before_name


@pytest.mark.parametrize("text, word", [
    ("Sgt. Ann Lark said the road was closed.", "Sgt"),
    ("Elmford Police Lt. Tom Brell arrived.", "Lt"),
    ("Lt. Col. Tom Brell arrived.", "Lt"),
    ("Lt. Col. Tom Brell arrived.", "Col"),
    ("Cpt. Ann Lark arrived.", "Cpt"),
])
def test_a_dotted_title_before_a_name(nlp, text, word):
    doc = nlp(text)
    assert dotted_title_before_name(doc, next(t.i for t in doc if t.text == word))


@pytest.mark.parametrize("text, word", [
    ("The rules came from the SEC. Ann Lark read them.", "SEC"),  # an agency's acronym ends a sentence
    ("She met the Sergeant. Ann Lark was there.", "Sergeant"),  # a full title, no abbreviation
    ("Sgt. ann lark arrived.", "Sgt"),  # no capitalised word after it
    ("He spoke to the Sgt.", "Sgt"),  # the text ends after it
])
def test_no_dotted_title_before_a_name(nlp, text, word):
    doc = nlp(text)
    assert not dotted_title_before_name(doc, next(t.i for t in doc if t.text == word))
