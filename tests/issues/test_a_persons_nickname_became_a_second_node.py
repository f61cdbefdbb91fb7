"""One person split over two nodes on dev news (issue 14, item 2): "They found Harlow, known to
his family as CJ, …" left 'CJ' an organisation of its own beside the boy. A name the text gives a
named person in a participle clause on that person's name ("known (to …) as", "also known as",
"nicknamed", "called", "dubbed") is now that person's other name: every mention of it takes the
person's full name (kg.extract.short_names). Two people the text names apart stay two. A
surname also joins a full name ending in a generational suffix ("Reno Vale II … Vale"), which
was looked up by the suffix ("II") instead of the surname. Invented names."""

from kg.extract import Extractor
from kg.model import PERSON, Article


def mentions(nlp, text):
    return [m for m in Extractor()(Article("a.txt", text), nlp(text)).entities if not (m.pronoun or m.nominal)]


def test_a_name_known_to_his_family_is_the_persons(nlp):
    found = mentions(nlp, "Jo L. Harlow Jr. died Thursday night. Police found Harlow, known to his family as "
                          "CJ, suffering from a gunshot wound. His uncle talked about CJ on Friday.")
    assert {(m.name, m.kind) for m in found if m.span.text == "CJ"} == {("Jo L. Harlow Jr", PERSON)}


def test_also_known_as_joins_the_full_name(nlp):
    found = mentions(nlp, "Marcus Lee Hall, also known as Bam, was arrested on Monday. Bam was held in the "
                          "county jail.")
    assert {m.name for m in found if m.span.text == "Bam"} == {"Marcus Lee Hall"}


def test_two_people_named_apart_stay_two(nlp):
    found = mentions(nlp, "Marcus Lee Hall was arrested on Monday. Dana Whitcombe said she saw him.")
    assert {m.name for m in found} >= {"Marcus Lee Hall", "Dana Whitcombe"}


def test_a_surname_joins_a_full_name_with_a_generational_suffix(nlp):
    found = mentions(nlp, "Andre Collins II, 26, was pronounced dead at the scene. Collins had moved to the "
                          "town in May.")
    assert {m.name for m in found if m.span.text == "Collins"} == {"Andre Collins II"}
