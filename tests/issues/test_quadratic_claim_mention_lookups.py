"""On a 800,000-character article, extract_claims spent 10 s finding the mention under each
figure's affected noun and source: a scan of every mention per figure. It now asks
kg.extract.overlaps.MentionsByOffset, and must find the mention the scan found."""

from hypothesis import given, settings, strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.figures import entity_key
from kg.extract.overlaps import MentionsByOffset
from kg.model import EntityMention, Span

DOC = Doc(Vocab(), words=["Police", "said", "26", "protesters", "were", "killed", "in", "Almaty", "."] * 8)
SPANS = st.lists(st.tuples(st.integers(0, len(DOC.text)), st.integers(1, 30)), max_size=30)


@settings(max_examples=200, deadline=None)
@given(SPANS)
def test_the_mention_under_a_word_is_the_shortest_one_a_scan_of_every_mention_finds(spans):
    mentions = [EntityMention(f"e{i}", Span(start, start + length, ""), "", "Person")
                for i, (start, length) in enumerate(spans)]
    index = MentionsByOffset(mentions)
    for token in DOC:
        containing = [m for m in mentions if m.span.start <= token.idx < m.span.end]
        scanned = min(containing, key=lambda m: m.span.end - m.span.start).key if containing else None
        assert entity_key(token, index) == scanned
