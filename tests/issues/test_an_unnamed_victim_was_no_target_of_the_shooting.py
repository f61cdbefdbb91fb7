"""'A 16-year-old boy was shot' gave a shooting with no target: a person the text describes
but does not name had no actor. He is now a Person of his article, labelled as written, and
'the boy' later in the article is the same person."""

from described_people_helpers import resolved


def test_the_described_boy_is_the_target_and_the_boy_is_him(nlp):
    found, label = resolved(nlp, "A 16-year-old boy was shot on Main Street in Millbrook on Saturday night. "
                                 "The boy was taken to a hospital in critical condition.")
    shooting = next(e for e in found.events if e.type == "Shooting")
    assert [label[t] for t in shooting.targets] == ["a 16-year-old boy"]
    boy = next(a for a in found.actors if a.label == "a 16-year-old boy")
    assert boy.kind == "Person"
    assert [e.span.text for e in boy.evidence] == ["A 16-year-old boy", "The boy"]


def test_a_man_and_a_woman_are_two_people(nlp):
    found, label = resolved(nlp, "Officers arrested a man and a woman in Millbrook on Sunday.")
    arrest = next(e for e in found.events if e.type == "Arrest")
    assert sorted(label[t] for t in arrest.targets) == ["a man", "a woman"]


def test_the_teen_and_the_victim_after_the_one_boy_are_him(nlp):
    found, label = resolved(nlp, "A 17-year-old boy was shot in Millbrook on Sunday. The teen was taken to a hospital. "
                                 "The victim died there.")
    assert [a.label for a in found.actors if a.kind == "Person"] == ["a 17-year-old boy"]
