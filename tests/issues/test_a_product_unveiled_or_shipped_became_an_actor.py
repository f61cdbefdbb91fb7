"""Software a company unveiled stayed an actor: "Apple unveiled Lion, …" and "… Lion was
announced at an event" gave a Person on MEANTIME dev, because the subject of the passive
"was announced" counted as a speaker, which spares a name from every frame of a thing. The
object of a verb said of products only (``made`` in kg/data/name_kinds.yaml: unveil, launch,
ship, install, download…), or its subject in the passive, names a thing; a speaker is the
subject of an active speech verb only. Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, PERSON, Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_a_name_a_company_unveiled_and_shipped_is_no_actor(nlp):
    found = names(nlp, "Norvela unveiled Hallett, the successor to its operating system, on Monday. "
                       "Hallett will be shipped in July for $29. Hallett was announced at a Norvela event in March.")
    assert "Hallett" not in found


def test_a_company_that_speaks_is_still_one_though_another_launched_it(nlp):
    found = names(nlp, "Norvela Bank launched Vantorix Holdings in 2004. Vantorix Holdings said on Monday "
                       "that its profits rose.")
    assert "Vantorix Holdings" in found


def test_a_person_whose_full_name_is_the_object_of_such_a_verb_is_still_one(nlp):
    found = names(nlp, "The club unveiled Marisol Quent as its new coach. Marisol Quent said she was proud.")
    assert found.get("Marisol Quent") == PERSON
