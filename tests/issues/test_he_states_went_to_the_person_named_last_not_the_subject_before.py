""""He states" after a sentence whose subject is someone else went to the person last named: in
"Dan Pell attributes Tom Brack's success to … He states "…"", the quote was Brack's, because the
quote extractor took a pronoun's most recent named person (Brack, in "Tom Brack's") before the
antecedent syntax gives (the subject of the sentence before, which the resolver already used).
Issue 14: 'he said' resolves by the discourse, not by recency alone."""

from kg.extract import Extractor
from kg.model import Article


def speakers(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    return [names.get(q.speaker) for q in extraction.quotes]


def test_he_states_is_the_subject_of_the_sentence_before(nlp):
    text = ("Tom Brack founded Orvane in 1976. Dan Pell attributes Tom Brack's success to the ability to "
            "hold off on a product until it is perfect.\n"
            'He states " A lot of products could have gotten to market earlier, but he wanted it better. "')
    assert speakers(nlp, text) == ["Dan Pell"]


def test_she_said_after_a_paragraph_about_her_is_hers(nlp):
    text = ("“My baby loved everybody,” Mara Quill said.\n\n"
            "Ann Lark, a neighbor, prayed over the family before the vigil. She often saw the boy playing "
            "around the neighborhood.\n\n"
            "“To all parents, they need to teach children that guns aren't toys,” she said.")
    assert speakers(nlp, text) == ["Mara Quill", "Ann Lark"]
