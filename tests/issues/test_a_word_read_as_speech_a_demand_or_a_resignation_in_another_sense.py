"""Three words read in a sense that is no event of their class (issue 15, item 3; the sixth audit's
"a word read in a sense that is no event of its class", written from invented sentences): a
company that "added voice recording abilities" made a Statement (a speech verb that also names
putting a thing needs speech: a clause, a quote or a speech object); "should insist on an
independent inquiry" was a Statement, not a demand (Request); "step aside from any involvement in
the case" was a resignation, though it is a recusal (Resign needs a post or no complement)."""

import pytest

from event_dates import event_types


def test_a_thing_added_is_nothing_said(nlp):
    assert "added" not in event_types(nlp, "Norvela added voice recording abilities to the phone.")


@pytest.mark.parametrize("text", ['"We will rebuild," she added.',
                                  "He added that the store would reopen on Monday."])
def test_words_added_are_a_statement(nlp, text):
    assert event_types(nlp, text).get("added") == "Statement"


def test_insisting_on_an_inquiry_is_a_demand(nlp):
    assert event_types(nlp, "The mayor should insist on an independent inquiry.").get("insist on") == "Request"


def test_insisting_on_ones_innocence_is_no_demand(nlp):
    assert event_types(nlp, "The man insisted on his innocence.").get("insisted") == "Statement"


def test_stepping_aside_from_a_case_is_no_resignation(nlp):
    assert "step aside" not in event_types(nlp, "The judge should step aside from any involvement in the case.")


@pytest.mark.parametrize("text, word", [("The minister stepped aside on Friday.", "stepped aside"),
                                        ("The chairman stepped aside from his post on Friday.", "stepped aside")])
def test_stepping_aside_from_a_post_is_a_resignation(nlp, text, word):
    assert event_types(nlp, text).get(word) == "Resign"
