"""'Members of two rival gangs opened fire' gave the attack no agent: "members" has no mention of
its own, and only a figure or a quantity ("dozens of protesters", "3,000 of them") stood for the
group of its "of" phrase. Members act for the body they belong to, as PLOVER codes them."""

from described_people_helpers import resolved


def test_members_of_the_gangs_make_the_gangs_the_agent(nlp):
    found, _ = resolved(nlp, "Members of two rival gangs opened fire at a restaurant in Millbrook, Ohio.")
    (attack,) = [e for e in found.events if e.type == "Attack"]
    mentioned = {a.key: [e.span.text for e in a.evidence] for a in found.actors}
    assert [mentioned[a] for a in attack.agents] == [["gangs"]]


def test_a_named_member_is_still_the_agent_himself(nlp):
    found, label = resolved(nlp, "Tom Vell, a member of a local gang, opened fire at a restaurant in Millbrook, Ohio.")
    attack = next(e for e in found.events if e.type == "Attack")
    assert [label[a] for a in attack.agents] == ["Tom Vell"]
