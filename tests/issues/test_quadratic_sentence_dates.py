"""On a 800,000-character article, every event without a date of its own scanned every time
expression of the article for those of its sentence. kg.extract.dates.times_starting_in finds
them by bisection; it must return what the scan returned, in the same order."""

from hypothesis import given, settings, strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.dates import times_starting_in
from kg.model import Span, TimeMention

TIMES = st.lists(st.tuples(st.integers(0, 300), st.integers(1, 20)), max_size=30)
STRETCHES = st.lists(st.tuples(st.integers(-10, 320), st.integers(0, 80)), min_size=1, max_size=20)


@settings(max_examples=200, deadline=None)
@given(TIMES, STRETCHES)
def test_the_times_of_a_sentence_are_those_a_scan_of_every_time_finds_in_the_same_order(spans, stretches):
    doc = Doc(Vocab(), words=["On", "Monday"])
    times = [TimeMention(Span(start, start + length, ""), None) for start, length in spans]
    for begin, length in stretches:
        end = begin + length
        scanned = [t for t in times if begin <= t.span.start < end]
        assert [id(t) for t in times_starting_in(doc, times, begin, end)] == [id(t) for t in scanned]
