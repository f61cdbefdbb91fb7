"""A natural death counted as a killing: "Famous founder dies aged 56" with "she had been battling
cancer" in a later sentence gave Killed 1. An article that names an illness as a cause or says
someone "passed away", and tells of no violence (no killing or wounding word, no manner of harm,
no assault, crash or fire), counts no one killed with its "died", "dead" or "death"."""

import pytest

from attribution_helpers import extraction


def claims(nlp, text):
    return [(c.measure, int(c.value)) for c in extraction(nlp, text)[0].claims]


@pytest.mark.parametrize("text", [
    "Bakery founder Jane Holloway dies aged 56\nJane Holloway died on Monday. She had been battling cancer "
    "for two years, her family said.",
    "Jane Holloway dies at 56\nJane Holloway, the founder of the Ardent bakery chain, passed away on Monday. "
    "She died peacefully at home, her family said.",
])
def test_a_death_from_illness_told_in_another_sentence_is_no_killing(nlp, text):
    assert claims(nlp, text) == []


def test_a_death_in_a_story_of_violence_is_still_killed(nlp):
    assert claims(nlp, "Jane Holloway died on Monday after she was shot in her home. She had been battling cancer "
                       "for two years, her family said.") == [("Killed", 1)]
