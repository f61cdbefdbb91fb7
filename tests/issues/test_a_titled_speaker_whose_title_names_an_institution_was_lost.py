"""A speaker whose title names an institution lost the quote: "Harbour Commissioner for Trade
Lena Vrost said “…”" went to an organisation 'Harbour Commissioner' (the parse made the title
the subject and hung the name from its "for"), and "Ostrava's Minister of Health Piet Kalder
said “…”" (a name NER missed after a title phrase) had no speaker. The person speaks, not the
institution of the title."""

from attribution_helpers import speakers


def test_a_commissioner_for_a_portfolio_named_after_the_title_speaks(nlp):
    text = ("Harbour Commissioner for Trade Lena Vrost said \"the Commission is very much in favour of open "
            "markets for all.\"")
    assert speakers(nlp, text, kinds=True) == [("Lena Vrost", "Person")]


def test_a_minister_named_after_a_country_and_a_portfolio_speaks_as_a_person(nlp):
    text = ("Ostrava's Minister of Health Piet Kalder said \"we will open twenty new clinics across the country "
            "this year.\"")
    assert speakers(nlp, text, kinds=True) == [("Piet Kalder", "Person")]


def test_the_person_a_lawyer_acts_for_does_not_speak(nlp):
    text = "The Lawyer for Piet Kalder said \"we will open twenty new clinics across the country this year.\""
    assert ("Piet Kalder", "Person") not in speakers(nlp, text, kinds=True)
