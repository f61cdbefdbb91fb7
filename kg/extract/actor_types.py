"""What kind of thing a name is, from the words around each mention of it.

The tagger types a name mention by mention, and news often names a company
the way it names a person ("Norvela said…"). The frames around a name tell
(``kg/data/name_kinds.yaml``): "shares of X", "X's chief executive",
"X, the oil firm," make X an organisation; "Mr X", "X's wife" a person.
Each frame adds ``FRAME_WEIGHT`` to the mention's type votes, and
``kg.resolve`` sums the votes of every mention of the actor, so one clear
frame anywhere in the articles types the name everywhere, and a name that is
an organisation in one mention is not a person in another unless a frame
says so.

Names whose last word makes them a law ("Public Order Act") are no actor;
names ending in a street or building word ("Ashgrove Road", "Elm Ave.") are
places unless they act as subject or possessor ("Downing Street said"), and
so are names in the frames of an address ("the 1200 block of Elm", "the
intersection of Elm and Oak", "Jane Doe, 26, of Elmford"). A name joined by
"and" / "or" to a framed name shares its frame. Names of
things — products, software, vehicles, programmes, events — are no actor in
an article where a mention of them is framed as a thing ("an Orbix", "its
operating system, Quillon", "Zephyr 900") and none as an organisation or
a person, or speaks (see ``things`` in the data file).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span as SpacySpan

from kg.knowledge import groups
from kg.knowledge.resources import data_yaml
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE, EntityMention
from kg.nlp.parse import positions_of
from kg.extract.quotes import attribution_cues

FRAME_WEIGHT = 3.0
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
# A model designation: "900", "4.0", "737-800", "3GS", "A380", "IV".
_DESIGNATION = re.compile(r"^(?:\d[\w.\-]*|[A-Z]{1,3}-?\d[\w.\-]*|[IVX]{1,4})$")
# A model number: "797", "737-800", "A380" (not an ordinal, a count word or a year: "the 1983 Cup").
_MODEL_NUMBER = re.compile(r"^(?!(?:1[89]|20)\d\d$)(?:\d{3,4}(?:-\d{1,4})?|[A-Z]{1,2}-?\d{2,4}[A-Z]?)$")
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "your", "my"}


@dataclass(frozen=True)
class Frames:
    before: tuple[tuple[str, ...], ...]
    possessed: frozenset[str]
    apposition: frozenset[str]


@dataclass(frozen=True)
class Things:
    nouns: frozenset[str]
    adjectives: frozenset[str]
    events: frozenset[str]
    media: frozenset[str]
    media_verbs: frozenset[str]
    postings: frozenset[str]
    versions: frozenset[str]


@dataclass(frozen=True)
class NameKinds:
    frames: dict[str, Frames]
    not_actors: frozenset[str]
    places: frozenset[str]
    things: Things


@lru_cache(maxsize=1)
def name_kinds() -> NameKinds:
    data = data_yaml("name_kinds.yaml")
    frames = {
        kind: Frames(tuple(tuple(words) for words in data[key].get("before", [])),
                     frozenset(data[key].get("possessed", [])), frozenset(data[key].get("apposition", [])))
        for kind, key in ((ORGANIZATION, "organization"), (PERSON, "person"), (PLACE, "place"))
    }
    things = Things(*(frozenset(data["things"][key]) for key in ("nouns", "adjectives", "events", "media",
                                                                 "media_verbs", "postings", "versions")))
    return NameKinds(frames, frozenset(data["not_actors"]), frozenset(data["places"]), things)


def retype(doc: Doc, mentions: list[EntityMention]) -> tuple[list[EntityMention], list[str]]:
    """``mentions`` without the names of laws and things, with the votes of the frames around each
    named one added; and the names of the things left out (sorted)."""
    kept = []
    things = thing_names(doc, mentions)
    for mention in mentions:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None or mention.nominal or mention.pronoun:
            kept.append(mention)
            continue
        if mention.name in things:
            continue
        last = mention.name.split()[-1].lower() if mention.name.split() else ""
        if len(mention.name.split()) > 1 and last in name_kinds().not_actors and mention.name[:1].isupper():
            continue
        if len(mention.name.split()) > 1 and last in name_kinds().places and not _acts(span):
            mention.votes[PLACE] = mention.votes.get(PLACE, 0.0) + FRAME_WEIGHT
        if mention.kind == COUNTRY:
            kept.append(mention)  # the gazetteer's country: "a bid for U.S. contracts" is no takeover bid
            continue
        for kind, frames in name_kinds().frames.items():
            if _framed(span, frames):
                mention.votes[kind] = mention.votes.get(kind, 0.0) + FRAME_WEIGHT
        mention.kind = max(mention.votes, key=lambda k: (mention.votes[k], k))
        kept.append(mention)
    return kept, sorted(things)


def _framed(span: SpacySpan, frames: Frames) -> bool:
    around = _surroundings(span)
    if _framed_before(span.doc, span.start, frames):
        return True
    if around.conj_start is not None and _framed_before(span.doc, around.conj_start, frames):
        return True
    words = around.after
    if words and (words[0] in frames.possessed or " ".join(words[:2]) in frames.possessed
                  or " ".join(words[:3]) in frames.possessed):
        return around.root_dep in ("poss", "compound", "nmod") or around.possessive_after
    # "Norvela, the oil firm,": a description in apposition whose head is an organisation noun.
    if any(word in frames.apposition for word in around.appositions):
        return True
    return around.root_dep == "appos" and around.head_lower in frames.apposition


@dataclass(frozen=True)
class _Surroundings:
    """What ``_framed`` reads around a name, the same for every kind's frames."""
    conj_start: int | None  # "the intersection of Elm and Oak": where the name it is joined to starts
    after: tuple[str, ...]  # the lower-cased words after it (up to four), possessive marks left out
    possessive_after: bool  # the word right after it is a possessive mark
    root_dep: str
    head_lower: str
    appositions: tuple[str, ...]  # the lower-cased words of its root's appositions


