"""'Lee was accused of shooting Ann Roe' had no shooter: the "-ing" clause hung on "of" (or "with",
"after") of a passive takes no subject of its own, and the agent was looked for only among the
objects of the verb it hangs on. The passive's subject, who is accused, charged or arrested, is
the one said to do the "-ing" clause's verb; through "who", the noun the clause describes."""

from described_people_helpers import resolved


def _agents_of(found, label, kind):
    (event,) = [e for e in found.events if e.type == kind]
    return [label[a] for a in event.agents], [label[t] for t in event.targets]


def test_the_one_accused_of_shooting_is_the_shooter(nlp):
    found, label = resolved(nlp, "Officers arrested Dorian Fenwick, who is accused of shooting Maja Tollers.")
    agents, targets = _agents_of(found, label, "Shooting")
    assert agents == ["Dorian Fenwick"]
    assert targets == ["Maja Tollers"]


def test_the_one_charged_with_killing_is_the_killer(nlp):
    found, label = resolved(nlp, "Dorian Fenwick was charged with killing Maja Tollers.")
    agents, targets = _agents_of(found, label, "Kill")
    assert agents == ["Dorian Fenwick"]
    assert targets == ["Maja Tollers"]


def test_one_killed_after_being_shot_is_still_no_shooter(nlp):
    found, label = resolved(nlp, "Dorian Fenwick was killed after being shot by Maja Tollers.")
    agents, targets = _agents_of(found, label, "Shooting")
    assert agents == ["Maja Tollers"]
    assert targets == ["Dorian Fenwick"]
