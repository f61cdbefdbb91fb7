"""Finding the name right before a reporting verb with no parsed subject scanned every mention
of the article, slicing the text from each to the verb: quadratic on a long article (the
5,000,000-character article spent minutes there). Mentions are now indexed by where they
end, and only the spaces right before the verb are walked; the speaker is the same."""

from kg.extract.actors import ActorExtractor
from kg.extract.quotes import find_attributions
from kg.model import Article

from test_speaker_lost_when_the_parse_gives_the_cue_no_subject import TEXT


def test_each_of_many_quotes_keeps_the_name_right_before_its_verb(nlp):
    text = " ".join([TEXT] * 40)
    article = Article("a.txt", text, masked=text)
    doc = nlp(text)
    mentions = ActorExtractor()(doc, article)
    names = {m.key: m.name for m in mentions}
    speakers = [names[a.speaker] for a in find_attributions(doc, article, mentions) if a.cue.text == "replied"]
    assert speakers == ["Scott Carson"] * 40
