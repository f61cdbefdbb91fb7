"""Speakers described rather than named: "a BBC spokesman", "the Vermont senator".

The quote and figure extractors take the speaker from the subject of a
reporting verb (or the object of "according to"), mapped to an actor mention.
The actor extractor gives names, institutions, office holders and definite
roles; a reporting verb's subject is often none of these. For those subjects
only, this module adds nominal mentions (people, and groups):

- **spokespeople**: a noun of ``spokespeople`` in
  ``kg/data/attribution_cues.yaml`` tied to whom it speaks for: "X's
  spokesman", "a spokesman for X", "an X spokesman", "X spokeswoman". The
  mention's ``speaks_for`` is the mention of X (a group the actor extractor
  left inside the phrase, "a police spokesman", gets a Group mention here).
  Such a speaker is someone in
  their own right (``kg.resolve.spokespeople`` makes the actor, linked to X
  by ``kg:spokesFor``), never the person X;
- **titled descriptions**: a noun of ``kg/data/titles.yaml`` with a
  determiner or a modifier ("the Ohio senator") when exactly one person
  named earlier in the article carries that title ("Sen. Dana Whitcombe"):
  the mention ``refers_to`` that person. When nobody is written with the
  title, "the <title>" describes the named person who is the subject of the
  last clause before it with a named subject (in its paragraph or the one
  before) as "he" would, unless that person is written with another title.
  Otherwise (several holders, no such subject) whom it describes is unknown
  and no mention is added.

- **groups**: a subject that names a set of people — a group of
  ``kg/data/groups.yaml`` ("demonstrators"), the plural of a noun for one
  person or of a title ("her aides", "officials"), a noun of ``collectives``
  in ``attribution_cues.yaml`` ("the family", "several groups"; "groups of
  protesters" takes the protesters) — is a Group mention. "People" alone
  names no one. A subject counts when its verb reports speech or has a
  participle or conjunct that does ("several groups granted an extension,
  saying …").

- **names NER missed**: a subject of one to four capitalised proper nouns
  that no mention covers ("Blue Harbor said"), a person when it begins with a
  given name, else an organisation; a person too when a person's title
  (its dotted abbreviation) stands before it ("Sgt. Brannock said") or a
  person's title phrase before the name's own words ("Ostrava's Minister of
  Health Piet Kalder said": Piet Kalder). A title the parse made the
  subject ("Harbour Commissioner for Trade …") names no organisation.

A spokesperson whose employer is not a mention ("a spokesman said") is not
added: whom they speak for is unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.knowledge import groups
from kg.knowledge.gazetteer import Gazetteer
from kg.model import GROUP, ORGANIZATION, PERSON, Article, EntityMention
from kg.nlp.parse import char_span, positions_of
from kg.extract.actor_types import family_plural, frame_votes, title_acronym
from kg.extract.described_people import is_person_noun
from kg.extract.overlaps import MentionsByOffset
from kg.extract.quotes import attribution_cues, people_surnames
from kg.extract.syntax import dotted_title_before_name

SUBJECT_DEPS = ("nsubj", "nsubjpass")
EMPLOYER_DEPS = ("poss", "compound", "amod", "nmod")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def described_speakers(doc: Doc, article: Article, entities: list[EntityMention],
                       gazetteer: Gazetteer, things: Iterable[str] = ()) -> list[EntityMention]:
    """New mentions (keys ``s1``, ``s2``…) for the described speakers of ``doc``, and for the
    groups they speak for when no mention has them ("a police spokesman": the police).
    ``things``: the names the article frames as things (kg.extract.actor_types), which make no
    speaker as the subject of a speech verb ("Orbix was announced in March")."""
    things = set(things)
    found: list[EntityMention] = []
    by_offset = MentionsByOffset(entities)
    taken: list[tuple[int, int]] = []  # the spans of the mentions made here
    titled = _TitledPeople(doc, entities, gazetteer)
    for head in _reporting_subjects(doc):
        start, end = head.idx, head.idx + len(head.text)
        if by_offset.overlapping(start, end) or any(a < end and start < b for a, b in taken):
            continue
        if head.pos_ == "PROPN":
            mention = _unrecognised_name(head, article, gazetteer)
            if mention is not None and mention.name not in things:
                mention.key = f"s{len(found) + 1}"
                found.append(mention)
                taken.append((mention.span.start, mention.span.end))
            continue
        if head.pos_ != "NOUN":
            continue
        new = _spokesperson(head, article, entities + found, gazetteer) or \
            [m for m in [_titled(head, article, titled, gazetteer) or _group(head, article, gazetteer)]
             if m is not None]
        for mention in new:
            mention.key = f"s{len(found) + 1}"
            found.append(mention)
            taken.append((mention.span.start, mention.span.end))
        for mention in new:
            if mention.speaks_for == "":
                mention.speaks_for = new[0].key
    return found


def _unrecognised_name(head: Token, article: Article, gazetteer: Gazetteer) -> EntityMention | None:
    """ "Blue Harbor said", "Whitlock said": a name NER did not tag, as the subject of a reporting
    verb, is a speaker; a person when it starts with a given name, else an organisation."""
    words = [t for t in head.subtree if t.i <= head.i]
    while words and words[0].pos_ in ("DET", "PUNCT"):
        words = words[1:]
    titled = False
    if words and any(not _name_word(t) for t in words):
        # "Norvania's Minister of Health Piet Kalder said": a person's title phrase before the
        # name (the title a word joined to the name); the name's own words (its compounds right
        # before it) name the speaker, a person.
        words = _own_name(head)
        titled = any(_person_title(t.lemma_.lower(), gazetteer) for t in head.lefts if t.i < words[0].i)
        if len(words) < 2 or not titled:
            return None
    if not words or any(not _name_word(t) for t in words) or len(words) > 4:
        return None
    if _person_title(head.lemma_.lower(), gazetteer):
        return None  # "Harbour Commissioner for Trade Lena Vrost said": a title, no organisation's name
    titled = titled or _title_before(words[0], gazetteer)
    name = " ".join(t.text for t in words)
    if gazetteer.country(name) is not None:
        return None  # a country that speaks is the actor extractor's (metonymy)
    if title_acronym(name):
        return None  # "A PIO is responding": a job title's abbreviation (titles.yaml) names no one
    if len(words) == 1 and family_plural(words[0]):
        kind = GROUP  # "The Varleys said" where the article names "Ann Varley": the family
    else:
        kind = PERSON if titled or len(words) > 1 and gazetteer.is_given_name(words[0].text) else ORGANIZATION
    votes = {kind: 1.0}
    for framed, weight in frame_votes(head.doc[words[0].i : head.i + 1]).items():  # "X, the studio, said"
        votes[framed] = votes.get(framed, 0.0) + weight
    kind = max(votes, key=lambda k: (votes[k], k))
    return EntityMention(key="", span=char_span(words[0].idx, head.idx + len(head.text), article.text),
                         name=name, kind=kind, votes=votes)


def _title_before(first: Token, gazetteer: Gazetteer) -> bool:
    """ "“…,” Sgt. Marrow said": a person's title (its dotted abbreviation, the full stop split
    off) right before the name makes the name a person's, a surname alone too."""
    before = first.i - 2 if dotted_title_before_name(first.doc, first.i - 2) else first.i - 1
    return before >= 0 and _person_title(first.doc[before].text.lower(), gazetteer)


