"""A victim's pronouns went to a named person who only reports on him: in "A 12-year-old boy was
taken to hospital with a gunshot wound to his leg after he and his friends were playing with a
gun. Police spokesman Darnell Okoro said…", "his" and "he" joined the spokesman (the person the
article names most), and in a story under a video caption naming a reporter, "a man was shot …
He was taken to hospital, where he died" made the reporter the dead man. The resolver does not
see described people ("a 12-year-old boy", "a man"); a pronoun is the described person of its sex
the text mentions between the named person and the pronoun, unless syntax binds it to the named
one."""

from described_people_helpers import mentions_of, resolved



def test_the_boys_pronouns_are_his_not_the_spokesmans(nlp):
    found, _ = resolved(nlp, "A 12-year-old boy was taken to Millbrook Children's Hospital on Sunday with a gunshot "
                             "wound to his leg after he and his friends were playing with a gun, police said. Police "
                             "spokesman Darnell Okoro said the boy is expected to survive.")
    assert mentions_of(found, "a 12-year-old boy").count("his") == 2
    assert "he" in mentions_of(found, "a 12-year-old boy")
    assert not {"he", "his"} & set(mentions_of(found, "Darnell Okoro"))


def test_the_dead_mans_pronouns_are_not_the_reporters(nlp):
    found, _ = resolved(nlp, "Crime reporter Tobias Renke talks about a shooting in Harwick.\n"
                             "Police said a man was shot in the chest on Friday on Grove Avenue. He was taken to "
                             "Harwick Medical Center, where he died. Police did not release his name.")
    assert {"He", "he", "his"} <= set(mentions_of(found, "a man"))
    assert not {"He", "he", "his"} & set(mentions_of(found, "Tobias Renke"))


def test_a_pronoun_syntax_binds_to_the_speaker_stays_his(nlp):
    found, _ = resolved(nlp, "Sheriff Dale Fenwick said a man was arrested on Monday. He said more arrests "
                             "could follow.")
    assert "He" in mentions_of(found, "Dale Fenwick")
