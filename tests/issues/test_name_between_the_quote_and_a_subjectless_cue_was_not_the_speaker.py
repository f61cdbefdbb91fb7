"""'“…,” Mike Flanagan, a top campaign adviser, said Thursday morning on “Morning Talk.”': the
parse hung the name from the last word of the quote and gave "said" a word of the show's title
as subject, so the quote had no speaker. A reporting verb with no subject outside the quotation
marks has its speaker named first after the closing mark, before the verb."""

from attribution_helpers import attributions

TEXT = ("“He's absolutely right. There's a severe disconnect between this White House and frankly the "
        "president and our military,” Mike Flanagan, a top campaign adviser, said Thursday morning on "
        "Fox News’s “Fox and Friends.”")


def test_the_name_after_the_quote_says_it(nlp):
    found, by_key = attributions(nlp, TEXT)
    quote = next(a for a in found if a.quote.text.startswith("He's"))
    assert quote.speaker is not None and by_key[quote.speaker].name == "Mike Flanagan"
