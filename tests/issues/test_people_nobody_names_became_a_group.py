"""Generic "people" was a group: "reminding people to call back" and "telling people to stay
inside" gave the group 'civilians' (the fresh audit of issue 14 judged 3 such groups wrong). The
bare word names a group only with a qualifier that says which people (kg/data/groups.yaml,
qualified_only): a number, an adjective, an "of" phrase."""

from kg.extract.actors import ActorExtractor
from kg.model import GROUP, Article


def groups(nlp, text):
    return [m.span.text for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if m.kind == GROUP]


def test_bare_people_is_no_group(nlp):
    assert groups(nlp, "The firm reminded people to call back later.") == []


def test_counted_or_qualified_people_are_a_group(nlp):
    assert groups(nlp, "Eight people were wounded.") == ["people"]
    assert groups(nlp, "Local people fled the town.") == ["people"]
    assert groups(nlp, "The people of Millbrook fled the town.") == ["people"]
    assert groups(nlp, "Dozens of people have been killed in street clashes.") == ["people"]
