"""What a product runs on or is sold through became an actor: "the game is available on Quillbox
and for the Vexstation", "the program runs on Tarnix" gave Persons and Organizations on MEANTIME
dev (a computer line, an operating system). The object of "on", "for", "through" or "via" after
one of ``things.platforms`` (kg/data/name_kinds.yaml: available, run, install…) names a thing;
"available from" a company does not, nor is a person's full name taken. Invented names."""

from kg.extract import Extractor
from kg.model import Article


def names(nlp, text):
    return {m.name: m.kind for m in Extractor()(Article("a.txt", text), nlp(text)).entities
            if not (m.pronoun or m.nominal)}


def test_what_a_game_is_available_on_is_no_actor(nlp):
    found = names(nlp, "Norvela said the game is available on Quillbox and for the Vexstation.")
    assert "Quillbox" not in found and "Vexstation" not in found


def test_what_a_program_runs_on_is_no_actor(nlp):
    assert "Tarnix" not in names(nlp, "The program runs on Tarnix.")


def test_a_company_a_book_is_available_from_is_still_an_actor(nlp):
    assert "Harlan Voss" in names(nlp, "The book is available from Harlan Voss.")
