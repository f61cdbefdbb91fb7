"""' "He never paid it back," Peter Brown said' gave the quote's "He" to Peter Brown, the subject
the quote's sentence names: a third-person pronoun in a named person's quoted words is not the
speaker, who would have said "I"."""

from described_people_helpers import resolved


def test_he_in_a_quote_is_not_its_speaker(nlp):
    text = "Peter Brown lent money to Mark Hollis last year. \"He never paid it back,\" Peter Brown said on Monday."
    found, labels = resolved(nlp, text)
    assert [labels[q.speaker] for q in found.quotes] == ["Peter Brown"]
    brown = next(a for a in found.actors if a.label == "Peter Brown")
    hollis = next(a for a in found.actors if a.label == "Mark Hollis")
    assert "He" not in [e.span.text for e in brown.evidence]
    assert "He" in [e.span.text for e in hollis.evidence]
