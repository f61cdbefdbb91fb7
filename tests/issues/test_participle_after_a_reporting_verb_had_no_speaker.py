"""'“…,” Tom Hale said, going on to say that the country has spent “…”' gave the second quote no
speaker: the parse hung the participle from a verb of the quote, whose subject is a word of the
quote. A participle right after a reporting verb and its comma says what that verb's subject
says."""

from attribution_helpers import attributions

TEXT = ("“This is what I know. We're looking at the needs of the people,” Tom Hale said, going on to say "
        "that the country has spent “hundreds of years fighting, young people do not want to see that.”")


def test_the_participle_shares_the_subject_of_said(nlp):
    found, by_key = attributions(nlp, TEXT)
    second = next(a for a in found if a.quote.text.startswith("hundreds"))
    assert second.speaker is not None and by_key[second.speaker].name == "Tom Hale"
