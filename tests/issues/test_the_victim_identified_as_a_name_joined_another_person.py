"""'The victim' identified by name joined someone else: in "Rowan Pike, 19, was arrested for
negligent manslaughter. The victim has been identified by family as 16-year-old Ellis Marsh.",
the sentence itself says whom "the victim" is, yet the description was left to the story
around it. A description that is the subject of a passive "identify" or "name" with "as" and
a name is that named person."""

from described_people_helpers import resolved

TEXT = ("Rowan Pike, 19, was arrested Wednesday for negligent manslaughter. Pike was held overnight. "
        "The victim has been identified by family as 16-year-old Ellis Marsh.")


def test_the_victim_identified_as_a_name_is_that_person(nlp):
    found, _ = resolved(nlp, TEXT)
    holder = next(a for a in found.actors if "victim" in [e.span.text for e in a.evidence])
    assert holder.label == "Ellis Marsh"
