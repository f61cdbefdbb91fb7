"""Each report of one story that wrote "his mother" of the same man made a mother of its own, and a
report naming her ("his mother, Ann Varley,") did not tie her to the others, so one woman was as
many people as there were reports (ECB+ entity coreference fell). The relative of one person
(the possessor resolved to the same actor) written with the same noun in the reports of one story
is one person, and the one person a report names after those words; the mothers of two men stay
two people."""

from described_people_helpers import resolved

CHARGED = "Tom Varley was charged with murder in Leeds on Monday. His mother said he was innocent."
COURT = "Tom Varley appeared in court in Leeds on Tuesday charged with murder. His mother wept in court."
NAMED = ("Tom Varley, charged with murder in Leeds, was remanded in custody on Wednesday. "
         "His mother, Ann Varley, said she would stand by him.")


def test_his_mother_in_two_reports_is_one_person(nlp):
    found, _ = resolved(nlp, CHARGED, COURT)
    mothers = [a for a in found.actors if a.described and "mother" in a.label]
    assert len(mothers) == 1
    assert {e.source_id for e in mothers[0].evidence} == {"a0.txt", "a1.txt"}


def test_his_mother_is_the_mother_a_report_names(nlp):
    found, _ = resolved(nlp, CHARGED, COURT, NAMED)
    named = [a for a in found.actors if a.label == "Ann Varley"]
    assert len(named) == 1
    assert not [a for a in found.actors if a.described and "mother" in a.label]
    assert {e.source_id for e in named[0].evidence} == {"a0.txt", "a1.txt", "a2.txt"}


def test_the_mothers_of_two_men_stay_two_people(nlp):
    found, _ = resolved(nlp, CHARGED, COURT.replace("Tom Varley", "Sam Orwell"))
    assert len([a for a in found.actors if a.described and "mother" in a.label]) == 2
