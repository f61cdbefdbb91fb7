"""A single quoted term the sentence uses as a noun ('denied the existence of a " Kettlegate, "
saying …') became a quote of the speaker of the participle after it, because it ended with a
comma and a cue followed. Short quoted words that are the object of a word before them in the
narration are a term, not speech; a real short quote before its attribution clause stays."""

from attribution_helpers import attributions


def quotes(nlp, text):
    return [a.quote.text for a in attributions(nlp, text)[0]]


def test_a_quoted_term_before_a_participle_is_no_quote(nlp):
    text = ('Marta Quell denied the existence of a "Kettlegate," saying that every kettle maker'
            ' has had the same complaints for years.')
    assert "Kettlegate" not in quotes(nlp, text)


def test_short_words_before_he_said_are_still_a_quote(nlp):
    assert quotes(nlp, '"We will fix it," Marta Quell said on Monday.') == ["We will fix it"]
