"""An article that writes an office's parts ("Varden County Sheriff's deputies") and then its
initials ("the VCSO") but never its full name ("Varden County Sheriff's Office") gave two
nodes: the initials of a name ending in an office's title, with an office's head noun
("Office", "Department"), are that office's abbreviation, and join its node."""

from kg.extract import Extractor
from kg.model import Article
from kg.resolve.actors import Resolver


def labels(nlp, text):
    found, _ = Resolver().resolve_actors([Extractor()(Article("a.txt", text), nlp(text))])
    return {a.label: a.alt_labels for a in found}


def test_the_office_s_initials_join_the_office(nlp):
    found = labels(nlp, "Varden County Sheriff's deputies arrested the man on Friday. "
                        "The VCSO said the man was armed.")
    assert "VCSO" not in found
    assert "VCSO" in found.get("Varden County Sheriff", set())
