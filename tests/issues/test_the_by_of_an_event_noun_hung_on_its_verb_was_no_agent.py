"""'investigating the fatal shooting of Dana Holt by her neighbor, Tom Vell' gave the shooting
no agent: the parser hangs "by her neighbor" on "investigating", and a "by" phrase was read as an
agent only on the event noun itself. A "by" phrase right after an event noun that is a verb's
object, hung on that verb, names who did the noun's happening."""

from described_people_helpers import resolved


def test_the_neighbour_by_whom_is_the_shooter(nlp):
    found, label = resolved(nlp, "Police are investigating the fatal shooting of Dana Holt by her neighbor, Tom Vell.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert [label[a] for a in shooting.agents] == ["Tom Vell"]
    assert [label[t] for t in shooting.targets] == ["Dana Holt"]

