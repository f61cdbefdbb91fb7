"""A department in a spokesperson's title became an organisation: in "Dana Whitcombe, EPD Public
Information Officer," the tagger reads "EPD Public Information" as an ORG, cut from "Officer", and
the extractor made an Organization 'EPD Public Information' of it. Where a title of
kg/data/titles.yaml ("public information officer") begins inside an organisation's name and runs
past its end, the name is cut where the title begins: the employer is 'EPD'."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_the_title_after_a_name_is_cut_from_the_employer(nlp):
    text = "According to Dana Whitcombe, EPD Public Information Officer, the road was closed."
    assert ("EPD Public Information", "ORG") in [(e.text, e.label_) for e in nlp(text).ents]
    found = names(nlp, text)
    assert "EPD Public Information" not in found
    assert found.get("EPD") == "Organization"


def test_a_title_before_a_name_leaves_the_employer(nlp):
    found = names(nlp, "EPD Public Information Officer Dana Whitcombe said the road was closed.")
    assert "EPD Public Information" not in found
    assert found["Dana Whitcombe"] == "Person"
