"""Reported figures (kg.extract.figures): what is counted, how hedged, about whom, according to whom."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from kg.extract.dates import extract_times
from kg.extract.figures import extract_claims, parse_number, same_manner
from kg.model import GROUP, Article, EntityMention
from kg.nlp.parse import span_of

from conftest import EXAMPLE_DIR, GOLD_FILE


def claims_in(nlp, text: str, article_date: date | None = date(2022, 1, 7)):
    """Claims of a text, with a Group mention for every noun chunk (the actor extractor's stand-in)."""
    doc = nlp(text)
    article = Article("a", text, date=article_date)
    entities = [EntityMention(f"e{i}", span_of(chunk, text), chunk.text, GROUP)
                for i, chunk in enumerate(doc.noun_chunks)]
    claims = extract_claims(doc, article, entities, extract_times(doc, article))
    names = {e.key: e.span.text for e in entities}
    return [(c, names.get(c.affected), names.get(c.attributed_to)) for c in claims]


def summary(found):
    return [(c.measure, c.value, c.approximation) for c, _, _ in found]


@pytest.mark.parametrize(
    "words, value",
    [("26", 26), ("3,000", 3000), ("two", 2), ("twenty-six", 26), ("1.5 million", 1500000), ("a dozen", 12),
     ("three hundred", 300), ("dozens", None)],
)
def test_parse_number(words, value):
    assert parse_number(words) == (Decimal(value) if value is not None else None)


def test_killed_and_elliptic_wounded_share_the_counted_group_and_the_source(nlp):
    found = claims_in(nlp, 'The interior ministry said that 26 "armed criminals" had been killed and 18 wounded '
                           "in the unrest.")
    assert summary(found) == [("Killed", 26, "Exact"), ("Injured", 18, "Exact")]
    assert [affected for _, affected, _ in found] == ['26 "armed criminals'] * 2
    assert [source for _, _, source in found] == ["The interior ministry"] * 2


def test_a_manner_inside_an_enclosing_figure(nlp):
    found = claims_in(nlp, "On Thursday, authorities said 18 security personnel had been killed, including one who "
                           "had been beheaded.")
    assert summary(found) == [("Killed", 18, "Exact"), ("Killed", 1, "Exact")]
    beheaded, affected, source = found[1]
    assert beheaded.manner == "behead"
    assert affected == "18 security personnel" and source == "authorities"
    assert beheaded.span.text == "one who had been beheaded"


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Officials said more than 1,000 people had been wounded.", ("Injured", 1000, "MoreThan")),
        ("The ministry said it had detained about 3,000 people.", ("Detained", 3000, "About")),
        ("Nearly 400 were admitted to hospital.", ("Hospitalized", 400, "Nearly")),
        ("Authorities said there have been 3,000 arrests.", ("Detained", 3000, "Exact")),
        ("At least five people died.", ("Killed", 5, "AtLeast")),
        ("Up to 10 people are missing.", ("Missing", 10, "UpTo")),
        ("Three protesters were shot dead.", ("Killed", 3, "Exact")),
        ("Moscow said the forces would number 2,500.", ("Troops", 2500, "Exact")),
        ("The force will comprise around 2,500 men.", ("Troops", 2500, "About")),
        ("Some 20,000 protesters rallied in the capital.", ("Participants", 20000, "About")),
        ("Police arrested 1.5 million people.", ("Detained", 1500000, "Exact")),
    ],
)
def test_measure_and_approximation(nlp, sentence, expected):
    assert summary(claims_in(nlp, sentence)) == [expected]


def test_a_range_is_at_least_its_low_end_and_up_to_its_high_end(nlp):
    found = claims_in(nlp, "Police said 10-15 people were injured.")
    assert summary(found) == [("Injured", 10, "AtLeast"), ("Injured", 15, "UpTo")]
    assert found[0][0].span == found[1][0].span


@pytest.mark.parametrize(
    "sentence",
    [
        "Dozens of people have been killed in street clashes.",  # vague: no number is stated
        "The 81-year-old former leader resigned three years ago.",
        "Protests spread across the nation of 19 million this week.",
        "More than 70 planes were flying 24 hours a day.",
        "It is one of the most stable countries; prices rose 10 percent.",
        "The alliance was founded in 1999 and the fine was $3,000.",
        "Two people were shot. One of them died.",  # shot, but how many of them are wounded? the text does not say
    ],
)
def test_numbers_that_are_not_claims(nlp, sentence):
    assert claims_in(nlp, sentence) == []


def test_according_to_and_relayed_sources(nlp):
    found = claims_in(nlp, "Interfax cited the defence ministry as saying that 12 soldiers had been wounded.")
    assert found[0][2] == "the defence ministry"
    found = claims_in(nlp, "Four people were killed, according to the police.")
    assert found[0][2] == "the police"


