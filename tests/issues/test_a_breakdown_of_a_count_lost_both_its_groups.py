"""'Six people, three men and three women, were shot' gave, beside Injured 6, one Injured 3 claim
with no kg:affected: the two shares of the six (three men, three women) were read as counts of
their own, merged into one claim, and the claim lost both groups. Each share is a claim with its
own group, marked a part of the six (issue 14 item 4)."""

from described_people_helpers import resolved

from kg.extract import Extractor
from kg.model import Article


def test_each_share_keeps_its_group(nlp):
    found, labels = resolved(nlp, "Officers said six people, three men and three women, were shot at a fair on "
                                  "Quarry Road in Ostmark on Saturday.")
    injured = sorted((int(c.value), labels.get(c.affected)) for c in found.claims if c.measure == "Injured")
    assert (3, "three men") in injured and (3, "three women") in injured
    assert not any(value == 3 and group is None for value, group in injured)


def test_the_shares_are_parts_and_the_whole_is_not(nlp):
    text = "Gunmen killed five villagers, two teachers and three farmers, near Ostmark on Sunday."
    claims = Extractor()(Article("a.txt", text, masked=text), nlp(text)).claims
    parts = {int(c.value): c.part for c in claims if c.measure == "Killed"}
    assert parts[5] is None
    assert parts[2] is not None and parts[3] is not None


def test_counts_that_do_not_add_up_are_no_breakdown(nlp):
    text = "Gunmen killed two teachers, three farmers and a child near Ostmark on Sunday."
    claims = Extractor()(Article("a.txt", text, masked=text), nlp(text)).claims
    assert all(c.part != "breakdown" for c in claims)


def test_one_death_described_twice_stays_one_claim(nlp):
    found, _ = resolved(nlp, "One person is dead after a shooting at a fair in Ostmark on Saturday. One man died "
                             "at the scene.")
    assert len([c for c in found.claims if c.measure == "Killed"]) == 1
