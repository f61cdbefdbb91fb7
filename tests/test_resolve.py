"""Resolving actor mentions across articles (kg.resolve), on hand-made extractions."""

from __future__ import annotations

from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, PLACE
from kg.resolve.actors import Resolver

from conftest import article


PRONOUN = {"pronoun": True, "nominal": True}


def actors_of(*extractions):
    actors, mention_to_actor = Resolver().resolve_actors(list(extractions))
    return {a.label: a for a in actors}, mention_to_actor


def test_a_surname_joins_the_full_name_named_in_another_article():
    actors, _ = actors_of(
        article("a", "Chancellor Olaf Scholz spoke.", ("Olaf Scholz", PERSON, {})),
        article("b", "Scholz left.", ("Scholz", ORGANIZATION, {})),  # NER mistyped the surname
    )
    assert list(actors) == ["Olaf Scholz"]
    scholz = actors["Olaf Scholz"]
    assert scholz.kind == PERSON and scholz.articles == ["a", "b"] and "Scholz" in scholz.alt_labels


def test_an_ambiguous_surname_is_left_alone():
    actors, _ = actors_of(
        article("a", "Ed Miliband and David Miliband met.", ("Ed Miliband", PERSON, {}), ("David Miliband", PERSON, {})),
        article("b", "Miliband spoke.", ("Miliband", PERSON, {})),
    )
    assert set(actors) == {"Ed Miliband", "David Miliband", "Miliband"}


def test_an_acronym_joins_its_expansion_whatever_the_word_order_and_spelling():
    actors, _ = actors_of(
        article("a", "The North Atlantic Treaty Organisation met.", ("North Atlantic Treaty Organisation", ORGANIZATION, {})),
        article("b", "NATO said so.", ("NATO", ORGANIZATION, {})),
        article("c", "The North Atlantic Treaty Organization agreed.", ("North Atlantic Treaty Organization", ORGANIZATION, {})),
    )
    assert len(actors) == 1
    (nato,) = actors.values()
    assert nato.label != "NATO"  # the expansion names it; the acronym is an alias
    assert {"NATO", "North Atlantic Treaty Organisation", "North Atlantic Treaty Organization"} <= nato.alt_labels | {nato.label}


def test_an_institution_without_a_country_joins_the_one_the_articles_qualify():
    actors, _ = actors_of(
        article("a", "France's Foreign Ministry said.", ("Foreign Ministry", ORGANIZATION, {"country": "FRA"})),
        article("b", "The foreign ministry added.", ("foreign ministry", ORGANIZATION, {"nominal": True, "name": "Foreign Ministry"})),
    )
    assert list(actors) == ["Foreign Ministry"]
    assert actors["Foreign Ministry"].country == "FRA" and actors["Foreign Ministry"].articles == ["a", "b"]


def test_the_main_country_breaks_a_tie_between_two_same_name_institutions():
    actors, mention_to_actor = actors_of(
        article("a", "Kenya. Kenya's Interior Ministry and Uganda's Interior Ministry met. The interior ministry said.",
                ("Kenya", COUNTRY, {"country": "KEN"}), ("Kenya", COUNTRY, {"country": "KEN"}),
                ("Interior Ministry", ORGANIZATION, {"country": "KEN"}),
                ("Uganda", COUNTRY, {"country": "UGA"}),
                ("Interior Ministry", ORGANIZATION, {"country": "UGA"}),
                ("interior ministry", ORGANIZATION, {"nominal": True, "name": "Interior Ministry"})),
    )
    kenyan = mention_to_actor[("a", "e2")]
    assert mention_to_actor[("a", "e5")] == kenyan != mention_to_actor[("a", "e4")]


def test_the_president_is_the_president_the_articles_name():
    actors, mention_to_actor = actors_of(
        article("a", "President William Ruto spoke. Later the president left.",
                ("William Ruto", PERSON, {"title": "president", "country": "KEN"}),
                ("the president", PERSON, {"title": "president", "nominal": True})),
    )
    assert list(actors) == ["William Ruto"]
    assert mention_to_actor[("a", "e1")] == mention_to_actor[("a", "e0")]


def test_a_description_with_two_possible_holders_and_no_tiebreak_stays_unresolved():
    _, mention_to_actor = actors_of(
        article("a", "President Ruto met President Museveni. The president said.",
                ("Ruto", PERSON, {"title": "president", "country": "KEN"}),
                ("Museveni", PERSON, {"title": "president", "country": "UGA"}),
                ("The president", PERSON, {"title": "president", "nominal": True})),
    )
    assert ("a", "e2") not in mention_to_actor


