"""A TV station was a person (GVA dev, eighth hand audit): "a neighbor told <station>" gave a
Person, the tagger reading the station's name as a person's, which then took a victim's "she".
No one's name has a digit in it; a station's, a site's or a firm's may: such a name the tagger
reads as a person's is an organisation's."""

from spacy.tokens import Span

from kg.extract import Extractor
from kg.model import ORGANIZATION, PERSON, Article


def kind_read_as_person(nlp, text, name):
    doc = nlp(text)
    (token,) = [t for t in doc if t.text == name]
    doc.ents = [Span(doc, token.i, token.i + 1, label="PERSON")]  # as the tagger read a real one
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), doc).entities}[name]


def test_a_name_with_a_digit_is_no_person_s(nlp):
    text = '"I heard gunshots," a neighbor told News6Elm. She said the police came quickly.'
    assert kind_read_as_person(nlp, text, "News6Elm") == ORGANIZATION


def test_a_name_without_one_stays_a_person_s(nlp):
    text = '"I heard gunshots," a neighbor told Vesper. She said the police came quickly.'
    assert kind_read_as_person(nlp, text, "Vesper") == PERSON
