"""'Deputies found a man shot in the head' made the man the shooter, and 'Lee was found shot'
had no one shot: a bare past participle complementing "found" or "left", with no auxiliary, is
passive. The parser makes its noun the participle's subject, or leaves it with the verb it
complements (the passive's subject, or the object): that one is shot, and shoots no one."""

import pytest

from described_people_helpers import resolved


def _roles(nlp, text, kind):
    found, label = resolved(nlp, text)
    (event,) = [e for e in found.events if e.type == kind]
    return [label[a] for a in event.agents], [label[t] for t in event.targets]


@pytest.mark.parametrize("text, kind, shot", [
    ("Deputies found a man shot in the head.", "Shooting", "a man"),
    ("Deputies found Corvin Aldana wounded in the street.", "Injure", "Corvin Aldana"),
    ("Corvin Aldana was found shot in his car on Pellham Road.", "Shooting", "Corvin Aldana"),
])
def test_the_one_found_shot_is_the_target_not_the_agent(nlp, text, kind, shot):
    agents, targets = _roles(nlp, text, kind)
    assert agents == []
    assert targets == [shot]


def test_a_subject_that_shoots_is_still_the_agent(nlp):
    agents, targets = _roles(nlp, "Deputies said Carl Aldana shot Mira Vance.", "Shooting")
    assert agents == ["Carl Aldana"]
    assert targets == ["Mira Vance"]
