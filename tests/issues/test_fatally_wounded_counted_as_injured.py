"""Wrong measure: "fatally wounding the victim" and "five officers were fatally wounded" gave
Injured. A wound that ends in death ("fatally", "mortally", "wounded and later died") is Killed."""

from attribution_helpers import extraction


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in extraction(nlp, text)[0].claims]


def test_fatally_wounded_officers_are_killed(nlp):
    assert claims(nlp, "Five officers were fatally wounded in the attack.") == [("Killed", 5)]


def test_wounded_officers_are_injured(nlp):
    assert claims(nlp, "Five officers were wounded in the attack.") == [("Injured", 5)]
