"""A name suffix became a place: the tagger reads "Esq." after a lawyer's name as a GPE, and the
extractor made a Place 'Esq' of it. A name made only of the suffixes written after people's names
(``name_suffixes`` of kg/data/name_kinds.yaml: Jr, Sr, Esq, PhD…) now names no one."""

from kg.extract.actors import ActorExtractor
from kg.model import Article


def names(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_esq_after_a_lawyer_s_name_is_no_place(nlp):
    text = "The family's lawyer, Martin Kessler, Esq., said they would appeal."
    assert [ent.text for ent in nlp(text).ents if ent.label_ == "GPE"] == ["Esq"]  # the tagger's reading
    found = names(nlp, text)
    assert "Esq" not in found
    assert found["Martin Kessler"] == "Person"
