"""'“…,” he said' after a quote went to the person named last (as the possessor of a noun, no
subject), not to the speaker the paragraph is about: "“…,” he said. His team had beaten Jim
Soller's side. “…,” he said" gave the second quote to Soller."""

from attribution_helpers import speakers


def test_he_said_after_a_quote_is_the_last_speaker_when_no_one_else_is_the_topic(nlp):
    text = ("Tom Brack, the coach, was angry after the game. \"We gave away two goals in ten minutes,\" he said. "
            "His team had beaten Jim Soller's side twice this year. \"We have to be much better than this,\" he said.")
    assert speakers(nlp, text) == ["Tom Brack", "Tom Brack"]


def test_she_said_after_a_new_subject_is_that_subject(nlp):
    text = ("Ann Lark, the mayor, spoke first. \"We will rebuild the bridge by the spring,\" she said. "
            "Mary Holt, a builder, was in the audience. \"The town has waited long enough for this,\" she said.")
    assert speakers(nlp, text) == ["Ann Lark", "Mary Holt"]


def test_he_said_after_a_woman_s_quote_is_not_hers(nlp):
    text = ("Ann Lark, the mayor, spoke first. \"We will rebuild the bridge by the spring,\" she said. "
            "The plan came from Tom Brack's office. \"The town has waited long enough for this,\" he said.")
    assert speakers(nlp, text) == ["Ann Lark", "Tom Brack"]
