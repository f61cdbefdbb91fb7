"""'A man was shot and wounded Friday and died on Sunday' gave Injured 1: the first verb
coordinated with "shot" named the measure, though the same man went on to die; and 'two people
were shot, and one of them later died' gave Killed 2, the death of one read as the result of
"shot" for both. The verbs that share the subject of "shot" say what became of those shot, and a
death among them wins; a verb with a subject of its own is another clause."""

from attribution_helpers import extraction


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in extraction(nlp, text)[0].claims]


def test_shot_and_wounded_and_later_died_is_killed(nlp):
    assert claims(nlp, "A man was shot and wounded Friday and died on Sunday.") == [("Killed", 1)]


def test_one_death_among_those_shot_does_not_kill_them_all(nlp):
    assert ("Killed", 2) not in claims(nlp, "Two people were shot, and one of them later died at the hospital.")


def test_shot_and_wounded_alone_is_injured(nlp):
    assert claims(nlp, "Two men were shot and wounded on Friday night.") == [("Injured", 2)]
