""""The kettle was “…,” as stated on the Harlow Mills website" gave the quote no speaker, or the
subject of the clause "as stated" hangs from ("The kettle"): a passive "as" participle has no
subject of its own. Its speaker is the issuer of the document it names ("on X's website"), and
with no document and no "by" agent nobody."""

from kg.extract import Extractor
from kg.model import Article


def _speakers(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    return [names.get(q.speaker) for q in extraction.quotes]


def test_a_quote_as_stated_on_a_website_is_the_website_owner_s(nlp):
    text = "The kettle was “a remarkable new kind of kettle for every home,” as stated on the Harlow Mills website."
    assert _speakers(nlp, text) == ["Harlow Mills"]


def test_a_quote_as_stated_in_a_contract_is_not_the_sentence_subject_s(nlp):
    text = "Ann Lark bought the kettle, “a remarkable new kind of kettle for every home,” as stated in the contract."
    assert _speakers(nlp, text) == [None]
