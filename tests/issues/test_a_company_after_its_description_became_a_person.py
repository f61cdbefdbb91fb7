"""Companies named after a description of them ("German airline Air …", "the animation studio …")
were Persons on MEANTIME dev where the tagger read the name as a person's: only a description in
apposition ("…, the airline,") was an organisation's frame. An organisation noun (``apposition`` of
kg/data/name_kinds.yaml) right before the name and qualifying it is one too. Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_an_airline_named_after_its_description_is_an_organisation(nlp):
    assert names(nlp, "Orders came from German airline Klaus Berger.")["Klaus Berger"] == ORGANIZATION


def test_a_studio_named_after_its_description_is_an_organisation(nlp):
    assert names(nlp, "The deal involves the animation company Harlan Voss.")["Harlan Voss"] == ORGANIZATION
