"""'Nine motorcycle gang members were killed, police confirmed' gave no claim at all: the parser
took "nine" for the first word of a compound ("nine motorcycle gang members") and tagged "nine
motorcycle" a QUANTITY, as if "motorcycle" were a unit. The number counts the plural noun the
compound ends in (issue 14 item 4)."""

from described_people_helpers import resolved


def _evidence_texts(found, key):
    actor = next(a for a in found.actors if a.key == key)
    return [e.span.text for e in actor.evidence]


def test_the_compound_s_plural_is_counted_with_its_group_and_its_source(nlp):
    found, labels = resolved(nlp, "Nine motorcycle gang members were killed outside a bar in Harlow on Sunday, "
                                  "police confirmed.")
    (killed,) = [c for c in found.claims if c.measure == "Killed"]
    assert killed.value == 9
    assert killed.affected is not None and any("members" in text for text in _evidence_texts(found, killed.affected))
    assert killed.attributed_to is not None and any(
        text.lower() == "police" for text in _evidence_texts(found, killed.attributed_to))

