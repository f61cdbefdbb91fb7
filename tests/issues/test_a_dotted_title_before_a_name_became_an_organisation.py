"""A title's dotted abbreviation before a name became an organisation: in "Cpl. Ann Lark of the
Elmford Police Department said …" the tagger reads "Cpl" as an organisation of its own, and it
became an actor. One word that, with the full stop after it, is the abbreviation of a title of
kg/data/titles.yaml ("cpl.", "sgt.", "lt.") and stands before a capitalised name names no one;
an agency's initials before a full stop ("filed with the SEC. Officials …") stay an actor."""

from kg.extract import Extractor
from kg.model import Article


def test_a_corporal_s_abbreviation_is_no_organisation(nlp):
    text = "Cpl. Ann Lark of the Elmford Police Department said officers arrived at 3 a.m."
    doc = nlp(text)
    assert ("Cpl", "ORG") in [(ent.text, ent.label_) for ent in doc.ents]  # the tagger's reading
    found = [m.span.text for m in Extractor()(Article("a.txt", text), doc).entities]
    assert "Cpl" not in found
    assert "Ann Lark" in found


def test_an_agency_s_initials_before_a_full_stop_stay_an_actor(nlp):
    text = "The company filed its report with the SEC. Officials said the review would take a month."
    doc = nlp(text)
    assert ("SEC", "ORG") in [(ent.text, ent.label_) for ent in doc.ents]
    found = [m.span.text for m in Extractor()(Article("a.txt", text), doc).entities]
    assert "SEC" in found
