"""A job title's abbreviation became a place: "A PIO is responding" (a public information
officer) was tagged an organisation, and the gazetteer made it a town of that name abroad; the
speaker finder then made it an organisation. An all-capitals word that is the abbreviation of a
title of kg/data/titles.yaml now names no actor."""

from kg.extract import Extractor
from kg.model import Article


def test_a_pio_is_an_officer_not_a_place(nlp):
    text = "Two men were shot at Elm Avenue on Friday, police said. A PIO is responding to the scene at Elm and Oak."
    doc = nlp(text)
    assert ("PIO", "ORG") in [(ent.text, ent.label_) for ent in doc.ents]  # the tagger's reading
    found = [m.span.text for m in Extractor()(Article("a.txt", text), doc).entities]
    assert "PIO" not in found
    assert "Elm Avenue" in found and "police" in found


def test_an_agency_s_initials_that_spell_a_dotted_title_stay_an_organisation(nlp):
    # "sec." (secretary) is written with its dot: "SEC" is an agency's initials, still an actor
    from kg.extract.actor_types import title_acronym

    assert title_acronym("PIO") and title_acronym("VP")
    assert not title_acronym("SEC")
