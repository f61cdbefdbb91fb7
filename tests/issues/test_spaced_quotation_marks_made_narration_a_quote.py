"""In an article that sets its quotation marks off by spaces (' " … " '), a mark that closed a
quoted phrase was read as opening a new one, so the narration between two quoted phrases became
a quote: 'admitted that " a handful of buyers " were unhappy, but …' quoted "were unhappy, but
…". A straight mark with spaces on both sides closes an open quote; only a mark right before a
word opens one."""

from attribution_helpers import attributions

from kg.extract.quotes import quoted_stretches


def inner(text):
    return [text[s.start:s.end] for s in quoted_stretches(text)]


SPACED = ('Marta Quell admitted that " a handful of buyers " were unhappy with the kettle, but denied'
          ' any fault, saying that the complaints were " far smaller than the rumours suggest. "')


def test_spaced_marks_pair_with_the_next_mark():
    assert inner(SPACED) == ["a handful of buyers", "far smaller than the rumours suggest."]


def test_spaced_straight_marks_after_curly_ones_pair_too():
    text = ('Marta Quell admitted that “ a handful of buyers ” were unhappy, but said the kettle is'
            ' " the safest on the market " and " better than any rival. "')
    assert inner(text) == ["a handful of buyers", "the safest on the market", "better than any rival."]


def test_the_narration_between_spaced_quotes_is_no_quote(nlp):
    quotes = [a.quote.text for a in attributions(nlp, SPACED)[0]]
    assert not any("unhappy" in quote or "denied" in quote for quote in quotes)