def test_offsets_point_into_the_text_and_the_date_comes_from_the_verb(nlp):
    text = "Police detained 40 people on Wednesday."
    (claim, _, _), = claims_in(nlp, text)
    assert text[claim.span.start:claim.span.end] == claim.span.text == "detained 40 people"
    assert claim.number_span.text == "40"
    assert claim.date == date(2022, 1, 5)


def test_same_manner():
    assert same_manner("decapitate", "behead")
    assert same_manner("shoot", "shoot")
    assert not same_manner("shoot", "stab")
    assert not same_manner(None, "behead")


def test_bundled_corpus_states_the_gold_figures(nlp):
    import yaml

    gold = yaml.safe_load(GOLD_FILE.read_text(encoding="utf-8"))
    expected = {(c["measure"], Decimal(c["value"]), c.get("approximation")) for c in gold["claims"].values()
                if not c.get("optional")}
    for conflict in gold["conflicts"]:
        expected |= {(c["measure"], Decimal(c["value"]), None) for c in conflict["claims"].values()}
    found = set()
    for path in sorted(EXAMPLE_DIR.glob("*.txt")):
        for claim, _, _ in claims_in(nlp, path.read_text(encoding="utf-8")):
            found |= {(claim.measure, claim.value, claim.approximation), (claim.measure, claim.value, None)}
    assert expected <= found


@pytest.mark.parametrize(
    "sentence, expected, number",
    [
        ("A woman was fatally shot on Sunday.", ("Killed", 1, "Exact"), "A"),
        ("Police said a 17-year-old boy was shot and killed.", ("Killed", 1, "Exact"), "a"),
        ("The victim died at the hospital.", ("Killed", 1, "Exact"), "The victim"),
        ("He was pronounced dead at the scene.", ("Killed", 1, "Exact"), "He"),
        ("An officer was shot and wounded.", ("Injured", 1, "Exact"), "An"),
        ("Teen dies after stolen gun discharges", ("Killed", 1, "Exact"), "Teen"),  # a headline drops the article
    ],
)
def test_one_person_without_a_numeral_is_a_figure_of_one(nlp, sentence, expected, number):
    (claim, _, _), = claims_in(nlp, sentence)
    assert (claim.measure, claim.value, claim.approximation) == expected
    assert claim.number_span.text == number


def test_one_person_is_counted_once_per_article_and_a_stated_total_wins(nlp):
    found = claims_in(nlp, "A man was shot late Friday. The man died at the hospital on Saturday.")
    assert summary(found) == [("Killed", 1, "Exact")]
    found = claims_in(nlp, "Two people were killed in the shooting. A 17-year-old boy died at the scene.")
    assert summary(found) == [("Killed", 2, "Exact")]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("It was a shooting that left three dead.", [("Killed", 3, "Exact")]),
        ("Three people were shot, one fatally.", [("Killed", 1, "Exact")]),
        ("The gunman opened fire, killing two and wounding four.", [("Killed", 2, "Exact"), ("Injured", 4, "Exact")]),
        ("Two people were killed Sunday in the city's 45th shooting this year.", [("Killed", 2, "Exact")]),
    ],
)
def test_totals_of_an_incident(nlp, sentence, expected):
    assert summary(claims_in(nlp, sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("No one was injured.", [("Injured", 0, "Exact")]),
        ("Nobody was hurt in the shooting.", [("Injured", 0, "Exact")]),
        ("No officers were injured.", [("Injured", 0, "Exact")]),
        ("No one else was hurt.", []),  # says nothing of the total
        ("The teen suffered no life-threatening injuries.", []),  # injuries, but not life-threatening ones
    ],
)
def test_no_one_is_a_figure_of_nought(nlp, sentence, expected):
    assert summary(claims_in(nlp, sentence)) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Jane Doe, 21, was killed Nov. 2.", [("Killed", 1, "Exact")]),  # an age and a day, not counts
        ("A 16-year-old boy, one of three people hit by gunfire, has died.", [("Killed", 1, "Exact")]),
        ("Five people were killed in separate shootings across the city since Friday evening.", []),  # a tally
        ("A man and a woman were found dead.", [("Killed", 2, "Exact")]),  # two people, each stated
        ("Two people were shot.", [("Injured", 2, "Exact")]),  # shot, and no one of the article died
        ("The man was not seriously hurt.", []),
        ("It could have hit her in the heart and killed her.", []),
    ],
)
def test_what_a_casualty_figure_is_not(nlp, sentence, expected):
    assert summary(claims_in(nlp, sentence)) == expected


def test_he_and_the_other_seven_are_eight(nlp):
    assert summary(claims_in(nlp, "He and the other seven protesters were arrested on Monday.")) == [
        ("Detained", 8, "Exact")]
    assert summary(claims_in(nlp, "Smith and seven others were detained.")) == [("Detained", 8, "Exact")]


