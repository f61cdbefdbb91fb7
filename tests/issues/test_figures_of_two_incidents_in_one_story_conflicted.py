"""Two incidents' figures were set against each other because their articles fell into one story:
a weekend round-up's "nine people were killed in shootings" against one shooting's three, and an
article recalling an earlier shooting of the same mall ("on Tuesday, five people were killed")
against Saturday's three. A round-up's scope words mark its figure (kg/data/figure_parts.yaml); a
day the text gives before the other report began is a date clash."""

import pytest

from claim_conflicts import conflicts


@pytest.mark.parametrize("title, text", [
    ("A violent weekend", "A gunman opened fire at the Millbrook mall on Saturday, Police Chief Dana Reyes said. "
                          "Over the weekend, nine people were killed in shootings."),
    ("Millbrook mall shooting", "On Tuesday, five people were killed in a shooting at the Millbrook mall, "
                                "Police Chief Dana Reyes said."),
], ids=["weekend round-up", "earlier day recalled"])
def test_another_incident_s_toll_does_not_contradict_this_one(tmp_path, title, text):
    assert conflicts(tmp_path, title, text) == set()


def test_no_one_hurt_still_conflicts_with_three_killed_in_the_same_shooting(tmp_path):
    found = conflicts(tmp_path, "Millbrook mall shooting",
                      "A gunman opened fire at the Millbrook mall on Saturday. No one was hurt in the shooting, "
                      "Police Chief Dana Reyes said.")
    assert found == {("Killed", 3, ("a",)), ("Injured", 0, ("b",))}
