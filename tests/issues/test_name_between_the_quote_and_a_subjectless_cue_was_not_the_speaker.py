"""'“…,” Mike Flanagan, a top campaign adviser, said Thursday morning on “Morning Talk.”': the
parse hung the name from the last word of the quote and gave "said" a word of the show's title
as subject, so the quote had no speaker. A reporting verb with no subject outside the quotation
marks has its speaker named first after the closing mark, before the verb."""

from kg.extract.actors import ActorExtractor
from kg.extract.quotes import find_attributions
from kg.model import Article

TEXT = ("“He's absolutely right. There's a severe disconnect between this White House and frankly the "
        "president and our military,” Mike Flanagan, a top campaign adviser, said Thursday morning on "
        "Fox News’s “Fox and Friends.”")


def test_the_name_after_the_quote_says_it(nlp):
    article = Article("a.txt", TEXT, masked=TEXT)
    doc = nlp(TEXT)
    mentions = ActorExtractor()(doc, article)
    by_key = {m.key: m for m in mentions}
    quote = next(a for a in find_attributions(doc, article, mentions) if a.quote.text.startswith("He's"))
    assert quote.speaker is not None and by_key[quote.speaker].name == "Mike Flanagan"
