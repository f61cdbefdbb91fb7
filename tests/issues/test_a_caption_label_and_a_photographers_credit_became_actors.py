"""Page furniture became actors on GVA dev (eighth hand audit): a news site's "Caption" label
glued to the caption gave 'Caption Police' and 'Caption Firefighter', and a credit "(Name, Name /
Paper)" gave one organisation of two photographers and their paper. Both are masked as
boilerplate (kg/data/boilerplate.yaml), the caption itself kept."""

from kg.ingest.clean import clean
from kg.model import Article


def masked(text):
    return " ".join(clean(Article("a.txt", text)).masked.split())


def test_a_caption_label_is_masked_and_the_caption_kept():
    text = "Two men were arrested on Friday. Caption Police suspect arson in the fire on Elm Street."
    assert masked(text) == "Two men were arrested on Friday. Police suspect arson in the fire on Elm Street."


def test_photographers_credits_before_their_paper_are_masked():
    text = ("The fire started early Saturday. (Tom Vesper, Ana Quell / Elmford Ledger) Caption Firefighter shot "
            "near his home. (Ana Quell / Elmford Ledger) Police said.")
    assert masked(text) == "The fire started early Saturday. Firefighter shot near his home. Police said."


def test_a_word_caption_in_a_sentence_stays():
    text = "Caption contests are popular. The Caption Guild met."
    assert masked(text) == text
