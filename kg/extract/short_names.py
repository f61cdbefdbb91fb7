"""Within one article, "Mr X" joins the one full name that has the surname X.

News names someone in full once and shortly after: "Samir Qadri … Mr
Qadri", "Harbor Relief International … Harbor Relief". Across articles a bare "Qadri" may
be anyone; within the article it is the person the article named, so the
short mention takes that full name (``EntityMention.name``, the label
candidate the resolver keys actors on; the span is unchanged):

- an acronym in brackets right after an organisation's name ("Singapore
  Airlines (SIA)") whose letters, in order, are letters of that name;
- a one-word person name after an honorific ("Mr Qadri") that is the last
  word of the article's full person names: the one such full name, or, when
  two are named ("Samir Qadri", "Yusuf Qadri"), the nearest one before it;
- a bare one-word name, whatever the tagger typed it, that is the last word
  of the article's full person names ("Mark Halvorsen … Halvorsen, 49,
  left"): news names a person in full first and by surname after, and the
  tagger often reads the bare surname as an organisation or a town. It
  takes the one such full name (or the nearest before it, as above) and
  becomes a person with that person's country (not the town's the gazetteer
  matched on the word), unless a frame of its own says otherwise
  (``kg.extract.actor_types``: "shares of Halvorsen"), the gazetteer knows
  it as a country, or it stands where a place does ("in Halvorsen",
  "Halvorsen, Texas"). A surname no full name of the article has is left to
  ``kg.resolve``, which joins it to the one full name of its story.

Names are compared without case or accents. Organisations are not shortened
here: "Defense Ministry" is not the "Defense Ministry Press Service" named
beside it; the words a short organisation name may leave out ("Harbor Relief" for
Harbor Relief International) are ``kg/data/name_tails.yaml``'s, which the resolver
applies across articles.
"""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc

from kg.extract.actor_types import FRAME_WEIGHT
from kg.knowledge.gazetteer import Gazetteer
from kg.knowledge.text import is_acronym
from kg.model import ORGANIZATION, PERSON, PLACE, EntityMention

# Where a bare name stands for a place, not for a person: "in X", "near X".
_PLACE_PREPOSITIONS = {"in", "at", "near", "from", "outside", "across", "around", "into", "to", "toward",
                       "towards", "of", "through", "via"}


def expand_short_names(doc: Doc, mentions: list[EntityMention], gazetteer: Gazetteer) -> list[EntityMention]:
    """``mentions``, with each honorific and surname replaced by the article's full name it stands for."""
    named = [m for m in mentions if not (m.nominal or m.pronoun)]
    by_surname: dict[str, list[EntityMention]] = {}  # indexed once: a scan per mention is quadratic
    for m in named:
        if m.kind == PERSON and len(_words(m.name)) > 1:
            by_surname.setdefault(_words(m.name)[-1], []).append(m)
    for mention in named:
        words = _words(mention.name)
        if len(words) != 1:
            continue
        fuller = by_surname.get(words[0], [])
        if not fuller:
            continue
        if mention.kind == PERSON and _after_honorific(doc, mention, gazetteer):
            full = _one_or_nearest(mention, fuller)
        elif mention.kind in (PERSON, ORGANIZATION, PLACE) and _bare_surname(doc, mention, gazetteer):
            full = _one_or_nearest(mention, fuller)
            if full is not None:
                # The person's kind and country, not the town's or the company's that the
                # gazetteer matched on the bare word ("said Preston": a town of England).
                mention.kind = PERSON
                mention.votes = {PERSON: max(mention.votes.values(), default=1.0) + 1.0}
                mention.country = full.country
                mention.sector = full.sector or (mention.sector if PLACE not in mention.votes else None)
        else:
            full = None
        if full is not None:
            mention.name = full.name
    # "Norvia Airlines (NAL) … NAL": every mention of the acronym in the article.
    expansions = {}
    text = doc.text  # once: Doc.text joins every token
    organisations = {m.span.end: m for m in reversed(named) if m.kind == ORGANIZATION}  # the first wins
    for mention in named:
        if mention.kind == ORGANIZATION:
            full = _bracketed_after(text, mention, organisations)
            if full is not None:
                expansions.setdefault(mention.name, full.name)
    for mention in named:
        if mention.kind == ORGANIZATION and mention.name in expansions:
            mention.name = expansions[mention.name]
    return mentions


def _bracketed_after(text: str, mention: EntityMention, organisations: dict[int, EntityMention]) -> EntityMention | None:
    """ "Norvia Airlines (NAL)": an acronym in brackets right after an organisation's name is
    its short name when its letters, in order, are letters of the name (the first its first).
    ``organisations``: the article's organisation mentions by the offset where they end."""
    letters = mention.name.replace(".", "")
    if not is_acronym(letters) or text[mention.span.start - 1:mention.span.start] != "(":
        return None
    end = mention.span.start - 1  # where the name before the bracket ends, spaces left out
    while end > 0 and text[end - 1].isspace():
        end -= 1
    full = organisations.get(end)
    if full is None:
        return None
    name = _key(full.name)
    if not name.startswith(letters[0].casefold()):
        return None
    position = 0
    for letter in letters.casefold():
        position = name.find(letter, position)
        if position < 0:
            return None
        position += 1
    return full


def _after_honorific(doc: Doc, mention: EntityMention, gazetteer: Gazetteer) -> bool:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    info = gazetteer.title(doc[span.start - 1].text)
    return info is not None and info.honorific


def _bare_surname(doc: Doc, mention: EntityMention, gazetteer: Gazetteer) -> bool:
    """Whether a one-word name may be the surname of a person of the article: not a country,
    not framed as an organisation or a place (its votes), not where a place stands."""
    if gazetteer.country(mention.name) is not None:
        return False
    if mention.kind != PERSON and max(mention.votes.values(), default=0.0) >= 1.0 + FRAME_WEIGHT:
        return False  # "shares of X", "the 1200 block of X": a frame on top of the tagger's vote
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS:
        return False
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].ent_type_ in ("GPE", "LOC"):
        return False  # "Elmford, Texas"
    return True


def _one_or_nearest(mention: EntityMention, fuller: list[EntityMention]) -> EntityMention | None:
    if len({_key(m.name) for m in fuller}) == 1:
        return fuller[0]
    before = [m for m in fuller if m.span.end <= mention.span.start]
    return max(before, key=lambda m: m.span.start) if before else None


def _words(name: str) -> list[str]:
    return _key(name).split()


def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace(".", "")
