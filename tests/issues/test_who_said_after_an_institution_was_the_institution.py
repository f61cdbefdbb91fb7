""""Tom Reyes, an economist at the Orvane Institute, who said "…"": the parse hangs the relative
clause on the institution, and the quote was the institution's. "who" stands for a person:
through the "at …" phrase and the apposition, it is Tom Reyes."""

from kg.extract import Extractor
from kg.model import Article


def test_who_after_a_person_s_institution_is_the_person(nlp):
    text = 'A different view came from Tom Reyes, an economist at the Orvane Institute, who said, "Growth will slow down next year."'
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    assert [names.get(q.speaker) for q in extraction.quotes] == ["Tom Reyes"]