def _name_word(token: Token) -> bool:
    return token.pos_ == "PROPN" and token.text[:1].isupper()


def _own_name(head: Token) -> list[Token]:
    """The capitalised proper nouns joined to ``head`` as its compounds right before it, and
    ``head``: "Piet Kalder" of "Minister of Health Piet Kalder"."""
    first = head.i
    while first > 0 and head.doc[first - 1].head == head and head.doc[first - 1].dep_ in ("compound", "flat") \
            and _name_word(head.doc[first - 1]):
        first -= 1
    return list(head.doc[first : head.i + 1])


def _reporting_subjects(doc: Doc) -> Iterator[Token]:
    cues = attribution_cues()
    verbs = cues.speech_verbs | cues.after_quote_verbs
    prepositions = [words for words in cues.prepositions]
    # only a subject or the object of a preposition can be the one reporting
    for token in (doc[i] for i in positions_of(doc, DEP, (*SUBJECT_DEPS, "pobj"))):
        if token.dep_ in SUBJECT_DEPS and token.head.pos_ == "VERB" and token.head.lemma_.lower() in verbs:
            yield token
        elif token.dep_ in SUBJECT_DEPS and any(
                c.dep_ in ("advcl", "conj", "xcomp") and c.pos_ == "VERB" and c.lemma_.lower() in verbs
                and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in token.head.children):
            yield token  # "several groups granted an extension, saying …": the participle's subject
        elif token.dep_ == "pobj":
            preposition = token.head
            words = [t.lower_ for t in doc[max(0, preposition.i - 3) : preposition.i + 1]]
            if any(words[-len(cue):] == list(cue) for cue in prepositions):
                yield token


