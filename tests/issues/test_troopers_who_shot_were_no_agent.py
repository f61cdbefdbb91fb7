"""'State troopers shot and killed Dale Renner' had no shooter: "troopers" named no group, while
"officers" and "police" name the security forces (groups.yaml). A state's troopers are its
police: they shot, and they arrest."""

from described_people_helpers import resolved


def test_troopers_are_the_police_that_shot(nlp):
    found, label = resolved(nlp, "State troopers shot and killed Dale Renner on Quarry Lane.")
    (shooting,) = [e for e in found.events if e.type == "Shooting"]
    assert [label[a] for a in shooting.agents] == ["security forces"]
    assert [label[t] for t in shooting.targets] == ["Dale Renner"]


def test_troopers_are_the_agent_of_an_arrest(nlp):
    found, label = resolved(nlp, "Troopers arrested Dale Renner.")
    (arrest,) = [e for e in found.events if e.type == "Arrest"]
    assert [label[a] for a in arrest.agents] == ["security forces"]
