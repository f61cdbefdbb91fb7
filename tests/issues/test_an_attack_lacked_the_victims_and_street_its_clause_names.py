"""An attack had no roles though its clause gives them: "four people were wounded when a gunman
opened fire" left the attack without the wounded as targets, and "were shot on Oak Street" without
its street as place (issue 15 item 5: victims are targets, places are places)."""

from __future__ import annotations

from described_people_helpers import resolved


def _names(keys, labels):
    return sorted(labels[k] for k in keys)


def test_the_attack_of_a_when_clause_takes_the_wounded_as_targets(nlp):
    found, labels = resolved(nlp, "Four people were wounded when a gunman opened fire at a party in Marston.")
    (attack,) = [e for e in found.events if e.type == "Attack"]
    assert _names(attack.targets, labels) == ["civilians"]
    assert _names(attack.agents, labels) == ["a gunman"]


def test_a_street_on_which_people_were_shot_is_the_place_not_a_target(nlp):
    found, labels = resolved(nlp, "Two teenagers were shot on Oak Street on Monday, police said.")
    (shooting,) = [e for e in found.events if e.type == "Shooting"]
    assert _names(shooting.targets, labels) == ["two teenagers"]
    assert _names(shooting.places, labels) == ["Oak Street"]
