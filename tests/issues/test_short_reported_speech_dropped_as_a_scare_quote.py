"""A quoted stretch under four words was a quote only before ``, he said``: short reported speech
("X called them “terrorist groups”", "X described it as “unhinged”", the short rest of a split
quote) was dropped with the scare quotes. Syntax now tells them apart: the quoted phrase is what
a reporting verb with a subject says or calls something; a quoted subject, modifier or verb of
the reported clause is still a scare quote."""

from kg.extract.actors import ActorExtractor
from kg.extract.quotes import find_attributions
from kg.model import Article

TEXT = (
    "The president called the protesters “terrorist groups” on Friday. "
    "The senator described the plan as “unhinged.”\n\n"
    "“It is over,” the senator said, “for good.”\n\n"
    "The ministry said that 26 “armed criminals” had been “liquidated” and that a "
    "“peacekeeping” force had arrived."
)


def attributions(nlp):
    article = Article("a.txt", TEXT, masked=TEXT)
    doc = nlp(TEXT)
    return find_attributions(doc, article, ActorExtractor()(doc, article))


def test_a_short_phrase_a_speaker_calls_something_is_a_quote_of_that_speaker(nlp):
    found = {a.quote.text: a for a in attributions(nlp)}
    assert found["terrorist groups"].cue.text == "called"
    assert found["terrorist groups"].source.text == "The president"
    assert found["unhinged."].cue.text == "described"
    assert found["unhinged."].source.text == "The senator"
    assert found["for good."].source.text == "the senator"


def test_quoted_subjects_verbs_and_modifiers_stay_scare_quotes(nlp):
    quoted = {a.quote.text for a in attributions(nlp)}
    assert not quoted & {"armed criminals", "liquidated", "peacekeeping"}
