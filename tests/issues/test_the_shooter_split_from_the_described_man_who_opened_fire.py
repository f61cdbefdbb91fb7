"""'The shooter' was a second person: in "A man, a woman and a 12-year-old boy were shot …
Police said a masked man walked up to the group and opened fire. … Police have not
identified the shooter.", the article describes more than one person, so "the shooter" found
no one to continue and became a person of its own. The events say who did the harm: the
one described person who opened fire is the shooter, and no one the events only harm is."""

from described_people_helpers import resolved

TEXT = ("A man, a woman and a 12-year-old boy were shot Tuesday night near a corner store. "
        "Police said a masked man walked up to the group and opened fire. "
        "The woman was taken to a hospital. Police have not identified the shooter.")


def test_the_shooter_is_the_masked_man_who_opened_fire(nlp):
    found, _ = resolved(nlp, TEXT)
    shooter = next(a for a in found.actors if "shooter" in [e.span.text for e in a.evidence])
    assert "a masked man" in [e.span.text for e in shooter.evidence]
    assert "The woman" not in [e.span.text for e in shooter.evidence]
