"""A quote introduced by "She continued, “…”" had no cue, and so no speaker: "continue" counted
as a cue only right after a quote or before a colon."""

from kg.extract.actors import ActorExtractor
from kg.extract.quotes import find_attributions
from kg.model import Article

TEXT = ("“They are 100 percent wrong,” said the widow Terry Strada.\n\nShe continued, “For us, the "
        "families and survivors, all we want is the truth about what happened that day.”")


def test_a_verb_right_before_the_comma_of_a_quote_is_its_cue(nlp):
    article = Article("a.txt", TEXT, masked=TEXT)
    doc = nlp(TEXT)
    mentions = ActorExtractor()(doc, article)
    found = find_attributions(doc, article, mentions)
    second = next(a for a in found if a.quote.text.startswith("For us"))
    assert second.cue is not None and second.cue.text == "continued"
    assert second.source is not None and second.source.text == "She"
