"""A page's "Posted: … Updated: …" line after the headline gave the headline's shooting the
update day (August 7 on a June shooting): page furniture dates the page, never an event."""

from kg.ingest.clean import clean
from kg.model import Article

HEADLINE = "Teen shot in Springfield has life threatening injuries"
STAMP = " Posted: Friday, June 26, 2015 1:11 PM EDT Updated: Friday, August 7, 2015 1:11 PM EDT"


def test_the_timestamp_is_masked_and_the_headline_kept():
    masked = clean(Article("a", HEADLINE + STAMP + "\nThe boy was shot.")).masked
    assert masked == HEADLINE + " " * len(STAMP) + "\nThe boy was shot."


def test_a_story_sentence_about_posting_is_kept():
    sentence = "The video was posted on Friday, June 26, 2015 by the police."
    assert clean(Article("a", sentence)).masked == sentence
