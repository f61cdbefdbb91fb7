"""'The company president and CEO X said, "…"' gave the quote no named speaker: the parse made
"president" the subject and the name a conjunct. A title, "and", a title with no determiner and
a name are one person holding both offices; a title and a determiner-led name stay two people.
"The chief executive X said": the name, not the title, is the speaker."""

from attribution_helpers import speakers


def test_president_and_ceo_then_a_name_is_that_person(nlp):
    text = ('Harwell Foods opened a plant.\nThe company president and CEO Tomas Verlaine said,'
            ' "Today is a proud day for the town."')
    assert speakers(nlp, text) == ["Tomas Verlaine"]


def test_a_title_with_the_name_in_apposition_is_that_person(nlp):
    text = ('Harwell Foods opened a plant on Monday. The chief executive Tomas Verlaine said,'
            ' "This is a proud day for our workers."')
    assert speakers(nlp, text) == ["Tomas Verlaine"]
