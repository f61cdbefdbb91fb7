"""'In another part of town, a shop had been looted' was read as told of another happening (the
rule for "In a separate incident, a woman was shot"), so the looting was set apart from the
looting told before and joined an unrelated order of the story instead. "Another" marks another
happening only on a noun that names one (issue 15 item 2)."""

from kg.extract import Extractor
from kg.model import Article


def _last_mention(nlp, text, word):
    extraction = Extractor()(Article("a.txt", text, masked=text), nlp(text))
    return max((m for m in extraction.events if m.trigger.text == word), key=lambda m: m.trigger.start)


def test_another_part_of_town_is_no_other_happening(nlp):
    text = "Rioters looted shops in Elmford on Monday. In another part of town, a bakery was looted."
    assert not _last_mention(nlp, text, "looted").distinct


def test_a_separate_incident_still_is_another_happening(nlp):
    text = "A man was shot on Elm Street on Monday. In a separate incident, a woman was shot on Oak Road."
    assert _last_mention(nlp, text, "shot").distinct
