"""'The three wounded victims … were all hospitalized, Hastings said, and one was in critical
condition' gave Injured 3 no source: the parser hangs the inserted "Hastings said" under
"hospitalized" (parataxis), so the reporting verb is no ancestor of the figure. The subject of a
reporting verb set into the figure's clause is its source (issue 14 item 4)."""

from described_people_helpers import mentions_of, resolved

TEXT = ("The shooting happened at 10 p.m. on Friday, Brackley Police Lt. Ray Dunmore said. "
        "The three wounded victims who were in their 30s were all hospitalized, Dunmore said, "
        "and one was in critical condition.")


def test_the_inserted_speaker_is_the_source(nlp):
    found, labels = resolved(nlp, TEXT)
    (injured,) = [c for c in found.claims if c.measure == "Injured"]
    assert injured.value == 3
    assert injured.attributed_to is not None
    assert "Dunmore" in mentions_of(found, labels[injured.attributed_to])

