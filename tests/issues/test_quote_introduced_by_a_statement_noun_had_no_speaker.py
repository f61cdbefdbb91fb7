"""'Tom Hale made the following comment: “…”' gave the quote no cue and no speaker: only verbs
and "according to" introduced a quote. A statement noun (attribution_cues.yaml, speech_nouns)
that a verb takes as its object, before a colon, introduces it; the verb's subject makes it."""

from kg.extract.actors import ActorExtractor
from kg.extract.quotes import find_attributions
from kg.model import Article

TEXT = ("On July 6, 2015, Tom Hale made the following comment:\n\n"
        "“For young people who have graduated high school, the unemployment rate is 33 percent.”")


def test_the_maker_of_the_comment_says_the_quote(nlp):
    article = Article("a.txt", TEXT, masked=TEXT)
    doc = nlp(TEXT)
    mentions = ActorExtractor()(doc, article)
    by_key = {m.key: m for m in mentions}
    [quote] = find_attributions(doc, article, mentions)
    assert quote.cue is not None and quote.cue.text == "comment"
    assert quote.speaker is not None and by_key[quote.speaker].name == "Tom Hale"