def _surroundings(span: SpacySpan) -> _Surroundings:
    """Worked out once per span of a Doc (kept in its user data): each kind's frames ask, for
    each mention and each place its name's words stand."""
    cache = span.doc.user_data.setdefault("kg_name_surroundings", {})
    key = (span.start, span.end)
    found = cache.get(key)
    if found is None:
        doc = span.doc
        root = span.root
        conj_start = None
        if root.dep_ == "conj" and root.head.i < span.start and span.start > 0 \
                and doc[span.start - 1].lower_ in ("and", "or"):  # "the intersection of Elm and Oak"
            head = root.head
            conj_start = min([head.i] + [c.i for c in head.children
                                         if c.dep_ in ("compound", "flat") and c.i < head.i])
        after = doc[span.end : span.end + 4]
        found = cache[key] = _Surroundings(
            conj_start, tuple(t.lower_ for t in after if t.text not in _POSSESSIVE_MARKS),
            len(after) > 0 and after[0].text in _POSSESSIVE_MARKS, root.dep_, root.head.lower_,
            tuple(child.lower_ for child in root.children if child.dep_ == "appos"))
    return found


def _framed_before(doc: Doc, start: int, frames: Frames) -> bool:
    """Whether the words right before token ``start`` are one of the frames ("#": any number)."""
    before = _words_before(doc, start)
    return any(len(words) <= len(before)
               and all(number if word == "#" else lower == word
                       for (lower, number), word in zip(before[-len(words):], words))
               for words in frames.before)


def _words_before(doc: Doc, start: int) -> tuple[tuple[str, bool], ...]:
    """(lower-cased word, whether it is like a number) of the words right before token ``start``
    (up to four, articles left out), worked out once per Doc and token (kept in its user data):
    each kind's frames ask, for each mention and each place its name's words stand."""
    cache = doc.user_data.setdefault("kg_words_before", {})
    found = cache.get(start)
    if found is None:
        found = cache[start] = tuple((t.lower_, t.like_num) for t in doc[max(0, start - 4) : start]
                                     if t.lower_ not in ("the", "a", "an"))
    return found


def _acts(span: SpacySpan) -> bool:
    return span.root.dep_ in ("nsubj", "nsubjpass", "poss")


def thing_names(doc: Doc, mentions: list[EntityMention]) -> set[str]:
    """The names that, in this article, name things that are no actor (see the module)."""
    flagged: set[str] = set()
    spared: set[str] = set()
    flagged_ends: set[int] = set()  # the end characters of mentions framed as things
    named = [m for m in mentions if not (m.nominal or m.pronoun) and m.kind != COUNTRY
             and not (m.kind == PLACE and m.country)]
    by_words: dict[tuple[str, ...], list[EntityMention]] = {}
    for mention in named:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None:
            by_words.setdefault(tuple(t.text for t in span), []).append(mention)
    for words, same in by_words.items():
        # Every place the name's words stand, whether or not the tagger took them for a name
        # there ("their popular Orbix"): the Doc's index of token texts, not a scan per name.
        for start in positions_of(doc, ORTH, (words[0],)):
            if start + len(words) > len(doc) or tuple(t.text for t in doc[start:start + len(words)]) != words:
                continue
            span = doc[start:start + len(words)]
            if any(_actor_evidence(span, mention) for mention in same):
                spared.update(m.name for m in same)
            elif _thing_framed(span, same[0]):
                flagged.update(m.name for m in same)
                flagged_ends.add(span.end)
    for mention in named:  # "a video Orbix (vOrb)": the short name of a thing
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None and span.start >= 2 and doc[span.start - 1].text == "(" and span.start - 1 in flagged_ends \
                and not (mention.kind == PERSON and len(span) > 1):  # "Marisol (Jane Doe)": who plays the part
            flagged.add(mention.name)
    return flagged - spared


