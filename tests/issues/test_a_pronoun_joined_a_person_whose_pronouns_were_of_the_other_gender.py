"""'Her' joined a boy: in "… Miles Arden … He had been shot once. Police thought he shot
himself. His mother said her son was happy.", nothing next to the boy's name says his sex and
no pronoun stood alone with him, so "her" went to him as the person named last. A pronoun
does not join a person whom two or more pronouns before it, all of the other gender,
already joined."""

from described_people_helpers import resolved

TEXT = ("Tobin Quayle, 18, was charged with manslaughter in the death of Miles Arden, 15. "
        "Miles Arden had been shot once. Police first thought he shot himself. "
        "His mother said her son was happy.")


def test_her_is_not_the_boy_he_and_himself_refer_to(nlp):
    found, _ = resolved(nlp, TEXT)
    boy = next(a for a in found.actors if a.label == "Miles Arden")
    said = [e.span.text for e in boy.evidence]
    assert "himself" in said
    assert "her" not in said
