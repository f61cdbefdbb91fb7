"""A quote whose cue ("enthused", "retorted", "demanded") was missing from the cue lexicon had no
cue of its own, so it was read as the continuation of the quote before and kept that speaker.
The lexicon now holds VerbNet's say and complain classes (kg/data/attribution_cues.yaml)."""

import pytest

from attribution_helpers import attributions


@pytest.mark.parametrize("verb", ["enthused", "retorted", "demanded", "grumbled"])
def test_the_second_speaker_says_the_second_quote(nlp, verb):
    text = ("“We plan to open the new line in spring,” said Mary Holloway, the airline's chief executive.\n\n"
            f"“We are delivering the first aircraft today,” {verb} Daniel Okafor, the manufacturer's manager.")
    found, by_key = attributions(nlp, text)
    second = next(a for a in found if a.quote.text.startswith("We are delivering"))
    assert second.cue is not None and second.cue.text == verb
    assert second.speaker is not None and by_key[second.speaker].name == "Daniel Okafor"
