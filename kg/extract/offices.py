"""Officials: a named person whose title names the organisation they hold it in.

"Brindle CEO Tom Harl", "Norvania's Minister of Health Piet Kalder", "Police Chief
Ann Ross of the Elmford Police Department", "Tom Harl, the chief executive of
Brindle Foods,": the title (a person's title of ``kg/data/titles.yaml``) ties
the person to an organisation (or a country, standing for its state) that the
text names, an actor mention of the article. The person's mention gains
``member_of``, the key of that mention (``kg.resolve.members`` links the
actors by ``kg:memberOf``). A title the organisation's name is made from
("Harbour Commissioner for Trade Lena Vrost" where the article names the
Harbour Commission) ties the person to it too. With a spokesperson's noun
("Brindle Foods spokeswoman Ann Ross") the person speaks for the organisation
instead (``speaks_for``, ``kg:spokesFor``). A past office ("former Brindle
CEO") ties no one; a title alone ("CEO Tom Harl") names no organisation, and
none is invented.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.knowledge.gazetteer import Gazetteer
from kg.model import COUNTRY, ORGANIZATION, PERSON, EntityMention
from kg.extract.overlaps import MentionsByOffset
from kg.extract.quotes import attribution_cues
from kg.extract.syntax import dotted_title_before_name

BODIES = (ORGANIZATION, COUNTRY)
# Words of the title phrase before a name: "the BBC's chief executive", "Minister of Health".
_PHRASE_POS = ("PROPN", "NOUN", "ADJ", "PART")
_PHRASE_PREPS = ("of", "for", "at")
_LONGEST_PHRASE = 8


class _Bodies:
    """The article's organisation and country mentions, found by offset or by name without a scan
    of them all for each person (a long article names many)."""

    def __init__(self, entities: list[EntityMention]) -> None:
        self.by_offset = MentionsByOffset([m for m in entities if m.kind in BODIES])
        self.by_name: dict[str, int] = {}  # an organisation's name, lower-cased → its first mention's place
        self.entities = entities
        for i, m in enumerate(entities):
            if m.kind == ORGANIZATION and len(m.name) >= 4:
                self.by_name.setdefault(m.name.lower(), i)

    def within(self, start: int, end: int) -> list[EntityMention]:
        return [m for m in self.by_offset.overlapping(start, end) if start <= m.span.start and m.span.end <= end]

    def named_by_start_of(self, text: str) -> EntityMention | None:
        """The first organisation whose name ``text`` begins with, then goes on with letters only
        ("harbour commissioner" after the Harbour Commission)."""
        found = [self.by_name[text[:k]] for k in range(4, len(text)) if text[:k] in self.by_name and text[k:].isalpha()]
        return self.entities[min(found)] if found else None


def link_officials(doc: Doc, entities: list[EntityMention], gazetteer: Gazetteer) -> None:
    """Set ``member_of`` (or ``speaks_for``) on each named person whose title names an organisation."""
    bodies = _Bodies(entities)
    for person in entities:
        if person.kind != PERSON or person.nominal or person.pronoun or person.described \
                or person.member_of or person.speaks_for:
            continue
        name = doc.char_span(person.span.start, person.span.end, alignment_mode="expand")
        if name is None or not len(name):
            continue
        first, last = name[0], name[-1]
        phrase = _phrase_before(first)
        titles = [t for n, t in enumerate(phrase)
                  if any(_person_title(doc[phrase[j].i : t.i + 1].text, gazetteer) for j in range(n + 1))]
        if any(gazetteer.past_office(t.text) for t in phrase):
            continue  # "former Brindle CEO Tom Harl": no longer in office
        body, spokes = _body_of(phrase, titles, bodies)
        if body is None and titles:
            body = _after_name(last, bodies)  # "Police Chief Ann Ross of the Elmford Police Department"
        if body is None:
            body, spokes = _apposition(name.root, bodies, gazetteer)
        if body is None:
            continue
        if spokes:
            person.speaks_for = body.key
        else:
            person.member_of = body.key


def _phrase_before(first: Token) -> list[Token]:
    """The words right before a name that may be its title phrase, left to right."""
    words: list[Token] = []
    token, start = first.i - 1, first.sent.start
    if dotted_title_before_name(first.doc, first.i - 2):
        # "Elmford Police Sgt. Tom Brell": the title's full stop, which the parse may take for a
        # sentence's end, is skipped; the phrase goes on before it, in the title's sentence.
        token = first.i - 2
        start = first.doc[token].sent.start
    while token >= start and len(words) < _LONGEST_PHRASE:
        t = first.doc[token]
        if not (t.pos_ in _PHRASE_POS or t.lower_ in _PHRASE_PREPS or t.pos_ == "DET" and words):
            break
        words.insert(0, t)
        if t.pos_ == "DET" and not (token > start and first.doc[token - 1].lower_ in _PHRASE_PREPS):
            break  # "the BBC's chief executive": the phrase begins at its determiner
        token -= 1
    return words


def _person_title(words: str, gazetteer: Gazetteer) -> bool:
    """Whether ``words`` are a person's title ("Police Chief", "CEO") or a spokesperson's noun."""
    info = gazetteer.title(words)
    return info is not None and info.kind == PERSON and not info.honorific \
        or words.lower() in attribution_cues().spokespeople


def _body_of(phrase: list[Token], titles: list[Token], bodies: _Bodies) -> tuple[EntityMention | None, bool]:
    """The organisation a title phrase names, nearest its title, and whether the title is a spokesperson's."""
    if not phrase or not titles:
        return None, False
    start, end = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    inside = bodies.within(start, end)
    title = titles[-1]
    spokes = title.lower_ in attribution_cues().spokespeople
    if inside:
        return min(inside, key=lambda m: (abs(m.span.start - title.idx), m.span.start)), spokes
    return _named_after(phrase, titles, bodies), spokes


