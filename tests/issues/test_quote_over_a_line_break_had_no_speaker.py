"""Text set one sentence a line breaks a quote across lines ('"We are going to demote the PC to
just be a device.⏎We are going to move the digital hub … into the cloud," said Steve Jobs'): the
first line's quote ran to its line end unclosed, the second line's closing mark closed nothing,
and the quote had no speaker. A line whose first quotation mark closes continues the quote left
open at the end of the line before."""

from attribution_helpers import attributions

TEXT = ("The chief executive rounded the keynote off by unveiling a new music feature.\n"
        "\"We are going to demote the PC to just be a device.\n"
        "We are going to move the digital hub, the center of your digital life, into the cloud,\" said "
        "Dana Whitcombe during the keynote.\n"
        "The company announced no new hardware products.")


def test_the_quote_runs_to_its_closing_mark_and_has_its_speaker(nlp):
    found, by_key = attributions(nlp, TEXT)
    [quote] = found
    assert quote.quote.text.startswith("We are going to demote")
    assert quote.quote.text.endswith("into the cloud")
    assert quote.speaker is not None and by_key[quote.speaker].name == "Dana Whitcombe"
