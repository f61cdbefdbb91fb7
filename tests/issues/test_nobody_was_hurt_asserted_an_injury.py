""""No one else was injured" and "nobody was hurt" made asserted injuries: a subject that says
there is nobody (or nothing) who underwent or did the event denies that it happened, so the
event is negated (NewsReader NEG); a subject that counts someone keeps it asserted."""

import pytest

from test_a_refused_act_was_possible_not_negated import factuality


@pytest.mark.parametrize("text, word", [
    ("No one else was injured.", "injured"),
    ("Nobody was hurt in the crash.", "hurt"),
    ("None of the officers was injured.", "injured"),
    ("Nothing was stolen from the shop.", "stolen"),
])
def test_nobody_undergoing_it_negates_the_event(nlp, text, word):
    assert factuality(nlp, text)[word] == "negated"


@pytest.mark.parametrize("text, word", [
    ("One officer was injured.", "injured"),
    ("Two of the officers were injured.", "injured"),
])
def test_someone_undergoing_it_keeps_it_asserted(nlp, text, word):
    assert factuality(nlp, text)[word] == "asserted"
