"""A relative's "He didn't hurt nobody" (negative concord: he never hurt anybody) was read as the
figure Injured 0, which then conflicted with the killing the article reported. A nought word in a
clause already negated counts no one; "nobody was hurt" still counts nought."""

import pytest

from attribution_helpers import extraction


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in extraction(nlp, text)[0].claims]


@pytest.mark.parametrize("text", [
    '"He didn\'t hurt nobody," his mother said.',
    '"He ain\'t never do nothing to hurt nobody," said his brother.',
])
def test_a_double_negative_is_no_count(nlp, text):
    assert ("Injured", 0) not in claims(nlp, text)


def test_nobody_hurt_is_still_a_count_of_nought(nlp):
    assert ("Injured", 0) in claims(nlp, "A car bomb exploded outside the station. Police said nobody was hurt.")
