"""'A teenager died after being shot' made the teenager the agent of the shooting: a passive with no
subject of its own ("after being shot") took the subject of the verb it hangs on as its doer. That
subject undergoes it: it is the target, and the agent is only the passive's "by" phrase."""

from described_people_helpers import resolved


def _roles(found, labels, kind):
    event = next(e for e in found.events if e.type == kind)
    return sorted(labels[k] for k in event.agents), sorted(labels[k] for k in event.targets)


def test_who_died_after_being_shot_was_shot_and_did_not_shoot(nlp):
    found, labels = resolved(nlp, "A teenager died after being shot outside a store on Friday night.")
    assert _roles(found, labels, "Shooting") == ([], ["a teenager"])


def test_the_by_phrase_of_a_controlled_passive_is_the_agent(nlp):
    found, labels = resolved(nlp, "A man was taken to the hospital after being shot by a neighbor.")
    assert _roles(found, labels, "Shooting") == (["a neighbor"], ["a man"])
