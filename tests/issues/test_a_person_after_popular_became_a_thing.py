"""People were things: the product frames "its popular Orbix" and "a video Orbix (vOrb)" also
caught "the popular Ellen DeGeneres" and "Bella (Kristen Stewart)", the actress in brackets after
a character of a novel series, so the person had no mention in that article, and the articles'
vote then left her unrecovered in her story (ECB+ dev). A person's full name takes adjectives
and brackets as a product's name does not decide it."""

from kg.extract import Extractor
from kg.model import Article


def names(nlp, text):
    return {m.name for m in Extractor()(Article("a.txt", text), nlp(text)).entities if not (m.pronoun or m.nominal)}


def test_an_adjective_before_a_person_s_full_name_makes_no_thing(nlp):
    text = "The hosts ranged from political satirist Jon Stewart to edgy Chris Rock and popular Ellen DeGeneres."
    assert "Ellen DeGeneres" in names(nlp, text)


def test_an_actress_in_brackets_after_a_character_is_a_person(nlp):
    text = ("In the second novel in Stephenie Meyer's young-adult series, Bella (Kristen Stewart) recovers "
            "from the vampire attack.")
    assert "Kristen Stewart" in names(nlp, text)
