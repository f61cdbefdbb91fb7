"""On a 800,000-character article, find_attributions spent 16 s scanning every quoted stretch
for each full stop (does it end a sentence?) and for each word between a quote and its cue, and
every sentence boundary for each quote. Stretches are now kept as kg.extract.overlaps.Ranges
(bisection on their starts) and boundaries are bisected; they must answer what the scans did."""

from hypothesis import given, settings, strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from kg.extract.overlaps import Ranges
from kg.extract.quotes import _sentence_boundaries, quoted_stretches

RANGES = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 30)).map(lambda r: (r[0], r[0] + r[1])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(RANGES, st.lists(st.integers(-5, 240), min_size=1, max_size=20))
def test_ranges_cover_what_a_scan_of_every_range_covers(ranges, offsets):
    index = Ranges(ranges)
    for offset in offsets:
        assert index.covers(offset) == any(a <= offset < b for a, b in ranges)
        for end in (offset, offset + 1, offset + 17):
            assert index.starts_within(offset, end) == any(offset <= a < end for a, _ in ranges)


WORDS = st.lists(st.sampled_from(['"', "“", "”", "He", "said", ".", "Mr.", "!", "?", "calm", "…", "\n"]),
                 min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(WORDS)
def test_sentence_boundaries_leave_out_full_stops_inside_quotes_as_a_scan_of_every_stretch_did(words):
    doc = Doc(Vocab(), words=words)
    text = doc.text
    stretches = quoted_stretches(text)
    expected = []
    for token in doc:
        if not token.text or any(char not in ".!?…" for char in token.text):
            continue
        end = token.idx + len(token.text)
        if text[end : end + 1] in ('"', "”", "’"):
            end += 1
        if not any(s.open_mark < end <= s.close_mark for s in stretches):
            expected.append(end)
    boundaries = _sentence_boundaries(doc, text, stretches)
    assert boundaries == expected
    assert boundaries == sorted(boundaries)  # the callers bisect them


@settings(max_examples=300, deadline=None)
@given(RANGES, st.lists(st.tuples(st.integers(-5, 240), st.integers(0, 20)), min_size=1, max_size=20))
def test_ranges_hold_what_a_scan_of_every_range_holds(ranges, stretches):
    # the named-entity step asks it of each entity: is it inside a title ("State" in "Head of State")?
    index = Ranges(ranges)
    for begin, length in stretches:
        assert index.holds(begin, begin + length) == any(a <= begin and begin + length <= b for a, b in ranges)
