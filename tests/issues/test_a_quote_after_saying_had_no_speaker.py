"""'X stated that there was a chance of …, saying, "…"' gave the quote no speaker: the parse hung
"saying" from the reported clause, whose subject ("there", a thing) says nothing. A participle
set off by a comma says what the subject of the reporting verb above that clause says; when the
clause it hangs from has a person as subject, that person says it."""

from attribution_helpers import speakers


def test_saying_after_a_clause_with_there_is_the_reporters(nlp):
    text = ('Besides the new depot, Ilse Brandvold stated that there was a chance of more routes,'
            ' saying, "We will look at the coast first and then the islands."')
    assert speakers(nlp, text) == ["Ilse Brandvold"]


def test_saying_after_a_clause_about_a_thing_is_the_reporters(nlp):
    text = ('Ilse Brandvold said that the depot would open in the spring, saying, "We have waited'
            ' long enough for this."')
    assert speakers(nlp, text) == ["Ilse Brandvold"]


def test_shouting_after_a_clause_about_a_person_is_that_persons(nlp):
    text = ('Police said Oren Talbek stormed out of the hall, shouting, "You will all hear from my'
            ' lawyers tomorrow."')
    assert speakers(nlp, text) == ["Oren Talbek"]


def test_saying_under_a_clause_no_one_reports_has_no_speaker(nlp):
    # No reporting verb above the participle and no one to say it: unknown, found without looping.
    text = 'After the storm there was damage along the coast, saying, "We will rebuild the pier."'
    assert speakers(nlp, text) == [None]
