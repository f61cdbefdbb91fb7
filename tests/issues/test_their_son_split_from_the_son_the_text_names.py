"""'Their son' was a person of its own: in "Corrine Vale said her son, Jalen Vale, had no
enemies. … Their son was buried Monday", the text names the son right after "her son", yet the
later "their son" became a second, unnamed person. A relative's noun with a possessor is the
one person the article names right after the same noun, unless that named relative is
someone else's ("Tom Bell said his son…" is not Lena Ray's son Mark Ray). The same when the
noun comes right after the name ("Jalen Vale, her son,"), which was not tied either."""

import pytest
from described_people_helpers import resolved

TIED = ("Corrine Vale said her son, Jalen Vale, had no enemies. Jalen Vale, 19, was shot twice on "
        "Friday near his home. Their son was buried Monday, the family said.")
NOUN_AFTER = ("Corrine Vale said Jalen Vale, her son, had no enemies. Jalen Vale, 19, was shot twice on "
              "Friday near his home. Their son was buried Monday, the family said.")
OTHER_FAMILY = "Lena Ray said her son, Mark Ray, was at the park. Tom Bell said his son was at home."
OTHER_FAMILY_AFTER = "Lena Ray said Mark Ray, her son, was at the park. Tom Bell said his son was at home."


def _holder(found, text: str):
    return next(a for a in found.actors if text in [e.span.text for e in a.evidence])


@pytest.mark.parametrize("text", [TIED, NOUN_AFTER])
def test_their_son_is_the_son_named_before(nlp, text):
    found, _ = resolved(nlp, text)
    assert _holder(found, "Their son").label == "Jalen Vale"


@pytest.mark.parametrize("text", [OTHER_FAMILY, OTHER_FAMILY_AFTER])
def test_another_father_s_son_is_not_the_son_named_before(nlp, text):
    found, _ = resolved(nlp, text)
    assert _holder(found, "son").label != "Mark Ray"
