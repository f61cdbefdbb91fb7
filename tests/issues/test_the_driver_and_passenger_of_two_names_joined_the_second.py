"""'Ida Lenk and Tomas Brell, the driver and front seat passenger, were taken to …' joined the
description of both ("the driver and front seat passenger") to Tomas Brell alone: two nouns
joined by "and" in apposition to two names joined by "and" describe one each, the whole neither: the description is no person's mention."""

from kg.extract.descriptions import link_descriptions
from kg.model import PERSON, EntityMention, Span


def _mention(key, text, words, **kw):
    start = text.index(words)
    return EntityMention(key, Span(start, start + len(words), words), words, PERSON, **kw)


def test_a_description_of_two_coordinated_names_joins_neither(nlp):
    text = "Ida Lenk and Tomas Brell, the driver and front seat passenger, were taken to a hospital."
    mentions = [_mention("e0", text, "Ida Lenk"), _mention("e1", text, "Tomas Brell"),
                _mention("e2", text, "driver and front seat passenger", nominal=True)]
    assert link_descriptions(nlp(text), mentions) == {id(mentions[2])}
    assert mentions[2].refers_to is None


def test_a_description_of_one_name_still_joins_it(nlp):
    text = "Tomas Brell, the driver and owner of the car, was taken to a hospital."
    mentions = [_mention("e0", text, "Tomas Brell"), _mention("e1", text, "driver and owner", nominal=True)]
    link_descriptions(nlp(text), mentions)
    assert mentions[1].refers_to == "e0"
