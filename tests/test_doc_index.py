"""kg.nlp.parse's per-Doc index of token strings, and the frames before a name, read without a Token per look."""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, ORTH

from kg.extract.actor_types import Frames, _framed_before
from kg.nlp.parse import load_pipeline, positions, positions_of, texts_of

TEXT = "The police said the police chief and the Police Union met. The chief said 2 officers were hurt."


def test_positions_and_texts_are_those_of_a_scan_over_the_tokens():
    doc = load_pipeline()(TEXT)
    for attr, name in ((ORTH, "text"), (LOWER, "lower_"), (LEMMA, "lemma_")):
        words = [getattr(token, name) for token in doc]
        assert texts_of(doc, attr) == words
        assert positions_of(doc, attr, {"police", "chief"}) == [i for i, w in enumerate(words) if w in ("police", "chief")]
        assert positions(doc, attr, str.istitle) == [i for i, w in enumerate(words) if w.istitle()]
    assert positions_of(doc, ORTH, {"police"}, lower=True) == [i for i, t in enumerate(doc) if t.lower_ == "police"]


def test_an_empty_doc_has_no_positions():
    doc = load_pipeline()("")
    assert positions_of(doc, ORTH, {"police"}) == [] and texts_of(doc, ORTH) == []


def test_a_frame_before_a_name_matches_on_its_last_word_and_a_number_on_hash():
    doc = load_pipeline()("Shares of Orbix rose. He sold 2 shares of Vantel and met Mr Smith.")
    starts = {t.text: t.i for t in doc}
    frames = Frames((("shares", "of"), ("#", "shares", "of"), ("mr",)), frozenset(), frozenset())
    assert _framed_before(doc, starts["Orbix"], frames) and _framed_before(doc, starts["Vantel"], frames)
    assert _framed_before(doc, starts["Smith"], frames) and not _framed_before(doc, starts["sold"], frames)
    numbered = Frames((("#",),), frozenset(), frozenset())
    assert _framed_before(doc, starts["2"] + 1, numbered) and not _framed_before(doc, starts["Vantel"], numbered)
    everywhere = Frames(((),), frozenset(), frozenset())  # an empty frame matches before every word
    assert everywhere.ends is None and _framed_before(doc, 0, everywhere)