def test_a_pronoun_is_evidence_of_the_person_it_refers_to():
    actors, _ = actors_of(
        article("a", "Angela Merkel said she would stay.",
                ("Angela Merkel", PERSON, {}), ("she", PERSON, {"pronoun": True, "nominal": True, "refers_to": "e0"})),
    )
    assert [e.span.text for e in actors["Angela Merkel"].evidence] == ["Angela Merkel", "she"]


def test_home_forces_are_one_group_and_foreign_troops_another():
    actors, _ = Resolver().resolve_actors([
        article("a", "Kenya. Kenya. Kenyan police and police clashed; Ugandan troops and troops waited.",
                ("Kenya", COUNTRY, {"country": "KEN"}), ("Kenya", COUNTRY, {"country": "KEN"}),
                ("Kenyan police", GROUP, {"country": "KEN", "name": "police"}), ("police", GROUP, {}),
                ("Ugandan troops", GROUP, {"country": "UGA", "name": "troops"}), ("troops", GROUP, {})),
    ])
    groups = sorted(((a.label, a.country) for a in actors if a.kind == GROUP), key=str)
    assert groups == [("security forces", "KEN"), ("troops", "UGA"), ("troops", None)]


def test_places_are_linked_to_their_country_when_the_country_is_an_actor():
    actors, _ = actors_of(
        article("a", "Protests in Nairobi, Kenya.", ("Nairobi", PLACE, {"country": "KEN"}), ("Kenya", COUNTRY, {"country": "KEN"})),
    )
    assert actors["Nairobi"].in_country == actors["Kenya"].key


def test_a_name_found_in_one_article_is_recovered_where_ner_missed_it():
    first = article("a", "The Arab League met.", ("Arab League", ORGANIZATION, {}))
    second = article("b", "Later the Arab League said no.")
    recovered = Resolver().recover_mentions([first, second])
    assert [(m.span.text, m.kind) for m in recovered[1].entities] == [("Arab League", ORGANIZATION)]
    assert second.entities == [] and recovered[0] is first  # the caller's extractions are left as they are


def test_a_name_ner_typed_differently_in_two_articles_is_one_actor_of_the_majority_kind():
    actors, _ = actors_of(
        article("a", "Hugh Jackman sang.", ("Hugh Jackman", PERSON, {})),
        article("b", "Hugh Jackman danced. Hugh Jackman left.", ("Hugh Jackman", PLACE, {}), ("Hugh Jackman", PERSON, {})),
    )
    assert list(actors) == ["Hugh Jackman"] and actors["Hugh Jackman"].kind == PERSON


def test_a_surname_with_an_apostrophe_joins_the_full_name():
    actors, _ = actors_of(
        article("a", "Coach Jim O'Brien said. O’Brien added.", ("Jim O'Brien", PERSON, {}), ("O’Brien", PERSON, {})),
    )
    assert list(actors) == ["Jim O'Brien"]


def test_a_city_is_not_taken_for_the_surname_of_a_person():
    actors, _ = actors_of(
        article("a", "George Washington spoke. Washington is a city.",
                ("George Washington", PERSON, {}), ("Washington", PLACE, {})),
    )
    assert set(actors) == {"George Washington", "Washington"}


def test_a_name_with_a_title_or_a_middle_name_is_the_same_person():
    actors, _ = actors_of(
        article("a", "Mark Jay Dunmore argued. Mrs Lark met Sarah Lark.",
                ("Mark Jay Dunmore", PERSON, {}), ("Mrs Lark", PERSON, {}), ("Sarah Lark", PERSON, {})),
        article("b", "Mark Dunmore and Dunmore left.", ("Mark Dunmore", PERSON, {}), ("Dunmore", PERSON, {})),
    )
    assert set(actors) == {"Mark Jay Dunmore", "Sarah Lark"}


def test_a_surname_of_two_people_is_the_one_named_in_its_own_article():
    _, mention_to_actor = actors_of(
        article("a", "Pierre Thomas ran. Thomas scored.", ("Pierre Thomas", PERSON, {}), ("Thomas", PERSON, {})),
        article("b", "David Thomas blocked. Thomas fell.", ("David Thomas", PERSON, {}), ("Thomas", PERSON, {})),
    )
    assert mention_to_actor[("a", "e1")] == mention_to_actor[("a", "e0")]
    assert mention_to_actor[("b", "e1")] == mention_to_actor[("b", "e0")] != mention_to_actor[("a", "e0")]


