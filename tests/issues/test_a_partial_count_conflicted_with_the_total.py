"""A part of a toll was set against the whole toll as a contradiction: "he killed two more
people" or "the other two were killed" against "three people were killed", and "four people,
including the gunman, were killed" against the gunman's three victims. Both are true of one
shooting; such figures carry a part marker (kg/data/figure_parts.yaml) and conflict with none."""

import pytest

from claim_conflicts import conflicts


@pytest.mark.parametrize("title, text", [
    ("Millbrook mall gunman kills two more",
     "A gunman opened fire at the Millbrook mall on Saturday. He killed two more people in a store nearby, "
     "Police Chief Dana Reyes said."),
    ("Millbrook mall shooting",
     "A gunman opened fire at the Millbrook mall on Saturday. The other two people were killed in the shooting, "
     "Police Chief Dana Reyes said."),
    ("Four dead in Millbrook mall shooting",
     "A gunman opened fire at the Millbrook mall on Saturday. Four people, including the gunman, were killed "
     "in the shooting, Police Chief Dana Reyes said."),
], ids=["two more", "the other two", "including the gunman"])
def test_a_part_of_the_toll_does_not_contradict_the_toll(tmp_path, title, text):
    assert conflicts(tmp_path, title, text) == set()


def test_two_whole_tolls_of_the_same_shooting_still_conflict(tmp_path):
    found = conflicts(tmp_path, "Two killed in Millbrook mall shooting",
                      "A gunman opened fire at the Millbrook mall on Saturday. Two people were killed in the shooting, "
                      "Police Chief Dana Reyes said.")
    assert found == {("Killed", 3, ("a",)), ("Killed", 2, ("b",))}