def _actor_evidence(span: SpacySpan, mention: EntityMention) -> bool:
    """A frame of an organisation or a person, speech, a known actor or an institution's name."""
    if any(_framed(span, frames) for frames in name_kinds().frames.values()):
        return True
    if max(mention.votes.values(), default=0.0) >= 2.0:  # the gazetteer, a title or a ticker
        return True
    if span[-1].lower_ in groups.institution_heads():
        return True
    root = span.root
    return root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_.lower() in attribution_cues().speech_verbs


def _posted(head, things: Things) -> bool:
    """Whether "on X" under ``head`` says where something was posted: a verb of posting or
    speech, or a noun of what is posted ("a message on X")."""
    if head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        return lemma in things.media_verbs or lemma in attribution_cues().speech_verbs
    return head.pos_ == "NOUN" and head.text in things.postings  # lower case: "a Page" is a name


def _thing_framed(span: SpacySpan, mention: EntityMention) -> bool:
    things = name_kinds().things
    doc = span.doc
    words = mention.name.split()
    if len(words) > 1 and words[-1].lower() in things.events:
        return True  # "Northwind Developers Conference"
    if len(span) > 1 and mention.kind != PERSON and _DESIGNATION.match(span[-1].text):
        return True  # "Kestrel Zephyr 900", "Corvid IV"; a person's "II" is a regnal number
    if len(span) > 1 and mention.kind != PERSON and _MODEL_NUMBER.match(span[0].text):
        return True  # "797 Skylark": a model number before the model's name ("21st Century" is none)
    after = doc[span.end : span.end + 4]
    if len(after) > 1 and _DESIGNATION.match(after[0].text) and any(t.lower_ in things.nouns for t in after[1:]):
        return True  # "the Vanta 4.0 web browser"
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in things.nouns:
        return True  # "its operating system, Quillon"
    if any(child.dep_ == "appos" and child.lower_ in things.versions and child.i >= span.end
           and any(c.dep_ in ("det", "poss") for c in child.children) for child in root.children):
        return True  # "Quillon, the new version of its operating system" (a description: "the", "its")
    if root.dep_ not in ("poss", "nsubj", "nsubjpass"):
        start = span.start
        while start > 0 and doc[start - 1].text in _QUOTES:
            start -= 1
        previous = doc[start - 1] if start > 0 else None
        if previous is not None and previous.text in things.nouns and previous.tag_ in ("NN", "NNS"):
            return True  # "the web browser Quillon", "the jet Skylark"
        if previous is not None and mention.kind != PERSON and _MODEL_NUMBER.match(previous.text) \
                and previous.head.i in range(span.start, span.end) and previous.dep_ in ("nummod", "compound", "amod"):
            return True  # "the 797 Skylark", "a 797 \"Skylark\""
    if root.dep_ == "compound" and root.head.i == span.end and root.head.text in things.media:
        return True  # "his Chirper page", "a Chirper post": the medium a page or post is on
    if root.dep_ == "pobj" and root.head.lower_ == "on" and _posted(root.head.head, things):
        return True  # "posted on Chirper", "said on Chirper", "a message on Chirper"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "VERB" \
            and root.head.head.lemma_.lower() in things.media_verbs:
        return True  # "took to Chirper", "uploaded to Chirper"
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    if before[-2:] == ["such", "as"] and len(before) == 3 and before[0] in things.nouns:
        return True  # "programs such as Lost"
    if root.dep_ in ("compound", "nmod", "poss", "amod"):
        return False  # the name qualifies another noun: "an Apple spokesman"
    if mention.kind == PERSON and len(span) > 1:
        return False  # a person's full name takes an adjective too: "the popular Jane Doe"
    for child in root.children:
        if child.i >= span.start:
            continue
        if child.dep_ == "det" and child.lower_ in ("a", "an"):
            return True  # "an Orbix capable of displaying video"
        if child.dep_ == "poss" and child.lower_ in _POSSESSIVE_PRONOUNS:
            return True  # "its popular Orbix"
        if child.dep_ == "amod" and child.lower_ in things.adjectives:
            return True  # "the new Orbix", "new Orbixes"
    return False