def test_a_surname_of_two_people_is_the_one_the_story_is_about_when_its_article_names_neither():
    many = [("Tyler Hansbrough", PERSON, {})] * 3
    _, mention_to_actor = actors_of(
        article("a", "Tyler Hansbrough scored; Tyler Hansbrough won; Tyler Hansbrough smiled.", *many),
        article("b", "His father Gene Hansbrough watched.", ("Gene Hansbrough", PERSON, {})),
        article("c", "Hansbrough was named player of the year.", ("Hansbrough", PERSON, {})),
    )
    assert mention_to_actor[("c", "e0")] == mention_to_actor[("a", "e0")]


def test_a_pronoun_skips_a_nearer_person_of_the_other_gender():
    _, mention_to_actor = actors_of(
        article("a", "Lena Ashcombe checked in. She is well.", ("Lena Ashcombe", PERSON, {}), ("She", PERSON, PRONOUN)),
        article("b", "Lena Ashcombe is in rehab, Colm Brackwith said. He did not say why she went.",
                ("Lena Ashcombe", PERSON, {}), ("Colm Brackwith", PERSON, {}), ("He", PERSON, PRONOUN),
                ("she", PERSON, PRONOUN)),
    )
    assert mention_to_actor[("b", "e3")] == mention_to_actor[("a", "e0")]
    assert mention_to_actor[("b", "e2")] == mention_to_actor[("b", "e1")]


def test_a_pronoun_before_any_name_is_the_person_the_article_names_most():
    _, mention_to_actor = actors_of(
        article("a", "Where she knows everyone: Nadia Quell met Ivo Sorell. Nadia Quell left.",
                ("she", PERSON, PRONOUN), ("Nadia Quell", PERSON, {}), ("Ivo Sorell", PERSON, {}),
                ("Nadia Quell", PERSON, {})),
    )
    assert mention_to_actor[("a", "e0")] == mention_to_actor[("a", "e1")]


def test_a_description_by_role_is_the_person_of_that_sector_in_its_article():
    role = {"nominal": True, "sector": "COP", "name": "officer"}
    _, mention_to_actor = actors_of(
        article("a", "Colm Brackwith shot Deputy Ivo Sorell. Brackwith fled; the officer died.",
                ("Colm Brackwith", PERSON, {}), ("Ivo Sorell", PERSON, {"sector": "COP"}), ("Brackwith", PERSON, {}),
                ("officer", PERSON, role)),
    )
    assert mention_to_actor[("a", "e3")] == mention_to_actor[("a", "e1")]


def test_a_description_by_role_is_otherwise_the_person_the_article_is_about():
    _, mention_to_actor = actors_of(
        article("a", "Lena Ashcombe entered rehab. Lena Ashcombe is well, Colm Brackwith said; the actress thanked fans.",
                ("Lena Ashcombe", PERSON, {}), ("Lena Ashcombe", PERSON, {}), ("Colm Brackwith", PERSON, {}),
                ("actress", PERSON, {"nominal": True, "name": "actress"})),
    )
    assert mention_to_actor[("a", "e3")] == mention_to_actor[("a", "e0")]


def test_a_team_or_force_named_with_its_place_is_its_short_name():
    actors, _ = actors_of(
        article("a", "The Kansas City Chiefs lost to the Oregon State Police team.",
                ("Kansas City Chiefs", ORGANIZATION, {}), ("Oregon State Police", ORGANIZATION, {})),
        article("b", "The Chiefs said the State Police were ready.", ("Chiefs", ORGANIZATION, {}),
                ("State Police", ORGANIZATION, {})),
    )
    assert set(actors) == {"Kansas City Chiefs", "Oregon State Police"}
    assert actors["Kansas City Chiefs"].articles == ["a", "b"]


def test_a_short_name_two_place_qualified_names_end_with_is_left_alone():
    actors, _ = actors_of(
        article("a", "Texas Rangers beat Rangers.", ("Texas Rangers", ORGANIZATION, {})),
        article("b", "Glasgow Rangers won.", ("Glasgow Rangers", ORGANIZATION, {})),
        article("c", "The Rangers lost.", ("Rangers", ORGANIZATION, {})),
    )
    assert set(actors) == {"Texas Rangers", "Glasgow Rangers", "Rangers"}


def test_a_generic_institution_word_is_no_short_name_of_a_place_qualified_one():
    actors, _ = actors_of(
        article("a", "The Chelsea Foundation gave.", ("Chelsea Foundation", ORGANIZATION, {})),
        article("b", "The Foundation said no.", ("Foundation", ORGANIZATION, {})),
    )
    assert set(actors) == {"Chelsea Foundation", "Foundation"}


