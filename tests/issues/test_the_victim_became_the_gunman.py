"""A claim's affected person was the gunman: in "The gunman opened fire on Friday, fatally wounding
the victim", "the victim" joined the article's one described person, the gunman. A victim is never
the person first described as the one who did the harm (kg/data/described_people.yaml
``harmed``/``harmers``); "a man was shot … the victim" is still that man."""

from described_people_helpers import resolved


def killed(nlp, text):
    found, label = resolved(nlp, text)
    return [(int(c.value), label.get(c.affected)) for c in found.claims if c.measure == "Killed"]


def test_the_victim_is_not_the_gunman(nlp):
    assert killed(nlp, "The gunman opened fire on Friday, fatally wounding the victim, police said.") == [
        (1, "the victim")]


def test_the_victim_is_still_the_man_shot(nlp):
    assert killed(nlp, "A man was shot on Friday, police said. The victim died at the hospital.") == [(1, "a man")]
