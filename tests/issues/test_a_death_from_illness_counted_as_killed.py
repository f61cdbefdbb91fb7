"""A death from illness counted as a killing: "her husband died of cancer" gave Killed 1. A
death the text puts down to illness or age (kg/data/figures.yaml ``natural_deaths``) is no
figure of the Killed measure; a death from wounds still is."""

import pytest

from attribution_helpers import extraction


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in extraction(nlp, text)[0].claims]


@pytest.mark.parametrize("text", [
    "Her husband died of cancer last year.",
    "Two residents died after a long illness, the home said.",
    "The victim's father died of natural causes in 2010.",
])
def test_a_death_from_illness_is_no_killing(nlp, text):
    assert claims(nlp, text) == []


def test_a_death_from_wounds_is_still_killed(nlp):
    assert claims(nlp, "The man died at the hospital from his injuries.") == [("Killed", 1)]
