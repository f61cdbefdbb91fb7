"""Two module constants of kg/resolve/described_people.py had one name, `_AGE`: the second (a
number of years, for comparing ages) replaced the first (one word of an age: "five-year-old",
"18-month-old"), so "the five-year-old" after "a five-year-old boy" became a second person;
only ages in digits and years still joined."""

from described_people_helpers import resolved


def test_an_age_in_words_again_is_the_person_first_described_with_it(nlp):
    found, _ = resolved(nlp, "A five-year-old boy was shot on Friday. The five-year-old was taken to a hospital.")
    assert [a.label for a in found.actors if a.described] == ["a five-year-old boy"]


def test_an_age_in_months_again_is_the_person_first_described_with_it(nlp):
    found, _ = resolved(nlp, "An 18-month-old girl was hurt on Friday. The 18-month-old was taken to a hospital.")
    assert [a.label for a in found.actors if a.described] == ["an 18-month-old girl"]
