"""ECB+ dev profile (issue 14): in "Woman Killed In Queens Hit - And - Run", NER left
"Queens" untagged and the office-holder pass took it for "the queen": the title table
matches a plural through its singular ("senators" → senator), so a borough became a
nominal Person. An office-holder description names one person; a plural title is several
people, or not a title at all."""

from __future__ import annotations

from kg.extract.actors import ActorExtractor
from kg.model import Article


def _office_holders(nlp, text: str) -> list[str]:
    return [m.span.text for m in ActorExtractor()(nlp(text), Article("a.txt", text))
            if m.nominal and not m.pronoun and m.title]


def test_a_plural_of_a_title_is_no_office_holder(nlp):
    assert _office_holders(nlp, "Woman Killed In Queens Hit - And - Run , Driver Charged") == []
    assert _office_holders(nlp, "Queens hit and run leaves woman dead Saturday") == []


def test_a_singular_title_still_is(nlp):
    assert _office_holders(nlp, "The senators met the president on Monday.") == ["president"]
