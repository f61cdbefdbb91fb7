"""A quote opened by a dash or a comma after an act of its speaker had no speaker: "X agreed with
the defence that … - “…”" (only a colon or a comma right after a reporting verb introduced a
quote, and "agree" was no cue), "X extended an invitation to the band, “…”" (a statement noun
introduced a quote before a comma only as the last word), "X sent an email to staff - “…”" (a
document its subject issues, only before a colon)."""

from attribution_helpers import speakers


def test_a_quote_after_a_dash_is_the_speaker_who_agreed(nlp):
    text = ("Judge Ann Verity agreed with the defence's argument that the logo was used fairly - "
            "\"I conclude that the use of the mark was fair and proper in every respect.\"")
    assert speakers(nlp, text) == ["Ann Verity"]


def test_a_quote_after_an_invitation_and_a_comma_is_the_inviter_s(nlp):
    text = ("Tom Brack extended an invitation to the record label, \"we have always loved their records "
            "and would welcome them here.\"")
    assert speakers(nlp, text) == ["Tom Brack"]


def test_a_quote_after_an_email_sent_and_a_dash_is_the_sender_s(nlp):
    text = "Jane Doe sent an email to her staff - \"We did nothing wrong and we will prove it in court.\""
    assert speakers(nlp, text) == ["Jane Doe"]


def test_a_dash_after_no_act_of_speech_gives_no_speaker(nlp):
    text = "Jane Doe walked into the crowded room - \"We did nothing wrong and we will prove it in court.\""
    assert speakers(nlp, text) == [None]
