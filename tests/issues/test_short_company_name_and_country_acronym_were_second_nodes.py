"""An organisation named two ways in one article became two nodes: "Lockheed" beside
"Lockheed Martin", "Ford" beside "Ford Motor", and "the USAF" beside "the Air Force"."""

from kg.pipeline.build import build


def actors_of(tmp_path, text):
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    return {a.label: a for a in build([tmp_path]).resolved.actors}


def test_a_one_word_name_is_the_longer_company_name_it_begins(tmp_path):
    actors = actors_of(tmp_path, "Sales fall\n\nFord Motor said sales fell. Ford also said it would cut jobs.\n")
    assert "Ford Motor" not in actors or "Ford" not in actors
    (ford,) = [a for a in actors.values() if a.label.startswith("Ford")]
    # "Ford also said it would cut jobs": "it" is Ford too (kg.extract.org_pronouns)
    assert {e.span.text for e in ford.evidence} == {"Ford Motor", "Ford", "it"}


def test_a_country_acronym_is_that_country_s_organisation(tmp_path):
    actors = actors_of(tmp_path, "Boeing cleared\n\nBoeing may bid for launch contracts again, the USAF "
                                 "announced. The deal protects the Air Force's interests, the USAF said.\n")
    assert "USAF" not in actors
    assert {e.span.text for e in actors["Air Force"].evidence} >= {"USAF", "Air Force"}



def test_an_unknown_place_is_the_longer_place_name_it_begins(tmp_path):
    actors = actors_of(tmp_path, "Test flight delayed\n\nA test flight was delayed today after a superficial "
                                 "accident at Suvarnabhumi Airport, which serves Bangkok, Thailand. It also "
                                 "demonstrates continuing problems at Suvarnabhumi airport, which has suffered "
                                 "various incidents since it opened last September.\n")
    assert "Suvarnabhumi" not in actors
    assert {e.span.text for e in actors["Suvarnabhumi Airport"].evidence} == {"Suvarnabhumi Airport", "Suvarnabhumi"}
