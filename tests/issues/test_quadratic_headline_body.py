"""On a 100,000-character article, headlines.NamePieces.body took 42 s of 82: it joined the
non-headline lines from ``doc.text``, which spaCy rebuilds from every token on each access, once
per line. Now the text is taken once; counted here on a stand-in Doc, not timed."""

from kg.extract.headlines import NamePieces

from headline_docs import StandInDoc


class CountingDoc(StandInDoc):
    """A stand-in Doc that counts how often its text is read."""

    def __init__(self, text: str) -> None:
        self._text = text
        self.reads = 0

    @property
    def text(self) -> str:
        self.reads += 1
        return self._text


def test_the_body_of_a_thousand_lines_reads_the_doc_text_a_fixed_number_of_times():
    lines = ["Troops Arrive In Almaty"] + ["Police said the situation was calm."] * 1000
    doc = CountingDoc("\n".join(lines))
    body = NamePieces(doc, {}).body()
    assert body == "\n".join(lines[1:])
    assert doc.reads <= 2
