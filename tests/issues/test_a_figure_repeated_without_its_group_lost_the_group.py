"""'Two women have died' in one report and 'left 2 dead' in another are one Killed 2 claim, which
had no kg:affected: a counted group is left out of a claim's key, and the claim kept it only while
every mention gave it, so a mention that names no one took it away. Only a mention that gives
someone else makes the affected unsure (issue 14 item 4)."""

from described_people_helpers import resolved

WOMEN = ("Two women have died after a shooting at a street fair in Ostmark on Saturday, police said. "
         "The gunman fled on Birch Lane.")
NO_ONE = "Police said a shooting at a street fair in Ostmark on Saturday left 2 dead. The gunman fled on Birch Lane."
MEN = "Two men have died after a shooting at a street fair in Ostmark on Saturday, police said. The gunman fled on Birch Lane."


def _killed(nlp, *texts):
    found, labels = resolved(nlp, *texts)
    (killed,) = [c for c in found.claims if c.measure == "Killed"]
    return killed, labels


def test_a_report_naming_no_one_keeps_the_group(nlp):
    for texts in ((WOMEN, NO_ONE), (NO_ONE, WOMEN)):
        killed, labels = _killed(nlp, *texts)
        assert len({e.source_id for e in killed.evidence}) == 2
        assert killed.affected is not None and labels[killed.affected] == "two women"


def test_reports_naming_two_groups_leave_it_unsure(nlp):
    killed, _ = _killed(nlp, WOMEN, MEN)
    assert killed.affected is None
