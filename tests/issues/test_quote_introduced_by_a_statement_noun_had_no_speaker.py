"""'Tom Hale made the following comment: “…”' gave the quote no cue and no speaker: only verbs
and "according to" introduced a quote. A statement noun (attribution_cues.yaml, speech_nouns)
that a verb takes as its object, before a colon, introduces it; the verb's subject makes it."""

from attribution_helpers import attributions

TEXT = ("On July 6, 2015, Tom Hale made the following comment:\n\n"
        "“For young people who have graduated high school, the unemployment rate is 33 percent.”")


def test_the_maker_of_the_comment_says_the_quote(nlp):
    found, by_key = attributions(nlp, TEXT)
    [quote] = found
    assert quote.cue is not None and quote.cue.text == "comment"
    assert quote.speaker is not None and by_key[quote.speaker].name == "Tom Hale"
