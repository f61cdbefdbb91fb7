"""Speakers given in the passive were lost: 'was praised by Governor Tom Hale as "…"' had no
cue (praise reports speech only with "as", kg/data/attribution_cues.yaml ``describing_verbs``)
and 'was described by Senator Ann Lee as "…"' no speaker: the "by" agent of a passive says it."""

import pytest

from attribution_helpers import attributions, extraction


@pytest.mark.parametrize("text, speaker", [
    ('The mayor was praised by Governor Tom Hale as "a leader who listens to everyone."', "Tom Hale"),
    ('The plan was described by Senator Ann Lee as "the worst idea this town has seen in years."', "Ann Lee"),
])
def test_the_agent_of_a_passive_speech_verb_is_the_speaker(nlp, text, speaker):
    found, by_key = attributions(nlp, text)
    assert [by_key[a.speaker].name if a.speaker else None for a in found] == [speaker]


def test_praising_with_no_quote_is_no_source(nlp):
    found, _ = extraction(nlp, "Police praised the officers who arrested three men on Friday.")
    assert [c.attributed_to for c in found.claims if c.measure == "Detained"] == [None]
