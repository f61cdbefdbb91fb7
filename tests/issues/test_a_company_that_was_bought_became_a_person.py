"""A company that was bought was a Person where the tagger read its name as a person's ("Disney
bought …", "… was acquired by …"): nothing said that what is bought or merged with is no person.
The object of one of ``taken_over`` (kg/data/name_kinds.yaml: acquire, buy, purchase, merge),
its subject in the passive, or the object of "merged with" is voted an organisation unless more
than the tagger says it is a person (a title, a known given name, a person's frame). Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, PERSON, Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_company_bought_is_an_organisation(nlp):
    assert names(nlp, "Norvela bought Harlan Voss in 2006 for $7.4 billion.")["Harlan Voss"] == ORGANIZATION


def test_a_company_acquired_is_an_organisation(nlp):
    assert names(nlp, "Harlan Voss was acquired by Norvela in 2006.")["Harlan Voss"] == ORGANIZATION


def test_a_person_with_a_known_given_name_bought_by_a_club_stays_a_person(nlp):
    assert names(nlp, "Rovers bought Jane Smith from Wanderers.")["Jane Smith"] == PERSON