def test_the_police_of_a_story_that_names_one_police_force_are_that_force():
    actors, _ = actors_of(
        article("a", "Ashcombe Police arrested a man.", ("Ashcombe Police", ORGANIZATION, {})),
        article("b", "Police said he was 45.", ("Police", GROUP, {"name": "police"})),
    )
    assert list(actors) == ["Ashcombe Police"] and actors["Ashcombe Police"].articles == ["a", "b"]


def test_police_stay_a_group_when_two_forces_are_named():
    actors, _ = actors_of(
        article("a", "Ashcombe Police and Wexmoor Police met.", ("Ashcombe Police", ORGANIZATION, {}),
                ("Wexmoor Police", ORGANIZATION, {})),
        article("b", "Police said no.", ("Police", GROUP, {"name": "police"})),
    )
    assert len(actors) == 3


def test_a_place_that_ends_a_longer_place_name_is_that_place_and_mt_is_mount():
    actors, _ = actors_of(
        article("a", "Climbers died on Ardlow Mount Kessel.", ("Ardlow Mount Kessel", PLACE, {})),
        article("b", "Mt Kessel is high.", ("Mt Kessel", PLACE, {})),
        article("c", "Northeast Philadelphia is not Philadelphia.", ("Northeast Philadelphia", PLACE, {}),
                ("Philadelphia", PLACE, {})),
    )
    assert set(actors) == {"Ardlow Mount Kessel", "Northeast Philadelphia", "Philadelphia"}


def test_a_surname_misspelt_by_one_letter_is_the_same_person():
    actors, _ = actors_of(
        article("a", "Colm Brackwith fell.", ("Colm Brackwith", PERSON, {})),
        article("b", "Colm Brackwyth was found.", ("Colm Brackwyth", PERSON, {})),
        article("c", "Colm Smith spoke.", ("Colm Smith", PERSON, {})),
    )
    assert len(actors) == 2


def test_a_company_is_the_same_with_or_without_its_legal_form():
    actors, _ = actors_of(
        article("a", "Kestrel Systems Corp. said it would fix the flaw.", ("Kestrel Systems Corp.", ORGANIZATION, {})),
        article("b", "Kestrel Systems released a patch.", ("Kestrel Systems", ORGANIZATION, {})),
    )
    assert len(actors) == 1


def test_a_nickname_of_the_first_name_is_the_same_person():
    actors, _ = actors_of(
        article("a", "Fred Marlowe died. Fred Smith spoke.", ("Fred Marlowe", PERSON, {}), ("Fred Smith", PERSON, {})),
        article("b", "Frederick Calder Marlowe was 75.", ("Frederick Calder Marlowe", PERSON, {})),
    )
    assert set(actors) == {"Frederick Calder Marlowe", "Fred Smith"}
    assert "Fred Marlowe" in actors["Frederick Calder Marlowe"].alt_labels


def test_the_full_first_name_is_part_of_a_longer_name_with_its_nickname():
    # The other way round: the shorter name has the full first name, the longer the nickname.
    actors, _ = actors_of(
        article("a", "Frederick Marlowe died.", ("Frederick Marlowe", PERSON, {})),
        article("b", "Fred Calder Marlowe was 75.", ("Fred Calder Marlowe", PERSON, {})),
    )
    assert set(actors) == {"Fred Calder Marlowe"}
    assert "Frederick Marlowe" in actors["Fred Calder Marlowe"].alt_labels


def test_a_nickname_of_two_first_names_is_left_alone():
    # "Fred" is short for Frederick and for Alfred.
    actors, _ = actors_of(
        article("a", "Fred Marlowe died.", ("Fred Marlowe", PERSON, {})),
        article("b", "Frederick Marlowe and Alfred Marlowe met.",
                ("Frederick Marlowe", PERSON, {}), ("Alfred Marlowe", PERSON, {})),
    )
    assert set(actors) == {"Fred Marlowe", "Frederick Marlowe", "Alfred Marlowe"}


def test_a_first_name_alone_is_the_one_person_of_that_first_name():
    actors, _ = actors_of(
        article("a", "Vincent Gigante died. Vincent was 77.", ("Vincent Gigante", PERSON, {}), ("Vincent", PERSON, {})),
        article("b", "Anna Lee and Anna Smith met. Anna left.",
                ("Anna Lee", PERSON, {}), ("Anna Smith", PERSON, {}), ("Anna", PERSON, {})),
    )
    assert "Vincent" in actors["Vincent Gigante"].alt_labels and "Vincent" not in actors
    assert "Anna" in actors  # two Annas: left alone


