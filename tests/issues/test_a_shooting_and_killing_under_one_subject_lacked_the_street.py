"""'Ann Colby was shot and killed outside a bar on Maple Road' gave the killing the street but not
the shooting, though the phrase is where both happened (issue 15 item 5: places from the event's
clause). A death told after it ("and died at the hospital") is elsewhere."""

from __future__ import annotations

from described_people_helpers import resolved


def _places(found, labels, kind):
    return [sorted(labels[k] for k in e.places) for e in found.events if e.type == kind]


def test_the_shooting_joined_to_the_killing_is_on_the_street(nlp):
    found, labels = resolved(nlp, "Nora Pell, 34, was shot and killed outside a bar on Quill Road, police said.")
    assert _places(found, labels, "Shooting") == [["Quill Road"]]
    assert _places(found, labels, "Kill") == [["Quill Road"]]


def test_a_theft_joined_to_a_shooting_takes_no_street(nlp):
    found, labels = resolved(nlp, "A gunman shot a clerk on Quill Road and robbed a woman.")
    assert _places(found, labels, "Shooting") == [["Quill Road"]]
    assert _places(found, labels, "Theft") == [[]]
