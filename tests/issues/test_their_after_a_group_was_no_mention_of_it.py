""""their" after a group was no mention of anyone: the actor extractor keeps he/she pronouns
only, so in "the update allows users to control the phone with their voice" the graph had the
users but no evidence that "their" is them (MEANTIME marks such pronouns as mentions of the
people: issue 14's pronoun misses). A plural pronoun whose nearest actor before it, in its
sentence or the one before, is a group of people is now a pronoun mention of that group; after
an organisation it stays unresolved."""

from kg.extract import Extractor
from kg.model import GROUP, Article
from kg.resolve.actors import Resolver


def build(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    actors, actor_of = Resolver().resolve_actors([extraction])
    return extraction.entities, actor_of


def test_their_after_users_is_the_users(nlp):
    # "iPhone users", not bare "users": people in general are no group of the story
    # (kg.extract.generic_groups), and their pronoun then none either
    text = "The update allows iPhone users to control the phone with their voice."
    entities, actor_of = build(nlp, text)
    users = next(m for m in entities if m.kind == GROUP and not m.pronoun)
    their = [m for m in entities if m.name == "their"]
    assert [(m.kind, m.refers_to) for m in their] == [(GROUP, users.key)]
    assert actor_of[("a.txt", their[0].key)] == actor_of[("a.txt", users.key)]


def test_they_after_two_companies_stays_open(nlp):
    text = "Kestrel Aircraft and Norvela Airways said on Monday that they would merge."
    entities, _ = build(nlp, text)
    assert not [m for m in entities if m.name == "they"]
