"""A publication whose title holds a capitalised "The" ("according to The Courier") was named by
its last word alone ('Courier', a common noun): a one-word name right after a capitalised "The"
inside a sentence keeps it; and no person's name has a "The" of its own ("fans of The Dravens"
are a band)."""

from kg.extract.actors import ActorExtractor
from kg.model import ORGANIZATION, Article


def kinds(nlp, text):
    return {m.name: m.kind for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if not m.nominal}


def test_the_title_keeps_its_the(nlp):
    found = kinds(nlp, "According to The Courier, the company cut prices.")
    assert found.get("The Courier") == ORGANIZATION
    assert "Courier" not in found


def test_a_the_that_opens_the_sentence_is_no_part_of_the_name(nlp):
    assert "Courier" in kinds(nlp, "The Courier said prices fell.")


def test_a_name_with_its_own_the_is_no_person(nlp):
    assert kinds(nlp, "Fans of The Dravens said the band would tour.").get("The Dravens") == ORGANIZATION
