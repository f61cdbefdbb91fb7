"""Parents named by their family's plural ("The Varleys said their son …", after "Jon Varley")
were an Organization, read as a band or a firm: the plural of the family name of a person the
article names in full is the family, a group of people; a plural name no person of the
article has ("the Dravens") is still a band's."""

from kg.extract import Extractor
from kg.model import GROUP, ORGANIZATION, Article
from kg.resolve.actors import Resolver


def kinds(nlp, text):
    actors, _ = Resolver().resolve_actors([Extractor()(Article("a.txt", text), nlp(text))])
    return {a.label: a.kind for a in actors}


def test_the_family_of_a_named_person_is_a_group(nlp):
    found = kinds(nlp, "Jon Varley spoke. The Varleys said their son was a happy kid. The Varleys believe he did not.")
    assert found.get("Varleys") == GROUP


def test_a_plural_name_nobody_has_stays_a_band(nlp):
    assert kinds(nlp, "Fans of the Dravens said the band would tour.").get("Dravens") == ORGANIZATION
