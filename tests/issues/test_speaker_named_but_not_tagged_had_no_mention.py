"""A speaker whose name NER did not tag as an actor got no speaker: in 'In a statement, Peabody
said: "…"' the subject of "said" is a name, but no mention covered it, so the quote had none."""

from kg.extract.speakers import described_speakers
from kg.knowledge.gazetteer import Gazetteer
from kg.model import ORGANIZATION, Article


def test_a_proper_noun_subject_of_a_reporting_verb_is_a_speaker(nlp):
    text = 'In a statement, Peabody said: "Patriot Coal was highly successful."'
    doc = nlp(text)
    assert not any(e.text == "Peabody" for e in doc.ents)  # the case: NER misses the name
    (speaker,) = described_speakers(doc, Article("a.txt", text), [], Gazetteer.load())
    assert (speaker.name, speaker.kind, speaker.span.text) == ("Peabody", ORGANIZATION, "Peabody")
