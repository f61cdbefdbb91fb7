"""NER took the nationality into a name ("Kenyan Amos Lekuta", typed an organisation), so one
report's runner was an actor apart from the "Amos Lekuta" of the others (ECB+ entity coreference
fell). A demonym followed by a person's name of the cluster is that person, labelled without
the demonym; "American Rowing Society" is no person and stays itself."""

from kg.model import ORGANIZATION, PERSON
from kg.resolve.actors import Resolver

from conftest import article


def actors_of(*extractions):
    actors, _ = Resolver().resolve_actors(list(extractions))
    return {a.label: a for a in actors}


def test_a_person_s_name_after_a_demonym_is_that_person():
    actors = actors_of(
        article("a", "Amos Lekuta won the race in Boston.", ("Amos Lekuta", PERSON, {})),
        article("b", "Kenyan Amos Lekuta won in Boston on Monday.", ("Kenyan Amos Lekuta", ORGANIZATION, {})),
        article("c", "Amos Lekuta said he was tired.", ("Amos Lekuta", PERSON, {})),
    )
    assert list(actors) == ["Amos Lekuta"]
    runner = actors["Amos Lekuta"]
    assert runner.kind == PERSON and runner.articles == ["a", "b", "c"]


def test_an_organisation_after_a_demonym_stays_itself():
    actors = actors_of(
        article("a", "The American Rowing Society sent aid.", ("American Rowing Society", ORGANIZATION, {})),
        article("b", "Jo Reddin of the Rowing Society said.", ("Jo Reddin", PERSON, {}), ("Rowing Society", ORGANIZATION, {})),
    )
    assert "American Rowing Society" in actors
