"""An article listing past shootings under date headings ("August 1982: Eight people killed …")
set its first figure against the reported shooting's toll as a contradiction. A date heading a
line weeks before the report dates another incident; its figures contradict none of this one
(ClaimMention.part holds the heading, like the words of a part of a count)."""

from claim_conflicts import conflicts


def test_a_recalled_shooting_does_not_contradict_the_toll(tmp_path):
    text = ("A gunman opened fire at the Millbrook mall on Saturday, police said. The town has seen "
            "such shootings before.\n"
            "August 1982: Eight people killed, three injured at a welding shop in Millbrook; the shooter "
            "was chased.\n")
    assert conflicts(tmp_path, "Millbrook mall shooting recalls past attacks", text) == set()


def test_a_heading_of_the_same_days_still_conflicts(tmp_path):
    text = ("A gunman opened fire at the Millbrook mall on Saturday, police said.\n"
            "March 6, 2021: Two people killed in the shooting at the Millbrook mall, police said.\n")
    assert conflicts(tmp_path, "Two killed in Millbrook mall shooting", text) != set()
