"""Each report of one shooting that describes "the gunman" without naming him made a gunman of
its own, so the story's one gunman was as many people as there were reports (and ECB+ entity
coreference fell). A role of the happening described once in each report of one story is one
person; "a man" (no role) stays one per report, and a report describing two gunmen joins none."""

from described_people_helpers import resolved

STORY = ("A gunman opened fire at the Millbrook Mall in Leeds on Monday. Police said the gunman "
         "fled in a car.",
         "Police in Leeds are still looking for the gunman who opened fire at the Millbrook Mall.")


def test_the_gunman_of_two_reports_is_one_person(nlp):
    found, labels = resolved(nlp, *STORY)
    gunmen = [a for a in found.actors if a.described and "gunman" in a.label]
    assert len(gunmen) == 1
    assert {e.source_id for e in gunmen[0].evidence} == {"a0.txt", "a1.txt"}


def test_a_man_of_two_reports_stays_two_people(nlp):
    found, _ = resolved(nlp, "A man was hurt at the Millbrook Mall in Leeds on Monday.",
                        "A man was arrested at the Millbrook Mall in Leeds on Monday.")
    assert len([a for a in found.actors if a.label == "a man"]) == 2


def test_a_report_of_two_gunmen_joins_neither(nlp):
    found, _ = resolved(nlp, STORY[0],
                        "A gunman robbed a bank in Leeds on Monday, and another gunman shot at the "
                        "Millbrook Mall.")
    assert len([a for a in found.actors if a.described and "gunman" in a.label]) == 3
