"""A group from the other reading of one description: "the gunman or gunmen pulled up" gave the
person 'gunman' and the group 'militants' for "gunmen". The plural offered after "or" as the
other reading of the singular is the same description, not a second group; a plural joined by
"and" to another noun is still a group."""

from kg.extract.actors import ActorExtractor
from kg.model import GROUP, Article


def groups(nlp, text):
    return [m.span.text for m in ActorExtractor()(nlp(text), Article("a.txt", text)) if m.kind == GROUP]


def test_the_gunman_or_gunmen_is_no_group(nlp):
    assert groups(nlp, "Witnesses said the gunman or gunmen pulled up and shot her.") == []


def test_gunmen_and_soldiers_are_groups(nlp):
    assert groups(nlp, "Witnesses said gunmen and soldiers fought near the market.") == ["gunmen", "soldiers"]
