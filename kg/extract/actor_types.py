"""What kind of thing a name is, from the words around each mention of it.

The tagger types a name mention by mention, and news often names a company
the way it names a person ("Yukos said…"). The frames around a name tell
(``kg/data/name_kinds.yaml``): "shares of X", "X's chief executive",
"X, the oil firm," make X an organisation; "Mr X", "X's wife" a person.
Each frame adds ``FRAME_WEIGHT`` to the mention's type votes, and
``kg.resolve`` sums the votes of every mention of the actor, so one clear
frame anywhere in the articles types the name everywhere, and a name that is
an organisation in one mention is not a person in another unless a frame
says so.

Names whose last word makes them a law ("Public Order Act") are no actor;
names ending in a street or building word ("Wilmslow Road") are places
unless they act as subject or possessor ("Downing Street said").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml
from spacy.tokens import Doc, Span as SpacySpan

from kg.knowledge.resources import data_file
from kg.model import ORGANIZATION, PERSON, PLACE, EntityMention

FRAME_WEIGHT = 3.0
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


@dataclass(frozen=True)
class Frames:
    before: tuple[tuple[str, ...], ...]
    possessed: frozenset[str]
    apposition: frozenset[str]


@dataclass(frozen=True)
class NameKinds:
    frames: dict[str, Frames]
    not_actors: frozenset[str]
    places: frozenset[str]


@lru_cache(maxsize=1)
def name_kinds() -> NameKinds:
    data = yaml.safe_load(data_file("name_kinds.yaml").read_text(encoding="utf-8"))
    frames = {
        kind: Frames(tuple(tuple(words) for words in data[key].get("before", [])),
                     frozenset(data[key].get("possessed", [])), frozenset(data[key].get("apposition", [])))
        for kind, key in ((ORGANIZATION, "organization"), (PERSON, "person"))
    }
    return NameKinds(frames, frozenset(data["not_actors"]), frozenset(data["places"]))


def retype(doc: Doc, mentions: list[EntityMention]) -> list[EntityMention]:
    """``mentions`` without the names of laws, with the votes of the frames around each named one added."""
    kept = []
    for mention in mentions:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None or mention.nominal or mention.pronoun:
            kept.append(mention)
            continue
        last = mention.name.split()[-1].lower() if mention.name.split() else ""
        if len(mention.name.split()) > 1 and last in name_kinds().not_actors and mention.name[:1].isupper():
            continue
        if len(mention.name.split()) > 1 and last in name_kinds().places and not _acts(span):
            mention.votes[PLACE] = mention.votes.get(PLACE, 0.0) + FRAME_WEIGHT
        around = _Around(span)  # the same words for every kind's frames: read once
        for kind, frames in name_kinds().frames.items():
            if _framed(around, frames):
                mention.votes[kind] = mention.votes.get(kind, 0.0) + FRAME_WEIGHT
        mention.kind = max(mention.votes, key=lambda k: (mention.votes[k], k))
        kept.append(mention)
    return kept


class _Around:
    """The words around a name mention that frames look at: up to four before it (without
    articles), up to four after it (without possessive marks), and its root."""

    def __init__(self, span: SpacySpan) -> None:
        doc = span.doc
        self.before = [t.lower_ for t in doc[max(0, span.start - 4) : span.start] if t.lower_ not in ("the", "a", "an")]
        self.after = doc[span.end : span.end + 4]
        self.words = [t.lower_ for t in self.after if t.text not in _POSSESSIVE_MARKS]
        self.root = span.root


def _framed(around: _Around, frames: Frames) -> bool:
    before, after, words, root = around.before, around.after, around.words, around.root
    if any(len(cue) <= len(before) and tuple(before[-len(cue):]) == cue for cue in frames.before):
        return True
    if words and (words[0] in frames.possessed or " ".join(words[:2]) in frames.possessed
                  or " ".join(words[:3]) in frames.possessed):
        return root.dep_ in ("poss", "compound", "nmod") or (len(after) > 0 and after[0].text in _POSSESSIVE_MARKS)
    # "Yukos, the oil firm,": a description in apposition whose head is an organisation noun.
    for child in root.children:
        if child.dep_ == "appos" and child.lower_ in frames.apposition:
            return True
    return root.dep_ == "appos" and root.head.lower_ in frames.apposition


def _acts(span: SpacySpan) -> bool:
    return span.root.dep_ in ("nsubj", "nsubjpass", "poss")