def _spokesperson(head: Token, article: Article, entities: list[EntityMention],
                  gazetteer: Gazetteer) -> list[EntityMention]:
    """The spokesperson's mention (``speaks_for`` set; "" when it is the group mention made here,
    which comes first in the list), or nothing when whom they speak for is not said."""
    if head.lower_ not in attribution_cues().spokespeople:
        return []
    employer, words = None, None
    for child in head.children:
        if child.dep_ in EMPLOYER_DEPS and child.i < head.i:
            employer = employer or _mention_at(child, entities)
            words = words or child
        elif child.dep_ == "prep" and child.lower_ in ("for", "of"):
            target = next((t for t in child.children if t.dep_ == "pobj"), None)
            employer = employer or (_mention_at(target, entities) if target is not None else None)
            words = words or target
    made: list[EntityMention] = []
    if employer is None and words is not None and (group := groups.group(words.text)) is not None:
        employer = EntityMention(key="", span=char_span(words.idx, words.idx + len(words.text), article.text),
                                 name=words.text, kind=GROUP, votes={GROUP: 2.0}, sector=group.sector)
        made.append(employer)
    if employer is None:
        return []
    start = min(head.left_edge.idx, employer.span.start)
    end = max(head.idx + len(head.text), employer.span.end)
    if head.left_edge.lower_ in ("a", "an", "the"):
        start = min(head.left_edge.nbor(1).idx, employer.span.start)
    spokesperson = EntityMention(key="", span=char_span(start, end, article.text),
                                 name=f"spokesperson for {employer.name}", kind=PERSON, votes={PERSON: 0.5},
                                 nominal=True, speaks_for=employer.key)
    return made + [spokesperson]


def _group(head: Token, article: Article, gazetteer: Gazetteer) -> EntityMention | None:
    """ "Demonstrators said", "aides said", "the family said", "small groups of protesters
    chanted": a subject that names a set of people (a group of ``groups.yaml``, the plural of a
    noun for one person or of a title, or a noun of ``collectives`` in
    ``attribution_cues.yaml``, "group of X" taking X's group) is a Group speaker. "People" alone
    names no one (``qualified_only``)."""
    noun = head
    if head.lemma_.lower() == "group":
        members = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   for g in c.children if g.dep_ == "pobj" and g.tag_ == "NNS"]
        noun = members[0] if members else head
    lemma = noun.lemma_.lower()
    info = groups.group(noun.text)
    if info is None and not (
            noun.tag_ == "NNS" and (is_person_noun(lemma) or _person_title(lemma, gazetteer))
            or lemma in attribution_cues().collectives):
        return None
    if groups.qualified_only(noun.text) and not any(
            c.dep_ in ("amod", "compound", "poss", "nummod", "prep", "relcl") for c in noun.children):
        return None
    words = [t for t in head.subtree if t.i <= max(head.i, noun.i)]
    while words and words[0].pos_ in ("PUNCT", "CCONJ"):
        words = words[1:]
    if not words or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None  # a clause inside the phrase is no plain description
    first, last = words[0], words[-1]
    name = head.doc[first.i : last.i + 1].text
    return EntityMention(key="", span=char_span(first.idx, last.idx + len(last.text), article.text),
                         name=name, kind=GROUP, votes={GROUP: 0.5},
                         sector=info.sector if info is not None else None)


def _person_title(lemma: str, gazetteer: Gazetteer) -> bool:
    info = gazetteer.title(lemma)
    return info is not None and info.kind == PERSON


