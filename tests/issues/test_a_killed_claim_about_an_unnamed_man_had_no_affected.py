"""'A man was killed' gave a Killed claim with no affected actor: the man had no node."""

from described_people_helpers import resolved


def test_the_killed_man_is_the_affected(nlp):
    found, label = resolved(nlp, "A 34-year-old man was shot and killed in Millbrook early Sunday, police said.")
    killed = next(c for c in found.claims if c.measure == "Killed")
    assert killed.affected is not None and label[killed.affected] == "a 34-year-old man"
