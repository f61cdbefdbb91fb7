"""On long articles, extractors asked "which mentions cover this word?" by scanning every
mention for every word (events, quotes, pronoun antecedents): quadratic. They now ask
kg.extract.overlaps.MentionsByOffset, which must answer exactly what the scan answered."""

from hypothesis import given, settings, strategies as st

from kg.extract.overlaps import MentionsByOffset
from kg.model import EntityMention, Span

SPANS = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 40)), max_size=40)
STRETCHES = st.lists(st.tuples(st.integers(-10, 350), st.integers(0, 12)), min_size=1, max_size=20)


@settings(max_examples=200, deadline=None)
@given(SPANS, STRETCHES)
def test_the_index_finds_what_a_scan_of_every_mention_finds_in_the_same_order(spans, stretches):
    mentions = [EntityMention(f"e{i}", Span(start, start + length, ""), "name", "Person")
                for i, (start, length) in enumerate(spans)]
    index = MentionsByOffset(mentions)
    for start, length in stretches:
        end = start + length
        assert index.overlapping(start, end) == [m for m in mentions if m.span.start < end and start < m.span.end]
