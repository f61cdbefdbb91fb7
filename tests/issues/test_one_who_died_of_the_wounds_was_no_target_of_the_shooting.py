"""'Police responded to a shooting on Larkin Street. John Darrow died at the hospital from his
wounds' left the shooting with no target: the one who died was the death's, and nothing tied the
wounds he died of to the attack told before them. Wounds a death is told to come from are those of
the nearest attack before them, so an attack with no target takes the dead (issue 15 item 5)."""

from described_people_helpers import resolved


def _targets(found, labels, kind):
    (event,) = [e for e in found.events if e.type == kind]
    return sorted(labels[k] for k in event.targets)


def test_the_man_who_died_from_his_wounds_is_the_shootings_target(nlp):
    found, labels = resolved(nlp, "Police responded to a shooting on Larkin Street in Dorrin on Friday. "
                                  "John Darrow, 24, died at the hospital from his wounds.")
    assert _targets(found, labels, "Shooting") == ["John Darrow"]


def test_the_dead_not_the_reporting_officer_are_the_stabbings_target(nlp):
    found, labels = resolved(nlp, "Police investigated a stabbing in Dorrin on Friday. Officer Tom Brill said "
                                  "a woman died of her injuries on Sunday.")
    assert _targets(found, labels, "Attack") == ["a woman"]


def test_a_death_with_no_cause_told_is_no_target(nlp):
    found, labels = resolved(nlp, "Police responded to a shooting on Larkin Street in Dorrin on Friday. "
                                  "A man was pronounced dead at the scene.")
    assert _targets(found, labels, "Shooting") == []


def test_another_shooting_between_takes_no_one(nlp):
    found, labels = resolved(nlp, "Police responded to a shooting in Dorrin on Friday. Officers said another "
                                  "shooting happened on Elm Road. Jane Orr died from her wounds.")
    assert all(not e.targets for e in found.events if e.type == "Shooting")
