"""Groups from words that name nobody: "the sanctions remained in force" gave the group 'troops'
and "no Norvanian officers will be sent" 'security forces'. A collective singular that is a
preposition's whole object is an idiom ("in force", "by force"), and a group under "no" is
nobody; the same nouns still name groups elsewhere."""

from kg.extract.actors import ActorExtractor
from kg.model import GROUP, Article


def groups(nlp, text):
    return [m.span.text for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if m.kind == GROUP]


def test_in_force_is_no_group(nlp):
    assert groups(nlp, "The sanctions on Norvanian airlines remained in force.") == []


def test_by_force_is_no_group_but_the_force_is(nlp):
    assert groups(nlp, "The rebels took the town by force. The force said it would return.") == ["rebels", "force"]


def test_a_negated_group_is_no_group(nlp):
    assert groups(nlp, "No Norvanian officers will be sent to the summit, the minister said.") == []


def test_officers_not_negated_stay_a_group(nlp):
    assert groups(nlp, "Norvanian officers will be sent to the summit, the minister said.") != []
