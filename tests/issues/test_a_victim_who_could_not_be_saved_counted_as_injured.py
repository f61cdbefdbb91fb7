"""A victim later said to have died counted as injured: "X shot a teenager … doctors were unable
to save him" gave Injured 1. A rescue denied ("unable to save", "could not be revived", "did not
survive"; kg/data/figures.yaml ``denied_rescues``) and "succumbed" tell of a death: the one not
saved is Killed, and "shot" alone no longer reads as wounded."""

import pytest

from described_people_helpers import resolved


def claims(nlp, text):
    found, label = resolved(nlp, text)
    return [(c.measure, int(c.value), label.get(c.affected)) for c in found.claims]


@pytest.mark.parametrize("text, affected", [
    ("Dan Pruitt shot a teenager outside a store in Millbrook on Friday. Doctors were unable to save the teen, "
     "police said.", "a teenager"),
    ("A man shot a 16-year-old boy on Friday night. The boy was taken to a hospital, but he did not survive.",
     "a 16-year-old boy"),
    ("A 16-year-old boy was shot on Friday night. He was rushed to a hospital, where he succumbed to his wounds.",
     "a 16-year-old boy"),
])
def test_the_one_doctors_could_not_save_is_killed(nlp, text, affected):
    assert claims(nlp, text) == [("Killed", 1, affected)]


def test_one_doctors_saved_is_still_injured(nlp):
    assert claims(nlp, "A man was shot on Friday. Doctors saved him.") == [("Injured", 1, "a man")]
