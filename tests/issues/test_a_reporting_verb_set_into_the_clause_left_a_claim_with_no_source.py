"""'The three injured men … were all treated at a clinic, Dunmore said, and one was in serious
condition' gave Injured 3 no source: the parser hangs the inserted "Dunmore said" under
"treated" (parataxis), so the reporting verb is no ancestor of the figure. The subject of a
reporting verb set into the figure's clause is its source (issue 14 item 4)."""

from described_people_helpers import mentions_of, resolved

TEXT = ("The fight broke out after midnight on Sunday, Brackley Police Lt. Ray Dunmore said. "
        "The three injured men who were in their 50s were all treated at a clinic, Dunmore said, "
        "and one was in serious condition.")


def test_the_inserted_speaker_is_the_source(nlp):
    found, labels = resolved(nlp, TEXT)
    (injured,) = [c for c in found.claims if c.measure == "Injured"]
    assert injured.value == 3
    assert injured.attributed_to is not None
    assert "Dunmore" in mentions_of(found, labels[injured.attributed_to])

