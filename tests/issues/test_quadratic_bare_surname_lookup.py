"""A bare surname the NER missed as the subject of a quote ("Pannier said") names the last
person mention ending with it; on a long article that was a scan of every mention per such
subject. The people are now grouped by their last word once; the answer must stay the last
earlier person with that surname, counted here on a stand-in list of mentions, not timed."""

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.quotes import _SpeakerFinder
from kg.model import PERSON, EntityMention, Span


class CountingList(list):
    """The mentions, counting how often they are walked through."""

    walks = 0

    def __iter__(self):
        CountingList.walks += 1
        return super().__iter__()


def test_every_bare_surname_names_the_last_earlier_person_with_one_walk_over_the_mentions():
    words = ["Ann", "Pannier", "spoke", ".", "Bo", "Pannier", "spoke", ".", "Pannier", "said", "so", "."] * 50
    doc = Doc(Vocab(), words=words)
    people = [EntityMention(f"e{t.i}", Span(t.idx, doc[t.i + 1].idx + len(doc[t.i + 1].text), ""),
                            f"{t.text} Pannier", PERSON) for t in doc if t.text in ("Ann", "Bo")]
    finder = _SpeakerFinder(doc, doc.text, people)
    finder.entities = CountingList(finder.entities)
    CountingList.walks = 0
    bare = [t for t in doc if t.text == "Pannier" and t.nbor(1).text == "said"]
    names = {m.key: m.name for m in people}
    named = [finder._earlier_full_name(t) for t in bare]
    assert [names[key] for key in named] == ["Bo Pannier"] * 50
    assert named == [f"e{t.i - 4}" for t in bare]  # the Bo Pannier of the same paragraph
    assert CountingList.walks <= 1
