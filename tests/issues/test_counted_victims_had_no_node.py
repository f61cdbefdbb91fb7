"""Victims the text counted but did not name ("shot four men", "three others were injured") had no
node: the Injured claim affected no one and the shooting had no target. The counted people are a
group of the graph, the claim's affected and the attack's target (issue 14 item 4, issue 15 item 5)."""

from __future__ import annotations

from described_people_helpers import resolved


def _events(found, kind):
    return [e for e in found.events if e.type == kind]


def _names(keys, labels):
    return sorted(labels[k] for k in keys)


def test_four_men_shot_are_the_injured_claims_group_and_the_shootings_target(nlp):
    found, labels = resolved(nlp, "Police said two gunmen shot four men on Maple Avenue in Springfield on Saturday. "
                                  "The four men were taken to a hospital.")
    claim = next(c for c in found.claims if c.measure == "Injured")
    assert labels[claim.affected] == "four men"
    group = next(a for a in found.actors if a.key == claim.affected)
    assert group.kind == "Group" and len(group.evidence) == 2  # "four men" and "The four men"
    hospitalized = next(c for c in found.claims if c.measure == "Hospitalized")
    assert hospitalized.affected == claim.affected
    (shooting,) = _events(found, "Shooting")
    assert _names(shooting.targets, labels) == ["four men"]
    assert _names(shooting.agents, labels) == ["militants"]


def test_three_others_injured_are_a_group_and_the_shooting_takes_every_victim(nlp):
    found, labels = resolved(nlp, "One man was killed and three others were injured in a shooting in Riverton "
                                  "early Friday, police said.")
    injured = next(c for c in found.claims if c.measure == "Injured")
    assert labels[injured.affected] == "three others"
    (shooting,) = _events(found, "Shooting")
    assert _names(shooting.targets, labels) == ["one man", "three others"]


def test_a_count_of_things_or_a_construct_makes_no_group(nlp):
    found, labels = resolved(nlp, "The company sold four million phones in 2010. They were two students at "
                                  "the time. He has three children.")
    assert not [label for label in labels.values() if label in ("four million phones", "two students")]


def test_four_men_of_two_reports_of_one_story_are_one_group_and_one_claim(nlp):
    text = "A gunman shot four men on Elm Street in Brookdale on Saturday, police said."
    found, labels = resolved(nlp, text, text)
    assert sorted(labels.values()).count("four men") == 1  # one story counts the same men with the same words
    (claim,) = [c for c in found.claims if c.measure == "Injured"]
    assert len({e.source_id for e in claim.evidence}) == 2  # one figure reported twice


def test_a_counted_group_alone_anchors_no_event_node(nlp):
    # "two men were charged" and nothing else about the charge: as before counted groups were actors,
    # no node (a bare charge of another report could join it across incidents); the group stays an actor
    found, labels = resolved(nlp, "Two men were charged after the incident, according to a release.")
    assert "two men" in labels.values()
    assert not [e for e in found.events if e.type == "Charge"]
