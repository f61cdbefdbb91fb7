"""Each report of one killing that describes its victim without naming her ("a woman was killed")
made a person of its own, so the one victim was as many people as there were reports, and the
report that names her ("Jane Okafor was killed") did not join them (ECB+ entity coreference lost
what described people had brought). The described people of different reports who fill the same
role of one event node are one person when their descriptions agree, and the one named target
of the node when there is one; never when sex, age, age of life or country clash, nor when a
report gives the role two people. The same agreement now keeps apart two people a story's role
noun had joined ("an Australian climber" and "a British climber")."""

from described_people_helpers import resolved

AFTER = " in Millbrook on Sunday night, Millbrook Police said."
SECOND = "A woman was killed by a drunk driver in Millbrook on Sunday night. Millbrook Police arrested the driver."


def people(found, word: str) -> list:
    return [a for a in found.actors if a.kind == "Person" and word in a.label.lower()]


def test_the_woman_killed_in_two_reports_is_one_person(nlp):
    found, _ = resolved(nlp, "A 59-year-old woman was killed by a drunk driver" + AFTER, SECOND)
    women = people(found, "woman")
    assert len(women) == 1
    assert {e.source_id for e in women[0].evidence} == {"a0.txt", "a1.txt"}
    killing = next(e for e in found.events if e.type == "Kill")
    assert killing.targets == {women[0].key}


def test_the_named_victim_of_one_report_is_the_woman_another_describes(nlp):
    found, _ = resolved(nlp, "Jane Okafor was killed by a drunk driver" + AFTER + " She was 59.", SECOND)
    assert people(found, "woman") == []
    okafor = people(found, "okafor")[0]
    assert "A woman" in [e.span.text for e in okafor.evidence if e.source_id == "a1.txt"]


def test_a_man_killed_is_not_the_named_woman(nlp):
    found, _ = resolved(nlp, "Jane Okafor was killed by a drunk driver" + AFTER + " She was 59.",
                        SECOND.replace("A woman", "A man"))
    assert len(people(found, "a man")) == 1


def test_a_man_and_a_woman_killed_stay_two_people(nlp):
    found, _ = resolved(nlp, "A man was killed by a drunk driver" + AFTER, SECOND)
    assert len(people(found, "a man")) == len(people(found, "a woman")) == 1


def test_two_ages_stay_two_people(nlp):
    found, _ = resolved(nlp, "A 59-year-old woman was killed by a drunk driver" + AFTER,
                        SECOND.replace("A woman", "A 30-year-old woman"))
    assert len(people(found, "woman")) == 2


def test_a_boy_and_a_man_stay_two_people(nlp):
    found, _ = resolved(nlp, "A 16-year-old boy was killed by a drunk driver" + AFTER,
                        SECOND.replace("A woman", "A man"))
    assert len(people(found, "boy")) == len(people(found, "a man")) == 1


def test_a_report_of_two_victims_joins_no_victim(nlp):
    found, _ = resolved(nlp, "A man and a woman were killed by a drunk driver" + AFTER, SECOND,
                        "A woman was killed by a drunk driver" + AFTER)
    assert len(people(found, "woman")) == 3


def test_an_australian_and_a_british_climber_of_one_story_stay_two_people(nlp):
    found, _ = resolved(nlp, "An Australian climber died after a fall on Mount Tarn on Friday, Tarn Alpine Rescue said.",
                        "A British climber died after a fall on Mount Tarn on Friday, Tarn Alpine Rescue said.")
    assert len(people(found, "climber")) == 2
