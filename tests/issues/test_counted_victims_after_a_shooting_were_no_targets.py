"""'A man was shot on Friday in Dorrin. Three victims were taken to the hospital' gave the shooting
one target, the man: the counted group 'three victims' had a node but no attack took it, nor did an
attack with a target take the others wounded in a clause joined to it ('A man was shot, and two
others were wounded'). Victims counted after an attack are among its targets, and so are those of a
harm coordinated with it (issue 15 item 5)."""

from described_people_helpers import resolved


def _targets(found, labels, kind):
    (event,) = [e for e in found.events if e.type == kind]
    return sorted(labels[k] for k in event.targets)


def test_three_victims_taken_to_hospital_are_the_shootings_targets(nlp):
    found, labels = resolved(nlp, "A man was shot on Friday in Dorrin. Three victims were taken to the hospital.")
    assert _targets(found, labels, "Shooting") == ["a man", "three victims"]


def test_the_victims_of_an_attack_with_no_target_are_its_targets(nlp):
    found, labels = resolved(nlp, "A gunman opened fire at a bar in Dorrin on Friday. Police said the three "
                                  "victims were taken to the hospital.")
    assert _targets(found, labels, "Attack") == ["three victims"]


def test_two_others_wounded_with_the_man_shot_are_targets_too(nlp):
    found, labels = resolved(nlp, "A man was shot on Friday in Dorrin, and two others were wounded.")
    assert _targets(found, labels, "Shooting") == ["a man", "two others"]


def test_men_arrested_after_a_shooting_are_no_targets(nlp):
    found, labels = resolved(nlp, "A man shot a woman in Dorrin on Friday, and two men were arrested.")
    assert _targets(found, labels, "Shooting") == ["a woman"]
