"""On a 800,000-character article, described_speakers spent 34 s: for every described speaker
("the senator") it read the title before every named person of the article again, and it
checked each reporting subject against every mention. The titles before each name are now read
once per Doc; counted here with a stand-in gazetteer, not timed."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.speakers import _TitledPeople
from kg.knowledge.gazetteer import TitleInfo
from kg.model import PERSON, EntityMention, Span


class CountingGazetteer:
    """Titles by their written form; counts the questions."""

    TITLES = {"Sen.": TitleInfo("senator", "GOV", True), "Gov.": TitleInfo("governor", "GOV", True)}

    def __init__(self) -> None:
        self.asked = 0

    def title(self, text: str) -> TitleInfo | None:
        self.asked += 1
        return self.TITLES.get(text)


def people_with_titles(repeats: int) -> tuple[Doc, list[EntityMention]]:
    words = ["Sen.", "Ann", "Lee", "met", "Gov.", "Bo", "Park", "and", "Cy", "Ray", "."] * repeats
    doc = Doc(Vocab(), words=words)
    mentions = []
    for token in doc:
        if token.text in ("Ann", "Bo", "Cy"):
            start, end = token.idx, doc[token.i + 1].idx + len(doc[token.i + 1].text)
            mentions.append(EntityMention(f"e{len(mentions)}", Span(start, end, doc.text[start:end]), doc.text[start:end],
                                          PERSON))
    return doc, mentions


def test_a_hundred_descriptions_read_the_titles_before_each_name_once():
    doc, people = people_with_titles(100)
    gazetteer = CountingGazetteer()
    titled = _TitledPeople(doc, people, gazetteer)
    for _ in range(100):
        senators = titled.named_with("senator")
        governors = titled.named_with("governor")
    assert [m.name for m in senators] == ["Ann Lee"] * 100
    assert [m.name for m in governors] == ["Bo Park"] * 100
    assert titled.named_with("president") == []
    assert gazetteer.asked <= 3 * len(people)
