"""'Their son' was a person of its own when the text wrote the relative's noun after the name: in
"Corrine Vale said Jalen Vale, her son, had no enemies. … Their son was buried Monday", the
later "their son" became a second, unnamed person; it was tied only when the noun came before
the name ("her son, Jalen Vale,"). A name and a relative's noun with a possessor in apposition
right after it name that relative too."""

from described_people_helpers import resolved

TEXT = ("Corrine Vale said Jalen Vale, her son, had no enemies. Jalen Vale, 19, was shot twice on "
        "Friday near his home. Their son was buried Monday, the family said.")
OTHER_FAMILY = "Lena Ray said Mark Ray, her son, was at the park. Tom Bell said his son was at home."


def _holder(found, text: str):
    return next(a for a in found.actors if text in [e.span.text for e in a.evidence])


def test_their_son_is_the_son_named_before_her_son(nlp):
    found, _ = resolved(nlp, TEXT)
    assert _holder(found, "Their son").label == "Jalen Vale"


def test_another_father_s_son_is_not_the_son_named_before(nlp):
    found, _ = resolved(nlp, OTHER_FAMILY)
    assert _holder(found, "son").label != "Mark Ray"
