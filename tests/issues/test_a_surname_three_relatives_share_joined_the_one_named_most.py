"""A bare surname that people of the article share joined the wrong one: in a story of a
mother "Dana Cole", named three times, and her son "Jaylen Cole", "Cole told them that he had
found the gun" went to the person the story named most (the mother). A surname shared by
several people of its article is the nearest full name before it that fits it (the gender its
title or its pronouns show), else it stays its own mention; "Mrs Cole", which the tagger read
as one name, showed no gender and went to the son named last."""

from described_people_helpers import resolved

TEXT = ("Dana Cole said deputies called her at work on Friday. Dana Cole drove home. "
        "Dana Cole said she saw the cars outside. Deputies found her son Jaylen Cole in the garage "
        "with a rifle. Cole told them that he had found the gun in a closet.")


def _said_of(found, label):
    actor = next(a for a in found.actors if a.label == label)
    return [e.span.text for e in actor.evidence]


def test_a_surname_shared_by_relatives_is_the_nearest_one_who_fits(nlp):
    found, _ = resolved(nlp, TEXT)
    son = _said_of(found, "Jaylen Cole")
    assert "Cole" in son
    assert "he" in son
    assert "Cole" not in _said_of(found, "Dana Cole")


def test_a_title_of_the_other_gender_skips_the_nearest(nlp):
    text = ("Marcus Cole and his wife Dana Cole ran the store. Their son Jaylen Cole worked there. "
            "Mrs Cole said the store would reopen.")
    found, _ = resolved(nlp, text)
    assert any(s.endswith("Cole") and s != "Dana Cole" for s in _said_of(found, "Dana Cole"))
    assert not any(s.startswith("Mrs") for s in _said_of(found, "Jaylen Cole"))