def test_a_name_is_the_same_with_or_without_accents():
    actors, _ = actors_of(
        article("a", "Thieves robbed a shop on Place Vendôme.", ("Place Vendôme", PLACE, {})),
        article("b", "The Place Vendome shop was robbed.", ("Place Vendome", PLACE, {})),
    )
    assert len(actors) == 1


def test_a_surname_ner_read_as_a_town_of_the_gazetteer_is_the_person():
    # The gazetteer knows a town "Būsh": the text's "Bush" matches it without its accent.
    actors, _ = actors_of(
        article("a", "George W. Bush left office. The Bush administration ended. Bush spoke.",
                ("George W. Bush", PERSON, {}), ("Bush", PLACE, {}), ("Bush", PERSON, {})),
    )
    assert list(actors) == ["George W. Bush"]


def test_a_name_with_a_generic_last_word_is_the_name_without_it():
    actors, _ = actors_of(
        article("a", "Pirates struck in the Mediterranean Sea. Ashcombe Police Department said.",
                ("Mediterranean Sea", PLACE, {}), ("Ashcombe Police Department", ORGANIZATION, {})),
        article("b", "Ships crossed the Mediterranean. Ashcombe Police arrested her. Harlow County is far.",
                ("Mediterranean", PLACE, {}), ("Ashcombe Police", ORGANIZATION, {}), ("Harlow County", PLACE, {})),
        article("c", "Harlow growers met.", ("Harlow", PLACE, {})),
    )
    assert set(actors) >= {"Harlow", "Harlow County"}  # "County" is no generic tail: two places
    assert len(actors) == 4


def test_a_pronoun_joins_the_person_syntax_names_its_antecedent_rather_than_the_last_name():
    # "He" opens the sentence after one whose subject is Tam Bakewell (kg.extract.actors sets
    # ``antecedent``); John Doe is named later but is the object.
    _, mention_to_actor = actors_of(
        article("a", "Tam Bakewell beat John Doe. He set a record.",
                ("Tam Bakewell", PERSON, {}), ("John Doe", PERSON, {}), ("He", PERSON, {**PRONOUN, "antecedent": "e0"})),
    )
    assert mention_to_actor[("a", "e2")] == mention_to_actor[("a", "e0")]


def test_a_syntax_antecedent_that_is_no_person_is_passed_over():
    _, mention_to_actor = actors_of(
        article("a", "Acme Corp hired John Doe. He left.",
                ("Acme Corp", ORGANIZATION, {}), ("John Doe", PERSON, {}), ("He", PERSON, {**PRONOUN, "antecedent": "e0"})),
    )
    assert mention_to_actor[("a", "e2")] == mention_to_actor[("a", "e1")]


def test_a_syntax_antecedent_the_other_pronouns_make_a_woman_is_no_he():
    _, mention_to_actor = actors_of(
        article("a", "Mary Jones hurt herself. John Doe found her. Mary Jones said he helped.",
                ("Mary Jones", PERSON, {}), ("herself", PERSON, {**PRONOUN, "antecedent": "e0"}),
                ("John Doe", PERSON, {}), ("her", PERSON, PRONOUN), ("Mary Jones", PERSON, {}),
                ("he", PERSON, {**PRONOUN, "antecedent": "e4"})),
    )
    assert mention_to_actor[("a", "e5")] == mention_to_actor[("a", "e2")]


def test_a_state_institution_named_without_a_country_is_of_its_storys_country_but_a_person_or_company_is_not():
    # The story's main country is a last resort for institutions only ("the National Guard" of a
    # story about Chile); a person, a company and a crowd get no country from it.
    text = "Chile. Chile. Peru. The National Guard, Ana Diaz, Acme and protesters were there."
    actors, _ = actors_of(article(
        "a", text,
        ("Chile", COUNTRY, {"country": "CHL"}), ("Chile", COUNTRY, {"country": "CHL"}),
        ("Peru", COUNTRY, {"country": "PER"}),
        ("National Guard", ORGANIZATION, {"sector": "MIL"}), ("Ana Diaz", PERSON, {"sector": "GOV"}),
        ("Acme", ORGANIZATION, {"sector": "BUS"}), ("protesters", GROUP, {"sector": "OPP"})))
    assert actors["National Guard"].country == "CHL"
    assert actors["Ana Diaz"].country is None and actors["Acme"].country is None
    assert actors["protesters"].country is None