def _titled(head: Token, article: Article, titled: _TitledPeople, gazetteer: Gazetteer) -> EntityMention | None:
    info = gazetteer.title(head.text)
    if info is None or info.kind != PERSON or info.modifiers or head.tag_ != "NN":
        return None
    if not any(t.dep_ in ("det", "poss", "compound", "amod") for t in head.lefts):
        return None
    holders = [m for m in titled.named_with(info.title) if m.span.start < head.idx]
    if not holders and any(t.dep_ == "det" and t.lower_ == "the" for t in head.lefts):
        # Nobody named with the title: "the junior senator said" after a paragraph whose subject
        # is a named person describes that person, as "he said" would (news style names someone,
        # then varies the reference). Only a person never written with another title, and only
        # the subject just before: the one the discourse is about.
        holders = [m for m in [titled.subject_before(head)] if m is not None and not titled.titles_of(m)]
    if len(holders) != 1:
        return None  # nobody, or several people, named with that title: whom it describes is unknown
    first = min([t.i for t in head.lefts if t.dep_ in ("compound", "amod", "nmod")] + [head.i])
    return EntityMention(key="", span=char_span(head.doc[first].idx, head.idx + len(head.text), article.text),
                         name=head.doc[first : head.i + 1].text, kind=PERSON, votes={PERSON: 0.5},
                         sector=info.sector, nominal=True, refers_to=holders[0].key)


class _TitledPeople:
    """The named people of a Doc written with a title right before their name ("Sen. Bernie
    Sanders"), by title. Which titles stand before each name is read once per Doc, when a
    description first asks, not once per description (quadratic on a long article)."""

    def __init__(self, doc: Doc, entities: list[EntityMention], gazetteer: Gazetteer) -> None:
        self.doc, self.entities, self.gazetteer = doc, entities, gazetteer
        self._by_title: dict[str, list[EntityMention]] | None = None
        self._subjects: list[tuple[int, EntityMention]] | None = None  # named subjects, in order

    def named_with(self, title: str) -> list[EntityMention]:
        """The people written with ``title`` right before their name, in the order of the mentions."""
        if self._by_title is None:
            self._by_title = {}
            for m in self.entities:
                for found in self._titles_before(m):
                    self._by_title.setdefault(found, []).append(m)
        return self._by_title.get(title, [])

    def titles_of(self, m: EntityMention) -> list[str]:
        """The titles written right before the person's names in the Doc."""
        self.named_with("")
        return [title for title, people in (self._by_title or {}).items() if any(p.key == m.key or (
            p.name == m.name) for p in people)]

    def subject_before(self, head: Token) -> EntityMention | None:
        """The named person that is the subject of the last clause with a named subject before
        ``head``, in its paragraph or the one before; None when that subject is no person."""
        if self._subjects is None:
            self._subjects = []
            for token in (self.doc[i] for i in positions_of(self.doc, DEP, SUBJECT_DEPS)):
                mention = _mention_at(token, self.entities)
                if mention is not None and not (mention.nominal or mention.pronoun):
                    self._subjects.append((token.idx, mention))
        earlier = [(at, m) for at, m in self._subjects if at < head.idx]
        if not earlier:
            return None
        at, mention = earlier[-1]
        if len(_PARAGRAPH_BREAK.findall(self.doc.text, at, head.idx)) > 1:
            return None  # further back than the paragraph before
        if mention.kind == ORGANIZATION and mention.name in people_surnames(self.entities):
            # A bare surname NER typed an organisation ("whether Whitcombe still backs it, the Ohio
            # senator said" after "Dana Whitcombe"): the person of that name.
            people = [m for m in self.entities if m.kind == PERSON and not (m.nominal or m.pronoun)
                      and m.name.split()[-1] == mention.name]
            return people[-1] if len({m.name for m in people if " " in m.name}) == 1 else None
        return mention if mention.kind == PERSON else None

    def _titles_before(self, m: EntityMention) -> list[str]:
        if m.kind != PERSON or m.nominal or m.pronoun:
            return []
        first = self.doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if first is None:
            return []
        words = self.doc[max(0, first.start - 3) : first.start]
        titles = [info.title for i in range(len(words)) if (info := self.gazetteer.title(words[i:].text)) is not None]
        return list(dict.fromkeys(titles))


def _mention_at(token: Token, entities: list[EntityMention]) -> EntityMention | None:
    start, end = token.idx, token.idx + len(token.text)
    overlapping = [m for m in entities if m.span.start < end and start < m.span.end and not m.pronoun]
    return min(overlapping, key=lambda m: m.span.end - m.span.start) if overlapping else None
