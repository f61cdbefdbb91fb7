"""'Daro Quell, 24, Ivo Sorell, 16, and …': the tagger read one surname of a list of victims as an
organisation, in every mention of it; a bare age in apposition between commas makes a name a
person's."""

from kg.extract.actor_types import retype
from kg.model import ORGANIZATION, PERSON, EntityMention, Span


def _mention(text, words, kind):
    start = text.index(words)
    return EntityMention("e0", Span(start, start + len(words), words), words, kind, votes={kind: 1.0})


def test_a_name_with_an_age_in_apposition_is_a_person(nlp):
    text = "Quell, 24, and Tomas Brell, 25, were shot inside a car on Sunday."
    mention = _mention(text, "Quell", ORGANIZATION)
    kept, _, _ = retype(nlp(text), [mention])
    assert kept[0].kind == PERSON


def test_a_company_with_a_count_after_it_stays_a_company(nlp):
    text = "Kestrel Gas, which employs 240 people, said profits rose."
    mention = _mention(text, "Kestrel Gas", ORGANIZATION)
    kept, _, _ = retype(nlp(text), [mention])
    assert kept[0].kind == ORGANIZATION
