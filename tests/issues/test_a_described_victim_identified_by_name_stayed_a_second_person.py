"""'A man shot Sunday has been identified as Tom Hale' gave two people, "a man" and Tom Hale: a
description identified (or named) as a named person is that person."""

from described_people_helpers import resolved


def test_the_man_identified_as_tom_hale_is_tom_hale(nlp):
    found, label = resolved(nlp, "A man shot and killed Sunday in Millbrook has been identified as Tom Hale, 34. "
                                 "Police have made no arrests.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["Tom Hale"]
    hale = next(a for a in found.actors if a.label == "Tom Hale")
    assert "A man" in [e.span.text for e in hale.evidence]
