"""A product was an actor in an article that gives no sign of what it is: "The Zorb is
claimed to be a revolutionary phone" made the Zorb an organisation, although two other
articles of the same build frame it as a product ("the Zorb line of products", "Zorb
users"). The articles now vote: a name more articles (two at least) frame as a thing than
have it as an actor loses its mentions that carry no evidence of their own."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.recovery import recover_mentions

TEXTS = {
    "a.txt": "Kestrel said on Monday that sales of the popular Zorb line of products rose.",
    "b.txt": "Analysts said Zorb users were loyal to Kestrel.",
    "c.txt": "The Zorb is claimed to be a revolutionary phone. Kestrel will sell it in June.",
}


def test_the_articles_vote_a_product_out_of_the_third_article(nlp):
    extractions = [Extractor()(Article(name, text), nlp(text)) for name, text in TEXTS.items()]
    recovered = recover_mentions(extractions)
    assert [m for e in recovered for m in e.entities if m.name == "Zorb"] == []
    assert any(m.name == "Kestrel" for m in recovered[2].entities)
