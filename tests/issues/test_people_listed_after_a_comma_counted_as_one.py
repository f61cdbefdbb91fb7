"""'A man, a woman and a 6-year-old boy were shot' counted Injured 1: the parser hung "a woman and
a 6-year-old boy" on "a man" as an apposition, so the list was read as the man alone. An
apposition that is itself a list of people each stated is the rest of the list (issue 14 item 4)."""

from described_people_helpers import resolved


def test_three_listed_people_shot_are_three_injured(nlp):
    found, _ = resolved(nlp, "A man, a woman and a 6-year-old boy were shot on Elm Street in Harlow on Sunday.")
    assert [(c.measure, c.value) for c in found.claims] == [("Injured", 3)]


def test_a_name_with_a_job_in_apposition_is_one_person(nlp):
    found, _ = resolved(nlp, "Tom Vesk, a teacher and coach, was shot and killed in Harlow on Friday.")
    assert [(c.measure, c.value) for c in found.claims] == [("Killed", 1)]


def test_a_name_restating_the_first_person_is_no_third_person(nlp):
    found, _ = resolved(nlp, "The suspect's mother, 70-year-old Ann Lee, and his girlfriend, 23-year-old Eva Moss "
                             "of Harlow, were pronounced dead at the scene on Sunday.")
    assert 3 not in [c.value for c in found.claims if c.measure == "Killed"]
