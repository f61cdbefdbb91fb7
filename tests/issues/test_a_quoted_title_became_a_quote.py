"""Quoted titles became quotes: 'the conference, titled "The Future of Work in
Europe"' gave a quote, since a stretch of four words or more was a quote even with no cue. Quoted
words no cue attributes are a quote only when they read as someone's words: a clause of their own
or a sentence standing alone; and a quoted subject of the cue verb ('"…" was written by X') is
what is spoken of."""

from attribution_helpers import attributions


def quotes(nlp, text):
    return [a.quote.text for a in attributions(nlp, text)[0]]


def test_a_quoted_title_is_no_quote(nlp):
    assert quotes(nlp, 'The conference, titled "The Future of Work in Europe", opened on Tuesday.') == []


def test_a_quoted_nickname_is_no_quote(nlp):
    assert quotes(nlp, 'The company held the event, dubbed "Back to Basics for Small Firms", in Paris.') == []


def test_quoted_words_with_a_clause_of_their_own_stay_a_quote(nlp):
    assert quotes(nlp, 'The banner outside the plant read only this: "We are not leaving Millbrook."') == [
        "We are not leaving Millbrook."]


def test_a_quoted_subject_of_the_cue_is_no_quote(nlp):
    # The title is what was written, not words the writer says.
    assert quotes(nlp, '"The Long Road to Millbrook" was written by Tom Hale in 1990.') == []
