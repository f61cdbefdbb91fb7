"""An age read as a toll: "Jane Holloway dies at 56" gave Killed 56. A number after "at" is a
count only after a verb of size ("the toll stood at 26"); after any other verb it is an age."""

from attribution_helpers import extraction


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in extraction(nlp, text)[0].claims]


def test_dies_at_an_age_counts_one_death_not_the_age(nlp):
    assert ("Killed", 56) not in claims(nlp, "Sculptor Jane Holloway dies at 56 after a fall in Millbrook.")


def test_a_toll_that_stands_at_a_number_is_still_a_count(nlp):
    assert claims(nlp, "The death toll stood at 26 on Monday.") == [("Killed", 26)]
