"""'charged in the shooting death of a friend' gave Killed 1 about no event: the figure was found
about "shooting", a bare modifier that makes no event node, though "death", in the claim's own
words, makes one. The claim falls back on the event its own words name (issue 14 item 4)."""

from described_people_helpers import resolved


def test_the_claim_is_about_the_death_its_words_name(nlp):
    found, _ = resolved(nlp, "A woman was charged Tuesday in the shooting death of a friend, police said.")
    (killed,) = [c for c in found.claims if c.measure == "Killed"]
    assert killed.value == 1
    events = {e.key: e for e in found.events}
    assert killed.event in events
    assert "death" in [m.span.text for m in events[killed.event].evidence]
