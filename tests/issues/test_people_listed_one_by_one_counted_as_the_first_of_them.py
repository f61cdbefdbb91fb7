"""'Ann Lee and Tom Hale were shot dead' gave a Killed 2 claim whose affected group was Ann Lee
alone: the first person of the list stood for the list. No one actor is the two people counted,
so the claim names none (unknown stays unknown) rather than the wrong one."""

from attribution_helpers import extraction

TEXT = "Ann Lee and Tom Hale were shot dead early Sunday in Millbrook, police said."


def test_a_count_of_two_named_people_is_not_one_of_them(nlp):
    found, _ = extraction(nlp, TEXT)
    killed = [c for c in found.claims if c.measure == "Killed"]
    assert [(c.value, c.affected) for c in killed] == [(2, None)]
