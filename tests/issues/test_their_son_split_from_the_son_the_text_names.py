"""'Their son' was a person of its own: in "Corrine Vale said her son, Jalen Vale, had no
enemies. … Their son was buried Monday", the text names the son right after "her son", yet the
later "their son" became a second, unnamed person. A relative's noun with a possessor is the
one person the article names right after the same noun, unless that named relative is
someone else's ("Tom Bell said his son…" is not Lena Ray's son Mark Ray)."""

from described_people_helpers import resolved

TIED = ("Corrine Vale said her son, Jalen Vale, had no enemies. Jalen Vale, 19, was shot twice on "
        "Friday near his home. Their son was buried Monday, the family said.")
OTHER_FAMILY = "Lena Ray said her son, Mark Ray, was at the park. Tom Bell said his son was at home."


def _holder(found, text: str):
    return next(a for a in found.actors if text in [e.span.text for e in a.evidence])


def test_their_son_is_the_son_named_before(nlp):
    found, _ = resolved(nlp, TIED)
    assert _holder(found, "Their son").label == "Jalen Vale"


def test_another_father_s_son_is_not_the_son_named_before(nlp):
    found, _ = resolved(nlp, OTHER_FAMILY)
    assert _holder(found, "son").label != "Mark Ray"
