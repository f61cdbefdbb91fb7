"""'a shooting between rival gangs' had no agent: "between" gave roles only to two or more
members ("clashes between protesters and police": the first acts). One plural party between
which a fight happens fought itself, each side at the other: it is the agent."""

from described_people_helpers import resolved


def test_the_gangs_between_whom_the_shooting_happened_are_its_agent(nlp):
    found, label = resolved(nlp, "Nine people died in a shooting between rival gangs in Millbrook, Ohio.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert shooting.agents
    assert all("gang" in label[a] or "criminal" in label[a] for a in shooting.agents)


def test_a_single_party_between_is_still_no_agent(nlp):
    found, label = resolved(nlp, "A shooting between the hours of noon and midnight left two men wounded.")
    assert not any(e.agents for e in found.events if e.type == "Shooting")
