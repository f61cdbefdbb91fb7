"""An acronym joined every name whose initials it has, so on a large folder short acronyms
chained unrelated people, streets and offices into one "Person" reported by 5,600 of 6,834
articles. An acronym now joins its expansions only when they are one name (spelling or word
order aside); when the build holds different names with its initials, only the one written
in the acronym's own articles."""

from kg.model import ORGANIZATION
from kg.resolve.actors import Resolver

from conftest import article


def actors_of(*extractions):
    actors, _ = Resolver().resolve_actors(list(extractions))
    return {a.label: a for a in actors}, None


def test_an_acronym_with_two_different_expansions_in_other_articles_joins_neither():
    actors, _ = actors_of(
        article("a", "The Office of Neighborhood Involvement met.", ("Office of Neighborhood Involvement", ORGANIZATION, {})),
        article("b", "Ohio National Insurance said so.", ("Ohio National Insurance", ORGANIZATION, {})),
        article("c", "ONI agreed.", ("ONI", ORGANIZATION, {})),
    )
    assert set(actors) == {"Office of Neighborhood Involvement", "Ohio National Insurance", "ONI"}


def test_the_expansion_in_the_acronym_s_own_article_is_the_one_it_joins():
    actors, _ = actors_of(
        article("a", "The Office of Neighborhood Involvement met.", ("Office of Neighborhood Involvement", ORGANIZATION, {})),
        article("b", "Ohio National Insurance said ONI agreed.", ("Ohio National Insurance", ORGANIZATION, {}),
                ("ONI", ORGANIZATION, {})),
    )
    assert set(actors) == {"Office of Neighborhood Involvement", "Ohio National Insurance"}
    assert "ONI" in actors["Ohio National Insurance"].alt_labels


def test_one_name_in_another_word_order_is_still_one_expansion():
    actors, _ = actors_of(
        article("a", "The Collective Security Treaty Organisation met.",
                ("Collective Security Treaty Organisation", ORGANIZATION, {})),
        article("b", "The Organization of the Collective Security Treaty agreed.",
                ("Organization of the Collective Security Treaty", ORGANIZATION, {})),
        article("c", "The CSTO said so.", ("CSTO", ORGANIZATION, {})),
    )
    assert len(actors) == 1
