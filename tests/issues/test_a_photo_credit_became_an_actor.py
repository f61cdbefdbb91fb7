"""Photo credits were actors: newspaper sites print "(Photo: Jane Doe/The Star)Buy Photo" under a
picture, and the 6,834-article build had 'Buy Photo', 'Buy Photo Police', 'Photo: Detroit News' and
the photographers as organisations and people. Credits and the purchase button are page furniture
(kg/data/boilerplate.yaml), masked before parsing; the caption itself is kept."""

from kg.ingest.clean import clean
from kg.model import Article


def masked(text):
    return clean(Article("a.txt", text)).masked


def test_the_purchase_button_and_the_bracketed_credit_are_masked():
    text = ("Buy Photo Police investigate the scene on Main Street. (Photo: Jane Doe/The Star)Buy Photo\n\n"
            "Police are investigating a shooting.")
    out = masked(text)
    assert "Buy Photo" not in out and "Jane Doe" not in out
    assert "Police investigate the scene on Main Street." in out
    assert "Police are investigating a shooting." in out


def test_a_credit_line_after_a_caption_is_masked():
    out = masked("Officers investigate the scene in Millbrook. Photo: Jane Q. Doe\n\nTwo men were shot.")
    assert "Jane" not in out
    assert "Officers investigate the scene in Millbrook." in out and "Two men were shot." in out


def test_a_story_sentence_about_a_photo_is_kept():
    text = "The photo by the river showed the car. He said the photo was taken on Monday."
    assert masked(text) == text
