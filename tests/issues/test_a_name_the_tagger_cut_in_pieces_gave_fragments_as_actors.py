"""Names cut in pieces gave wrong actors on GVA and MEANTIME dev (eighth hand audit): a boxer
written 'First "Nick" Last' became an organisation of his first name; "the Bay of <Name>" gave a
place 'Bay of' (later 'Bay', with a foreign country) and a place of its last word; a state's
name that begins a trauma centre's name became a place in another country; "<Name> and <Name>
avenues" was cut to its two names. The pieces are put back together before they become mentions
(kg/extract/name_repairs.py)."""

from spacy.tokens import Span

from kg.extract import Extractor
from kg.model import PERSON, PLACE, Article


def mentions(nlp, text, ents=None, proper=()):
    doc = nlp(text)
    if ents is not None:  # the pieces the tagger made of a name, as it made them of a real one
        doc.ents = [Span(doc, start, end, label=label) for start, end, label in ents]
    for i in proper:  # words the tagger read as proper nouns there
        doc[i].pos_ = "PROPN"
    return {m.span.text: (m.name, m.kind, m.country)
            for m in Extractor()(Article("a.txt", text), doc).entities if not (m.pronoun or m.nominal)}


def test_a_nickname_in_quotation_marks_stays_inside_the_person_s_name(nlp):
    found = mentions(nlp, 'Police are looking into the death of Darnell "Dee" Whitacre, a boxer. Whitacre was 24.')
    assert found['Darnell "Dee" Whitacre'][1] == PERSON
    assert "Darnell" not in found


def test_a_name_cut_after_its_of_is_one_place(nlp):
    text = "The plane circled the Bay of Corvesca before landing."
    found = mentions(nlp, text, ents=[(3, 6, "LOC"), (6, 7, "GPE")])  # "the Bay of" + "Corvesca"
    assert list(found) == ["Bay of Corvesca"]
    assert found["Bay of Corvesca"][1] == PLACE


def test_a_place_s_name_that_begins_a_hospital_s_name_is_no_place(nlp):
    found = mentions(nlp, "He was rushed to Kenton County Memorial Hospital, where he died.")
    assert "Kenton County" not in found
    assert "Kenton County Memorial Hospital" in found
    found = mentions(nlp, "The man was taken to Elmford Burn Trauma Center, where he died.")
    assert "Elmford" not in found
    assert found["Elmford Burn Trauma Center"][1] == PLACE


def test_two_streets_before_a_plural_street_word_are_their_crossing(nlp):
    found = mentions(nlp, "The shooting happened at Marlowe and Tenby avenues shortly before midnight.")
    assert found == {"Marlowe and Tenby avenues": ("Marlowe and Tenby avenues", PLACE, None)}


def test_a_title_after_a_town_keeps_the_town(nlp):
    found = mentions(nlp, "Elmford Mayor Jo Hale said the road would reopen.")
    assert "Elmford Mayor" not in found and "Elmford Mayor Jo Hale" not in found


def test_the_short_form_of_a_longer_name_is_no_person(nlp):
    text = ("He was taken to Elmford Burn Trauma Center, where he died. Both were taken to Burn Trauma, "
            "where the man was treated.")
    # the longer name as a building's, and the short form's last word alone as a person after a
    # proper noun, as the tagger read them of a real one
    found = mentions(nlp, text, ents=[(4, 8, "FAC"), (18, 19, "PERSON")], proper=[17])
    assert "Trauma" not in found
    assert found["Burn Trauma"][1] == PLACE
