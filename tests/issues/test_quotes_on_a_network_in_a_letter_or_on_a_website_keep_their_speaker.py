"""The forms of the seventh audit's 'quote without its speaker' class that the rules already read,
kept from regressing: a speaker introduced by posting on a network or writing in a letter before
a colon, and a quote "according to a statement on X's website" (the website's owner)."""

from attribution_helpers import speakers


def test_a_quote_posted_on_a_network_before_a_colon_is_the_poster_s(nlp):
    text = "The mayor Dana Pell posted on Facebook: \"We are grieving with every family in this town tonight.\""
    assert speakers(nlp, text) == ["Dana Pell"]


def test_a_quote_written_in_a_letter_before_a_colon_is_the_writer_s(nlp):
    text = "Carl Mender wrote in a letter: \"I will not stand for another term as chairman of the board.\""
    assert speakers(nlp, text) == ["Carl Mender"]


def test_a_quote_according_to_a_statement_on_a_website_is_the_owner_s(nlp):
    text = ("The kettle is \"a remarkable new kind of kettle for every home,\" according to a statement on the "
            "Harlow Mills website.")
    assert speakers(nlp, text) == ["Harlow Mills"]
