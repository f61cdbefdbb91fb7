"""Two figures that counted no one: "around six o'clock" gave Injured 6 (and hid "a man was
injured"), and "the home of a relative, where he was pronounced dead" counted the relative as the
dead. A clock time is no count (kg/data/figures.yaml ``not_counts``); a clause of place or time
("where …", "when …") says nothing of the noun it follows as its patient."""

from described_people_helpers import resolved


def claims(nlp, text):
    found, label = resolved(nlp, text)
    return [(c.measure, int(c.value), label.get(c.affected)) for c in found.claims]


def test_six_o_clock_is_a_time(nlp):
    assert claims(nlp, "A man was injured in an accidental shooting Saturday night around six o'clock, "
                       "police said.") == [("Injured", 1, "a man")]


def test_the_relative_of_where_he_was_pronounced_dead_is_not_the_dead(nlp):
    assert claims(nlp, "The boy was driven to the home of a relative, where he was pronounced dead.") == [
        ("Killed", 1, "the boy")]
