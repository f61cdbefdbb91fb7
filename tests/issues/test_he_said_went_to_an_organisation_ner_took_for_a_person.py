"""'“…,” said Marc Dubois, a spokesman for Force Syndicale, the main union at the plant. “…,” he
said' gave the second quote to the union: NER took the union's name for a person, pronouns were
linked to the last person before the votes retyped it an organisation, and "he" kept the link.
Pronouns are linked again with the final kinds."""

from attribution_helpers import extraction

TEXT = ("Union officials said nearly 14,000 employees at four French sites stopped work on Wednesday.\n"
        "\"The response has been massive,\" said Marc Dubois, a spokesman for Force Syndicale, the main union "
        "at the plant.\n"
        "\"This is just the beginning,\" he said, hinting at future labor action.")


def test_he_is_the_spokesman_not_the_union(nlp):
    found, by_key = extraction(nlp, TEXT)
    second = next(q for q in found.quotes if q.span.text.startswith("This is just"))
    speaker = by_key[second.speaker]
    if speaker.pronoun:
        speaker = by_key[speaker.refers_to]
    assert speaker.name == "Marc Dubois"
