"""'Deputies found a man shot in the head' made the man the shooter, and 'Lee was found shot'
had no one shot: a bare past participle complementing "found" or "left", with no auxiliary, is
passive. The parser makes its noun the participle's subject, or leaves it with the verb it
complements (the passive's subject, or the object): that one is shot, and shoots no one."""

from described_people_helpers import resolved


def _roles(nlp, text, kind):
    found, label = resolved(nlp, text)
    (event,) = [e for e in found.events if e.type == kind]
    return [label[a] for a in event.agents], [label[t] for t in event.targets]


def test_the_one_found_shot_is_the_target_not_the_agent(nlp):
    agents, targets = _roles(nlp, "Deputies found a man shot in the head.", "Shooting")
    assert agents == []
    assert targets == ["a man"]


def test_the_one_found_wounded_is_the_target_not_the_agent(nlp):
    agents, targets = _roles(nlp, "Deputies found Corvin Aldana wounded in the street.", "Injure")
    assert agents == []
    assert targets == ["Corvin Aldana"]


def test_the_subject_of_was_found_shot_is_the_target(nlp):
    agents, targets = _roles(nlp, "Corvin Aldana was found shot in his car on Pellham Road.", "Shooting")
    assert agents == []
    assert targets == ["Corvin Aldana"]


def test_a_subject_that_shoots_is_still_the_agent(nlp):
    agents, targets = _roles(nlp, "Deputies said Carl Aldana shot Mira Vance.", "Shooting")
    assert agents == ["Carl Aldana"]
    assert targets == ["Mira Vance"]
