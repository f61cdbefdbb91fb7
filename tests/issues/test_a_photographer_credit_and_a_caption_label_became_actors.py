"""Photo credits and caption labels were actors: a page printed "(Jenna Marlow / Harwick Ledger)"
after a caption and "Caption" before it, and the build had 'Jenna Marlow / Harwick Ledger' as an
organisation (the photographer took a victim's "his") and 'Caption Police' as a second police
node. Credits with a slash or a bar, the caption label and the line inviting readers to contact
the reporter are page furniture (kg/data/boilerplate.yaml), masked before parsing; the caption's
words are kept."""

from kg.ingest.clean import clean
from kg.model import Article


def masked(text):
    return clean(Article("a.txt", text)).masked


def test_a_slashed_credit_and_the_caption_label_are_masked():
    out = masked("Caption Police suspect arson in a fire in East Harwick. (Jenna Marlow / Harwick Ledger)\n\n"
                 "Two people died.")
    assert "Caption" not in out and "Jenna Marlow" not in out and "Harwick Ledger" not in out
    assert "Police suspect arson in a fire in East Harwick." in out and "Two people died." in out


def test_a_credit_with_a_note_before_the_slash_is_masked():
    out = masked("Officers at the scene. (Ledger photo, Jenna Marlow / Harwick Ledger)")
    assert "Jenna Marlow" not in out and "Officers at the scene." in out


def test_a_piped_credit_line_and_a_contact_line_are_masked():
    out = masked("Jenna Marlow | Harwick Ledger\nA man was shot.\nContact the reporter at jm@example.com")
    assert "Jenna Marlow" not in out and "jm@example.com" not in out and "A man was shot." in out


def test_a_story_slash_in_brackets_without_names_is_kept():
    text = "Sales rose in the first half (January / June) of the year. The caption of the photo was wrong."
    assert masked(text) == text


def test_a_line_naming_the_reporter_is_masked_but_a_sentence_of_reports_is_kept():
    out = masked("Tobias Renke reports.\nA man was shot on Grove Avenue.\nThe Elmton Police Department reports.\n"
                 "Jane Doe reports that the mayor resigned.")
    assert "Tobias Renke" not in out and "A man was shot on Grove Avenue." in out
    assert "The Elmton Police Department reports." in out and "Jane Doe reports that the mayor resigned." in out
