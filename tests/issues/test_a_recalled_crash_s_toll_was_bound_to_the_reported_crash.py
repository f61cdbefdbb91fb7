"""'the losses of Skyline Flight 31 and Coastal Air Flight 88, which killed 54 and 17 people
respectively' bound Killed 54 to the article's crash, Coastal Air's, which killed 17: the one
verb "killed" tells of two crashes, one per subject, and its event mention joined the reported
crash. A count distributed "respectively" is about the mention only when its own subject is the
mention's agent (issue 14 item 4)."""

from described_people_helpers import resolved

TEXT = ("VELSA - A Coastal Air jet crashed on landing at Port Velsa on Monday, killing 17 people. "
        "The European Union banned the airline. The ban follows the losses of Skyline Flight 31 and "
        "Coastal Air Flight 88, which killed 54 and 17 people respectively.")


def test_the_other_crash_s_toll_is_not_about_the_reported_crash(nlp):
    found, _ = resolved(nlp, TEXT)
    killed = {c.value: c for c in found.claims if c.measure == "Killed"}
    assert sorted(killed) == [17, 54]
    crash = killed[17].event
    assert crash is not None
    assert "killing" in [m.span.text for e in found.events if e.key == crash for m in e.evidence]
    assert killed[54].event != crash
