"""When the parse hangs the reporting verb under the quoted clause ('…, going on to say that the
country spent “hundreds of years fighting, young people do not want that.”'), the speaker was the
subject of the quoted clause ("young people"), a word of the quote. A subject inside quotation
marks is never the one who says it."""

from attribution_helpers import attributions

TEXT = ("“This is what I know. We're looking at the needs of the people,” Tom Hale said, going on to say "
        "that the country has spent “hundreds of years fighting, young people do not want to see that.”")


def test_no_speaker_is_a_word_of_the_quote(nlp):
    found, _ = attributions(nlp, TEXT)
    assert len(found) == 2
    for quote in found:
        if quote.source is not None:
            assert not (quote.quote.start <= quote.source.start < quote.quote.end), quote.source.text
