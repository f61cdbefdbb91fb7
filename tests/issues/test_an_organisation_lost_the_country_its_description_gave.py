"""Organisations lost the country the text gives them (MEANTIME dev, eighth hand audit): the
airlines of "Chinese airlines A, B and C", "German airline X" (which the tagger read as a
person) and "X of Kuwait" had none. A description before a name or before the list it heads,
and an "of" with a country's name that ends an organisation's name, give the country; so does
an "of"/"from" phrase with a country's name on a group ("Officials from the People's Republic
of China")."""

from kg.extract import Extractor
from kg.model import GROUP, ORGANIZATION, Article


def found(nlp, text):
    return {m.span.text: (m.kind, m.country) for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not m.pronoun and not m.nominal}


def test_a_plural_description_before_a_list_gives_each_name_its_country(nlp):
    names = found(nlp, "Chinese airlines Norvan Skyways, Lotus Air and Jade Wing Airlines ordered 12 jets.")
    for name in ("Norvan Skyways", "Lotus Air", "Jade Wing Airlines"):
        assert names[name] == (ORGANIZATION, "CHN")


def test_a_description_before_a_name_read_as_a_person_gives_its_country(nlp):
    assert found(nlp, "German airline Air Velden ordered four more.")["Air Velden"] == (ORGANIZATION, "DEU")


def test_of_a_country_after_an_organisation_s_name_is_its_country(nlp):
    names = found(nlp, "The deal was signed by Norvex Air Finance of Kuwait.")
    assert names["Norvex Air Finance"][1] != "DEU"


def test_a_group_from_a_country_is_of_that_country(nlp):
    names = found(nlp, "Officials from the People's Republic of China signed the deal on Monday.")
    assert names["Officials"] == (GROUP, "CHN")


def test_a_group_from_no_country_has_none(nlp):
    names = found(nlp, "Soldiers from 12 countries took part in the exercise.")
    assert names["Soldiers"] == (GROUP, None)


def test_a_singular_description_is_of_the_first_name_of_a_list_only(nlp):
    names = found(nlp, "Orders came from German airline Air Velden and Norvex Air Finance of Kuwait.")
    assert names["Air Velden"] == (ORGANIZATION, "DEU")
    assert names["Norvex Air Finance"][1] != "DEU"