def _named_after(phrase: list[Token], titles: list[Token], bodies: _Bodies) -> EntityMention | None:
    """ "Harbour Commissioner" where the article names the Harbour Commission: the body whose
    name the title's words begin with (the title is the body's name with an ending)."""
    for title in titles:
        words = [t for t in phrase if t.i <= title.i]
        for begin in range(len(words)):
            found = bodies.named_by_start_of(" ".join(t.text for t in words[begin:]).lower())
            if found is not None:
                return found
    return None


def _after_name(last: Token, bodies: _Bodies) -> EntityMention | None:
    """ "<title> <name> of the Elmford Police Department": the organisation of the "of" after the name."""
    following = last.nbor(1) if last.i + 1 < len(last.doc) else None
    if following is None or following.lower_ not in ("of", "at"):
        return None
    objects = [t for t in following.children if t.dep_ == "pobj"]
    return _body_at(objects[0], bodies) if objects else None


def _apposition(head: Token, bodies: _Bodies, gazetteer: Gazetteer) -> tuple[EntityMention | None, bool]:
    """ "Tom Harl, the chief executive of Brindle Foods,": the organisation of the title in apposition."""
    for appos in (c for c in head.children if c.dep_ == "appos" and _person_title(c.text, gazetteer)):
        for child in appos.children:
            if child.dep_ in ("poss", "compound") and (body := _body_at(child, bodies)) is not None:
                return body, appos.lower_ in attribution_cues().spokespeople
            if child.dep_ == "prep" and child.lower_ in _PHRASE_PREPS:
                for pobj in (t for t in child.children if t.dep_ == "pobj"):
                    if (body := _body_at(pobj, bodies)) is not None:
                        return body, appos.lower_ in attribution_cues().spokespeople
    return None, False


def _body_at(token: Token, bodies: _Bodies) -> EntityMention | None:
    at = [m for m in bodies.by_offset.overlapping(token.idx, token.idx + 1) if not m.pronoun]
    return min(at, key=lambda m: m.span.end - m.span.start) if at else None

