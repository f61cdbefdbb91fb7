"""'authorities identified the girl as Tessa Moll' and 'a woman, identified as Mara Ruell, was
shot' left the described victim and the named person two nodes, and the shooting's target the
description, not the name (issue 15 item 5: a victim that has a node is the target)."""

from __future__ import annotations

from described_people_helpers import resolved


def _shooting_targets(found, labels):
    return [sorted(labels[k] for k in e.targets) for e in found.events if e.type == "Shooting"]


def test_the_girl_identified_as_a_name_is_that_person(nlp):
    found, labels = resolved(nlp, "A girl was shot in the head on Saturday. "
                                  "On Monday, authorities identified the girl as Tessa Moll, of Marston.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["Tessa Moll"]
    assert _shooting_targets(found, labels) == [["Tessa Moll"]]


def test_a_woman_identified_as_a_name_in_a_participle_is_that_person(nlp):
    found, labels = resolved(nlp, "A 21-year-old woman, identified as Mara Ruell, was shot in the leg.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["Mara Ruell"]
    assert _shooting_targets(found, labels) == [["Mara Ruell"]]


def test_a_man_named_by_a_participle_is_that_person(nlp):
    found, labels = resolved(nlp, "Police say a 55-year-old man named Otto Brandl was also injured in the shooting.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["Otto Brandl"]
    assert _shooting_targets(found, labels) == [["Otto Brandl"]]
