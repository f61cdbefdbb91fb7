"""'“Three people were killed in the house. We found them in the morning. …,” Hale said' gave a
Killed claim with no source: the reporting verb is an ancestor of no word of the quote's first
sentence. A figure inside a quote whose speaker is known is that speaker's."""

from attribution_helpers import extraction

TEXT = ("Sheriff Tom Hale spoke to reporters on Sunday.\n\n"
        "“Three people were killed in the house. We found them in the morning. It is a tragedy for the "
        "town,” Hale said.")


def test_the_speaker_of_the_quote_is_the_source_of_its_figure(nlp):
    found, by_key = extraction(nlp, TEXT)
    killed = next(c for c in found.claims if c.measure == "Killed")
    assert killed.attributed_to is not None
    assert by_key[killed.attributed_to].name in ("Hale", "Tom Hale")
