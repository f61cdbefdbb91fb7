"""'"…," the Ohio senator said' after a paragraph about Tom Hale had no speaker: a titled
description joined a person only when the article had written that title before the name
("Sen. Tom Hale"). News style names someone, then varies the reference, as "he said" would;
the description now describes the named person who is the subject just before it (in its
paragraph or the one before) when nobody is written with the title and that person carries no
other title."""

from attribution_helpers import extraction


def speakers(nlp, text):
    found, by_key = extraction(nlp, text)
    named = {}
    for quote in found.quotes:
        mention = by_key.get(quote.speaker)
        if mention is not None and mention.refers_to:
            mention = by_key[mention.refers_to]
        named[quote.span.text] = mention.name if mention is not None else None
    return named


def test_the_description_is_the_person_just_named(nlp):
    text = ("Tom Hale addressed a rally of farmers in Dayton on Tuesday.\n\n"
            "“We will win this state by a wide margin,” the Ohio senator said.")
    assert speakers(nlp, text) == {"We will win this state by a wide margin": "Tom Hale"}


def test_a_person_written_with_another_title_is_not_described(nlp):
    text = ("Gov. Tom Hale addressed a rally of farmers in Dayton on Tuesday.\n\n"
            "“We will win this state by a wide margin,” the Ohio senator said.")
    assert speakers(nlp, text) == {"We will win this state by a wide margin": None}
