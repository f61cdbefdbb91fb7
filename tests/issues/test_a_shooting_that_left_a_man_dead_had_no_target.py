"""'A shooting on Oak Street left a man dead' gave the shooting no target: whom a harm leaves
dead or injured is its victim (issue 15 item 5); a place or a community left "shaken" is not."""

from __future__ import annotations

from described_people_helpers import resolved


def test_the_man_a_shooting_left_dead_is_its_target(nlp):
    found, labels = resolved(nlp, "A shooting on Oak Street left a man dead on Sunday.")
    (shooting,) = [e for e in found.events if e.type == "Shooting"]
    assert sorted(labels[k] for k in shooting.targets) == ["a man"]


def test_the_one_an_attack_left_critically_injured_is_its_target(nlp):
    found, labels = resolved(nlp, "The attack left Paul Verrin critically injured.")
    (attack,) = [e for e in found.events if e.type == "Attack"]
    assert sorted(labels[k] for k in attack.targets) == ["Paul Verrin"]


def test_a_town_left_shaken_is_no_target(nlp):
    found, labels = resolved(nlp, "The shooting left the Marston community shaken.")
    assert all(not e.targets for e in found.events)
