"""'a United States federal judge' had no country, though its own words state it (issue 14,
item 6: an actor's country from its own evidence). A description's country is now the one
country a mention or a demonym before its noun names ("a United States federal judge", "a
Kenyan official"); one that names none has none (no country of the story is guessed)."""

from described_people_helpers import resolved


def test_a_description_takes_the_country_of_its_words(nlp):
    found, _ = resolved(nlp, "Dana Whitcombe had been with the firm since May, but a United States federal "
                             "judge barred her from working until April.")
    countries = {a.label: a.country for a in found.actors if a.described}
    assert countries.get("a United States federal judge") == "USA"


def test_a_description_without_a_country_gets_none(nlp):
    found, _ = resolved(nlp, "A federal judge in Kenya said the talks would resume on Monday.")
    assert {a.country for a in found.actors if a.described} == {None}
