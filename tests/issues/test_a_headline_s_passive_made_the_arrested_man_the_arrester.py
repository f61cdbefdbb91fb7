"""The headline "John Smith Arrested After Shooting" made John Smith the one who arrested: the
parser reads a headline's participle, the passive without its auxiliary, as a past tense whose
subject acts. For the classes whose possessor undergoes them ("his arrest"), the subject of such a
participle in a line with no full stop at its end is the one it happens to; the present of a
headline ("Obama Overturns Rule") and the body's past tense keep their doer."""

from test_events import events_of


def roles(nlp, text):
    _, events, names = events_of(nlp, text)
    return [(e.type, [names[k] for k in e.agents], [names[k] for k in e.targets]) for e in events]


def test_the_man_named_in_a_headline_s_arrested_is_the_one_arrested(nlp):
    assert ("Arrest", [], ["John Smith"]) in roles(nlp, "John Smith Arrested After Shooting\n\nPolice arrested him on Friday.")


def test_a_player_placed_on_injured_reserve_in_a_headline_is_the_one_placed(nlp):
    assert ("Suspension", [], ["Rico Vantle"]) in roles(nlp, "Rico Vantle placed on injured reserve\n\nHe will miss the playoffs.")


def test_the_body_s_past_tense_keeps_its_doer(nlp):
    assert ("Kill", ["John Smith"], []) in roles(nlp, "John Smith killed on Friday, police said.")
