"""The misspelt-surname rule ("Colm Brackwyth" = "Colm Brackwith", one letter apart) could join two
names one letter apart that are places' names, or a place's name and another word (issue 14's
fresh hand audit found 'Lion' given to Lyon). A surname that names a place is no misspelling."""

from kg.model import PERSON
from kg.resolve.actors import Resolver

from conftest import article


def labels(*extractions):
    actors, _ = Resolver().resolve_actors(list(extractions))
    return {a.label for a in actors}


def test_two_people_whose_surnames_are_place_names_one_letter_apart_stay_two():
    assert labels(
        article("a", "Mark Lyon spoke.", ("Mark Lyon", PERSON, {})),
        article("b", "Mark Lion left.", ("Mark Lion", PERSON, {})),
    ) == {"Mark Lyon", "Mark Lion"}


def test_a_misspelt_surname_that_names_no_place_still_joins():
    assert len(labels(
        article("a", "Colm Brackwith fell.", ("Colm Brackwith", PERSON, {})),
        article("b", "Colm Brackwyth was found.", ("Colm Brackwyth", PERSON, {})),
    )) == 1
