"""Bare plural nouns of groups that name no one in the story.

"The update will be available to users", "lets developers write programs",
"popular with consumers": a group noun of ``groups.yaml`` with nothing that
ties it to the story (no determiner, number, possessor, adjective or noun,
"of" phrase, clause or apposition on it, and no place or country before it)
speaks of such people in general. Unless the article has it take part in
something (an agent or target of an event, the group a claim counts or the one
it is attributed to, a quote's speaker, or the mention another one stands for),
or is the subject of a clause ("users complained"; not "lets users record"), or
what an act is aimed at ("weapons against civilians", "fired on protesters"), or
is not the article's only mention of its group ("iPhone users … users"), it is
kept as a mention of people described, not named (``nominal``), which makes no
actor of its own (``kg.resolve``): a mention of people, no group of the story. "Protesters clashed with police" (an event), "Russia sent troops"
(an event) and "analysts said" (a speaker) keep their groups.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from kg.knowledge import groups
from kg.model import GROUP, Claim, EntityMention, EventMention, Quote

# Verbs that say what a thing lets people do ("lets users record video", "helps developers write
# programs"): the subject of the clause they govern does nothing in the story.
_ENABLING = frozenset({"let", "allow", "enable", "help", "permit"})
# Prepositions whose object an act is aimed at ("weapons against civilians", "fired on protesters",
# "shot at police"): people that take part, whether or not an event was found there.
_TARGETED = frozenset({"against", "at", "on", "upon"})
# The words on a noun that say which people it names ("the users", "iPhone users", "users of
# the service", "users who paid", "500 users", "its users", "angry users").
_QUALIFIERS = frozenset({"det", "nummod", "amod", "compound", "poss", "prep", "relcl", "acl", "appos",
                         "quantmod", "nmod", "predet"})


def mark_generic_groups(doc: Doc, entities: list[EntityMention], events: list[EventMention],
                        claims: list[Claim], quotes: list[Quote]) -> None:
    """Makes descriptions (``nominal``) of the bare plural group mentions no event, claim, quote or
    other mention points to (see the module)."""
    used = {key for event in events for key in (*event.agents, *event.targets, *event.denied_by)}
    used |= {key for claim in claims for key in (claim.affected, claim.attributed_to) if key}
    used |= {quote.speaker for quote in quotes if quote.speaker}
    used |= {key for m in entities for key in (m.refers_to, m.antecedent, m.speaks_for, m.used_by) if key}
    labels = Counter(_label(m) for m in entities if m.kind == GROUP and not m.pronoun)
    for mention in entities:
        if mention.key not in used and labels[_label(mention)] == 1 and _bare_plural_group(doc, mention):
            mention.nominal = True


def _label(mention: EntityMention) -> str:
    info = groups.group(mention.name)
    return info.label if info else mention.name.lower()


def _bare_plural_group(doc: Doc, mention: EntityMention) -> bool:
    if mention.kind != GROUP or mention.pronoun or mention.nominal or mention.country:
        return False
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False  # "Elmford police", "Ugandan troops": placed by the words before the noun
    token = span[0]
    if token.tag_ != "NNS" or not token.is_lower:
        return False  # a collective singular ("police", "the crowd") or a name ("People")
    if any(child.dep_ in _QUALIFIERS for child in token.children):
        return False
    if token.dep_ in ("nsubj", "nsubjpass") and not _what_one_can_do(token.head):
        return False  # "users complained": the article tells what they did
    if token.dep_ == "pobj" and token.head.lower_ in _TARGETED:
        return False  # "use weapons against civilians", "fired on protesters": the targets of an act
    return not (token.dep_ == "pobj" and token.head.lower_ == "of")  # "dozens of users", "some of the users"


def _what_one_can_do(clause) -> bool:
    """A clause that says what a thing lets people do, not what they did: the complement of an
    enabling verb ("lets users record video") or an infinitive after "for" ("easier for
    developers to write programs")."""
    if clause.dep_ in ("ccomp", "xcomp") and clause.head.lemma_.lower() in _ENABLING:
        return True
    return any(child.dep_ == "mark" and child.lower_ == "for" for child in clause.children)
