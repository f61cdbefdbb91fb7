"""An article over spaCy's max_length (1,000,001 characters; 2 MB with no punctuation; 5 MB)
raised E088 out of nlp.pipe and aborted the whole build. Now a long article is parsed in pieces
cut at line breaks (or whitespace, or anywhere for one endless word) and joined into one Doc, so
it builds with every offset pointing into its text. The pieces here are small, so that the test
is quick; the code path is the one a 1,000,001-character article takes."""

import pytest

from conftest import anchors
from kg.nlp.parse import parse, pieces
from kg.model import Article
from kg.pipeline.build import build

PARAGRAPH = ("Police in Almaty detained 12 protesters on Monday, the interior ministry said. "
             "President Kassym-Jomart Tokayev asked the CSTO for help.\n")


@pytest.mark.parametrize("text", [
    PARAGRAPH * 30,  # many lines
    PARAGRAPH.replace("\n", " ") * 30,  # one line
    "protesters gathered " * 300,  # no punctuation
    "x" * 5000 + " Police detained 12 protesters in Almaty.",  # one word longer than a piece
])
def test_a_text_longer_than_a_piece_is_parsed_into_one_doc_with_its_own_offsets(nlp, text):
    article = Article("long", text)
    ((same, doc),) = parse(nlp, [article], piece_chars=1000)
    assert same is article and doc.text == text
    assert all(text[t.idx:t.idx + len(t.text)] == t.text for t in doc)


def test_every_cut_is_at_most_a_piece_long_and_they_make_the_text():
    text = PARAGRAPH * 10 + "y" * 700 + " z"
    bounds = pieces(text, 300)
    assert "".join(text[start:end] for start, end in bounds) == text
    assert all(0 < end - start <= 300 for start, end in bounds)
    assert all(text[end - 1] == "\n" for start, end in bounds[:3])  # at line breaks while there are some


def test_an_article_over_max_length_builds_with_the_others(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(nlp, "max_length", 2000)  # a public setting; spaCy refuses longer texts (E088)
    (tmp_path / "long.txt").write_text("".join(PARAGRAPH.replace("12", str(10 + i)) for i in range(40)))
    (tmp_path / "short.txt").write_text("Troops arrived in Almaty on Friday.")
    result = build([tmp_path])
    assert not result.errors
    assert {a.source_id for a in result.resolved.articles} == {"long.txt", "short.txt"}
    text = (tmp_path / "long.txt").read_text()
    found = [(begin, end, anchor) for source, begin, end, anchor in anchors(result.graph) if source == "long.txt"]
    assert all(text[begin:end] == anchor for begin, end, anchor in found)
    assert max(begin for begin, _, _ in found) > 4000  # evidence from a later piece
