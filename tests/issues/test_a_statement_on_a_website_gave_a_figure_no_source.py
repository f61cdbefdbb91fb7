"""'according to a statement on Harlow Chemicals' website' gave a figure no source: the object
of "according to" is the statement, which no actor stands for. Who issued the statement or
document (its possessor, its "by" or "from" object, the owner of the page it is on) is the source
(kg/data/attribution_cues.yaml ``documents``)."""

import pytest

from attribution_helpers import attributions, extraction


@pytest.mark.parametrize("text", [
    "Three workers were injured in the blast, according to a statement on Harlow Chemicals' website.",
    "Three workers were injured in the blast, according to a statement on the Harlow Chemicals website.",
    "Three workers were injured in the blast, according to a report by Harlow Chemicals.",
])
def test_who_issued_the_statement_is_the_source(nlp, text):
    found, by_key = extraction(nlp, text)
    injured = next(c for c in found.claims if c.measure == "Injured")
    assert injured.attributed_to is not None and by_key[injured.attributed_to].name == "Harlow Chemicals"


def test_who_issued_a_report_is_the_speaker_of_its_quote(nlp):
    found, by_key = attributions(
        nlp, 'A Harlow Chemicals report released on Monday stated that "the plant is safe for the workers and the town."')
    assert [by_key[a.speaker].name if a.speaker else None for a in found] == ["Harlow Chemicals"]


def test_who_issued_a_report_is_the_source_of_its_figure(nlp):
    found, by_key = extraction(nlp, "A Harlow Chemicals report said two workers were injured.")
    injured = next(c for c in found.claims if c.measure == "Injured")
    assert injured.attributed_to is not None and by_key[injured.attributed_to].name == "Harlow Chemicals"
