"""'according to a statement on Harlow Chemicals' website' gave a figure no source: the object
of "according to" is the statement, which no actor stands for. Who issued the statement or
document (its possessor, its "by" or "from" object, the owner of the page it is on) is the source
(kg/data/attribution_cues.yaml ``documents``)."""

import pytest

from attribution_helpers import extraction


@pytest.mark.parametrize("text", [
    "Three workers were injured in the blast, according to a statement on Harlow Chemicals' website.",
    "Three workers were injured in the blast, according to a statement on the Harlow Chemicals website.",
    "Three workers were injured in the blast, according to a report by Harlow Chemicals.",
])
def test_who_issued_the_statement_is_the_source(nlp, text):
    found, by_key = extraction(nlp, text)
    injured = next(c for c in found.claims if c.measure == "Injured")
    assert injured.attributed_to is not None and by_key[injured.attributed_to].name == "Harlow Chemicals"
