"""'Apple Computer's Mac OS' was one organisation on dev news: the tagger read the owner's name, its
possessive and the product's name as one name, so the company had a second node beside its own
name and the product was an actor. A name the tagger reads as an organisation with a possessive
inside, whose part before it the article writes alone as a name too, is two names: the owner's
and what it owns (kg.extract.actors); and "the newest version of Kestrel Computer's Orbix OS X"
frames the owned name as a product. "Elmford Children's Hospital" stays one name. Invented
names; the tagger's reading of the dev article is set on the Doc, as it reads invented names
apart."""

from spacy.tokens import Span as SpacySpan

from kg.extract import Extractor
from kg.model import Article

TEXT = ("Users are buzzing about Tigress, the newest version of Kestrel Computer's Orbix OS X, version 10.4. "
        "Kestrel Computer has been on a regular release pattern since then.")


def names_read_as_one(nlp, text, one):
    """The names of ``text`` when the tagger reads ``one`` as one organisation's name."""
    doc = nlp(text)
    start = text.index(one)
    merged = doc.char_span(start, start + len(one), label="ORG")
    doc.ents = [merged] + [e for e in doc.ents if e.end <= merged.start or e.start >= merged.end]
    return {m.name for m in Extractor()(Article("a.txt", text), doc).entities if not (m.pronoun or m.nominal)}


def test_the_owner_is_a_name_of_its_own(nlp):
    found = names_read_as_one(nlp, TEXT, "Kestrel Computer's Orbix OS")
    assert "Kestrel Computer" in found
    assert not any("'s" in name for name in found)


def test_the_owned_name_after_a_version_of_is_a_product(nlp):
    found = names_read_as_one(nlp, TEXT, "Kestrel Computer's Orbix OS")
    assert not any(name.startswith("Orbix") for name in found)


def test_a_hospital_named_with_a_possessive_stays_one_name(nlp):
    text = "The boy was taken to Elmford Children's Hospital, police said. Elmford is a small town."
    assert "Elmford Children's Hospital" in names_read_as_one(nlp, text, "Elmford Children's Hospital")
