""""'My baby is gone,' Mara Quill wailed" had no speaker: only verbs of saying were cues, not
VerbNet's verbs of the manner of speaking (wail, sob, mutter, holler…), which news uses for
quoted words as well."""

from kg.extract import Extractor
from kg.model import Article


def test_a_wailed_quote_is_the_wailer_s(nlp):
    text = "During the vigil, dozens of friends gathered. “My baby is gone,” Mara Quill wailed at one point."
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    assert [names.get(q.speaker) for q in extraction.quotes] == ["Mara Quill"]
