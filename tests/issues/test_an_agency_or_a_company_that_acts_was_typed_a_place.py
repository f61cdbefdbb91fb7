"""Organisations typed Place on dev news (issue 14, item 4): an agency's acronym ("the GAO" after
"the Government Accountability Office") took the gazetteer's place of that spelling and its
country (Mali's "Gao"), and a company the tagger read as a place ("Cisco has promised a
compatible release") stayed one. Now the acronym of an organisation the article names is that
organisation, and a name the tagger alone reads as a place, which the gazetteer does not know,
is an organisation where it is the subject of a speech verb or of one of ``agent_verbs``
(kg/data/name_kinds.yaml: sue, promise, ...). A gazetteer place stays a place. Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, PLACE, Article


def mentions(nlp, text):
    return [m for m in Extractor()(Article("a.txt", text), nlp(text)).entities if not (m.pronoun or m.nominal)]


def test_the_acronym_of_an_agency_is_no_place_of_that_spelling(nlp):
    found = mentions(nlp, "The Urban Finance Authority on Monday called for a re-run of the bidding. The UFA "
                          "upheld the protest, and the company has 60 days to respond to the UFA.")
    ufa = [m for m in found if m.name == "UFA"]
    assert ufa and all(m.kind == ORGANIZATION and m.country is None for m in ufa)


def test_a_name_read_as_a_place_that_sues_is_an_organisation(nlp):
    found = mentions(nlp, "Zandor sues Kestrel over phone trademark. Zandor states that it received the "
                          "trademark in 2000.")
    assert {m.kind for m in found if m.name == "Zandor"} == {ORGANIZATION}


def test_a_known_town_that_acts_stays_a_place(nlp):
    found = mentions(nlp, "Springfield sued the state over the new road.")
    assert {m.kind for m in found if m.name == "Springfield"} <= {PLACE}
