"""A quote lost its speaker when the parse gave the reporting verb no subject: in "When asked
whether …, Boeing Executive Vice President Scott Carson replied, "…"" the parser made the name
a conjunct of the clause before, and the quote had no speaker."""

from kg.extract.actors import ActorExtractor
from kg.extract.quotes import find_attributions
from kg.model import Article

TEXT = ('When asked whether the deal should be seen as a step towards a resolution of the rift '
        'between Russia and the US, Boeing Executive Vice President Scott Carson replied, "It '
        'represents a business relationship between our Company and Aeroflot, and I am proud of it."')


def test_the_name_right_before_the_verb_is_the_speaker(nlp):
    article = Article("a.txt", TEXT, masked=TEXT)
    doc = nlp(TEXT)
    mentions = ActorExtractor()(doc, article)
    (attribution,) = find_attributions(doc, article, mentions)
    assert attribution.cue.text == "replied"
    assert {m.key: m.name for m in mentions}[attribution.speaker] == "Scott Carson"
