""""“…,” Sgt. Dell Marrow said" had no speaker (or the subject of the sentence before): the
tokenizer splits the full stop off "Sgt.", and that full stop was taken for the end of a sentence,
so the attribution clause after the quote was "Sgt." alone. A full stop right after a dotted title
abbreviation of titles.yaml and before a capitalised word ends no sentence."""

import pytest

from kg.extract import Extractor
from kg.model import Article


@pytest.mark.parametrize("title", ["Sgt.", "Lt."])
def test_a_quote_said_by_a_titled_name_is_that_person_s(nlp, title):
    text = ("Police said the road was closed. “In my twenty years on the force, this is the worst crash "
            f"I have seen,” {title} Dell Marrow said.")
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    assert [names.get(q.speaker) for q in extraction.quotes] == ["Dell Marrow"]


def test_a_sentence_ending_in_a_lower_case_unit_still_ends(nlp):
    text = "Ann Lark said the lights changed every ten sec. “The crossing is far too dangerous for children,” Bo Tran said."
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    assert [names.get(q.speaker) for q in extraction.quotes] == ["Bo Tran"]