def test_a_second_conjunct_takes_the_verb_of_the_first(nlp):
    assert summary(claims_in(nlp, "Two police officers and three civilians were killed.")) == [
        ("Killed", 2, "Exact"), ("Killed", 3, "Exact")]


def test_the_places_people_are_held_at_are_not_a_count_of_them(nlp):
    assert summary(claims_in(nlp, "The 12 men held at two prisons include nine appellants.")) == [
        ("Detained", 12, "Exact")]


def test_a_police_spokesman_is_whom_a_figure_is_attributed_to(nlp):
    from kg.extract import Extractor

    text = "No one was hurt in the blast, a police spokesman said."
    article = Article("a", text)
    extraction = Extractor()(article, nlp(article.masked))
    (claim,) = extraction.claims
    speaker = extraction.entity(claim.attributed_to)
    assert (claim.measure, claim.value) == ("Injured", 0)
    assert speaker.name == "spokesperson for police" and extraction.entity(speaker.speaks_for).name == "police"


def test_the_maker_of_a_statement_is_whom_the_figures_in_it_are_attributed_to(nlp):
    # Regression: "The president made reference to 20,000 bandits" had no source.
    found = claims_in(nlp, "The president made reference to “5,000 rioters” who had attacked the capital.")
    assert (found[0][0].value, found[0][2]) == (5000, "The president")



def test_one_who_shot_himself_is_the_one_shot(nlp):
    assert summary(claims_in(nlp, "A teenager shot himself in the left leg early Sunday.")) == [
        ("Injured", 1, "Exact")]
    ((claim, affected, _),) = claims_in(nlp, "The boy accidentally shot himself, police said.")
    assert (claim.measure, claim.part, affected) == ("Injured", None, "The boy")


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A fourth man suffered a gunshot wound in his arm.", [("Injured", 1, "Exact")]),
        ("Officers found a man suffering from a stab wound to the stomach.", [("Injured", 1, "Exact")]),
        ("Two officers sustained minor injuries.", [("Injured", 2, "Exact")]),
        ("The driver suffered fatal injuries in the crash.", [("Killed", 1, "Exact")]),
        ("He suffered two gunshot wounds.", [("Injured", 1, "Exact")]),  # the wounds are no count of people
        ("The company suffered heavy losses.", []),
    ],
)
def test_one_who_suffers_a_wound_is_injured(nlp, sentence, expected):
    assert summary(claims_in(nlp, sentence)) == expected


def test_people_who_were_not_hurt_are_no_count_of_the_hurt(nlp):
    assert summary(claims_in(nlp, "Two people were killed and three others in the house were not injured.")) == [
        ("Killed", 2, "Exact")]
    assert summary(claims_in(nlp, "Police said two other people in the home were not hurt.")) == []


def test_one_who_was_wounded_and_has_died_is_killed(nlp):
    assert summary(claims_in(nlp, "A woman who was wounded in a Sunday night shooting has died, police said.")) == [
        ("Killed", 1, "Exact")]
    assert summary(claims_in(nlp, "Two people who were wounded in the attack died on Monday.")) == [
        ("Killed", 2, "Exact")]


def test_an_age_written_y_o_is_no_count(nlp):
    found = claims_in(nlp, "Police said a 25 y/o man, 29 y/o man, and 43 y/o man were shot and killed.")
    assert all(c.value < 25 for c, _, _ in found)


def test_one_shot_who_passed_away_is_not_counted_injured(nlp):
    assert summary(claims_in(nlp, "A man was shot on Friday. He passed away on Sunday.")) == []
    assert summary(claims_in(nlp, "Officers found a girl suffering from a gunshot wound. "
                                  "She was taken to a hospital, where she passed away.")) == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A bystander was struck by a stray bullet.", [("Injured", 1, "Exact")]),
        ("Officers found two men with gunshot wounds.", [("Injured", 2, "Exact")]),
        ("A man with a gunshot wound died at the hospital.", [("Killed", 1, "Exact")]),
        ("A car hit a man on Main Street.", []),  # no projectile: no count of the wounded
    ],
)
def test_one_hit_by_a_bullet_or_found_with_a_wound_is_injured(nlp, sentence, expected):
    assert summary(claims_in(nlp, sentence)) == expected


def test_an_emergency_line_number_is_no_count(nlp):
    found = claims_in(nlp, "“[911 dispatch: she got shot in the head?] [Caller: yes ma'am]”")
    assert summary(found) == [("Injured", 1, "Exact")]


def test_one_shot_in_an_article_about_the_slain_is_not_counted_injured(nlp):
    found = claims_in(nlp, "Prosecutors said the slain boy was not a threat. Officers said Daniel Morales was shot "
                           "in the back.")
    assert ("Injured", 1, "Exact") not in summary(found)
