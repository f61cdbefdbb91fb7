"""Quotation marks set off by spaces (' said, " It is common … "') were misread: a scare-quoted
term '" voice control ",' opened a quote at its closing mark that ran to the end of the
paragraph, and a spaced quotation was not found at all."""

from kg.extract.quotes import quoted_stretches


def inner(text):
    return [text[s.start:s.end] for s in quoted_stretches(text)]


def test_a_spaced_scare_quote_closes_where_it_should():
    text = 'The phone adds " voice control ", which will allow users to control it by voice.'
    assert inner(text) == ["voice control"]


def test_a_spaced_quotation_is_found():
    text = 'Jane Doe, a doctor, said, " It is very common for patients to have such issues. "'
    assert inner(text) == ["It is very common for patients to have such issues."]
