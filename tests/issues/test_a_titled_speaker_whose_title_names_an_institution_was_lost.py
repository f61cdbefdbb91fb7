"""A speaker whose title names an institution lost the quote: "European Commissioner for Trade
Lena Vrost said “…”" went to an organisation 'European Commissioner' (the parse made the title
the subject and hung the name from its "for"), and "Ostrava's Minister of Health Piet Kalder
said “…”" (a name NER missed after a title phrase) had no speaker. The person speaks, not the
institution of the title."""

from kg.extract import Extractor
from kg.model import Article


def _speakers(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: (m.name, m.kind) for m in extraction.entities}
    return [names.get(q.speaker) for q in extraction.quotes]


def test_a_commissioner_for_a_portfolio_named_after_the_title_speaks(nlp):
    text = "European Commissioner for Trade Lena Vrost said \"the Commission is very much in favour of open markets for all.\""
    assert _speakers(nlp, text) == [("Lena Vrost", "Person")]


def test_a_minister_named_after_a_country_and_a_portfolio_speaks_as_a_person(nlp):
    text = "Ostrava's Minister of Health Piet Kalder said \"we will open twenty new clinics across the country this year.\""
    assert _speakers(nlp, text) == [("Piet Kalder", "Person")]


def test_the_person_a_lawyer_acts_for_does_not_speak(nlp):
    text = "The Lawyer for Piet Kalder said \"we will open twenty new clinics across the country this year.\""
    assert ("Piet Kalder", "Person") not in _speakers(nlp, text)
