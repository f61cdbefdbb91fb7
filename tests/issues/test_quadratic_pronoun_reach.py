"""On a 800,000-character article, pronoun resolution scanned every earlier mention of the
article for each pronoun (to keep those within reach) and every mention for each role noun
("the gunman"). The mentions within reach are now found by bisection on their offsets; they
must be the ones the scan kept."""

from hypothesis import given, settings, strategies as st

from kg.resolve.pronouns import _PRONOUN_REACH, _reach

STARTS = st.lists(st.integers(0, 5 * _PRONOUN_REACH), max_size=60).map(sorted)


@settings(max_examples=300, deadline=None)
@given(STARTS)
def test_the_mentions_within_reach_of_a_pronoun_are_those_a_scan_keeps(starts):
    for i, start in enumerate(starts):
        scanned = [j for j, s in enumerate(starts[:i]) if start - s < _PRONOUN_REACH]
        assert list(range(_reach(starts, start), i)) == scanned
