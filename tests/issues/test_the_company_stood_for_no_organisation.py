""""The company said …" stood for no one on dev news: MEANTIME marks "the company", "the airline",
"the firm" as mentions of the organisation the story is on, and our extraction had none, so what
the company said or did had no actor (issue 14, item 1: actor types from all the evidence). A
definite singular noun of a kind of company (``company_nouns``, kg/data/name_kinds.yaml) where an
actor stands is now a mention of the organisation the discourse is on (kg.extract.org_pronouns):
the one the text described with that noun, else the one named most so far among those named in
its sentence or the two before. A news outlet or a ministry is no company; none named near it,
no mention. Invented names."""

from kg.extract import Extractor
from kg.model import ORGANIZATION, Article


def company_mentions(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    by_key = {m.key: m for m in extraction.entities}
    return [(m.span.text, by_key[m.refers_to].name) for m in extraction.entities
            if m.kind == ORGANIZATION and m.pronoun and m.span.text.lower() in ("company", "firm", "airline")]


def test_the_company_is_the_story_s_company(nlp):
    found = company_mentions(nlp, "Kestrel Dynamics announced 1,000 job cuts on Monday. Kestrel Dynamics chief "
                                  "executive Dana Whitcombe said the company expects to cut 400 jobs in France.")
    assert found == [("company", "Kestrel Dynamics")]


def test_the_firm_is_the_one_described_as_a_firm(nlp):
    found = company_mentions(nlp, "Kestrel Dynamics sold 4 million phones, according to figures released by "
                                  "Norvela Group, a market research firm. The firm said sales rose.")
    assert found == [("firm", "Norvela Group")]


def test_a_newspaper_is_no_company(nlp):
    found = company_mentions(nlp, "The Elmford Herald reported that the executive had left. The company wanted "
                                  "more creativity, the newspaper said.")
    assert found == []
