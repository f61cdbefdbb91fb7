"""Shops named with their owner's possessive: "Harlan's Furniture", "Brell's".

News names a shop or a restaurant after a person with a possessive, alone ("the stores from
Brell's to …", "outside Vickery's") or before a word of the trade ("Harlan's Furniture",
"Dunmore's Hardware"). The tagger reads the owner's name alone, a person ("Brell") or a firm
cut at its apostrophe, and sometimes runs on into the next word ("… Furniture to"). The shop's
name holds the possessive, and the shop is a venue: a place where something happens, and an
organisation where it acts (says, hires, is sued), as other venues (kg/data/name_kinds.yaml,
``places``).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan

from kg.extract.actor_types import acts_on_purpose, name_kinds
from kg.knowledge.resources import data_yaml
from kg.model import ORGANIZATION, PLACE

# What the parser calls the words a possessive may govern: a shop's name possesses none.
_POSSESSED_POS = ("NOUN", "PROPN", "ADJ", "NUM")


@lru_cache(maxsize=1)
def trade_words() -> frozenset[str]:
    """The words of a trade that end a shop's name after its owner's possessive (``shops`` in
    kg/data/name_kinds.yaml): "Furniture" of "Harlan's Furniture"."""
    return frozenset(data_yaml("name_kinds.yaml")["shops"])


def shop_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the name of a shop ends, when the name ``doc[start:end]`` is its owner's, right
    before a possessive that either governs no noun where a venue stands (after a preposition
    of place, "to Brell's were closed", "between Vickery's and …", or as the subject of a
    speech or an act, "Brell's said") or governs a word of a trade written with a capital
    ("Harlan's Furniture"); None when the possessive is a person's or a firm's of something
    ("Brell's car", "Kestrel's Orbix", "a friend of Dana's")."""
    if end >= len(doc) or doc[end].tag_ != "POS" or start >= end:
        return None
    owner = doc[end - 1]
    following = doc[end + 1] if end + 1 < len(doc) else None
    if following is not None and following.text[:1].isupper() and following.lower_ in trade_words() \
            and owner.head.i == following.i:
        if end + 2 < len(doc) and doc[end + 2].pos_ == "PROPN":
            return None  # "Harlan's Furniture Depot": a longer name the tagger reads as it will
        return end + 2
    if owner.dep_ in ("poss", "attr") or (following is not None and following.pos_ in _POSSESSED_POS) \
            or (owner.head.i > end and owner.head.pos_ in ("NOUN", "PROPN")):
        return None  # "Brell's car", "Brell's (and Vole's) car"; "the car was Brell's": what a person owns
    first = owner
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "between Vickery's and Brell's"
    if first.dep_ == "pobj" and first.head.lower_ in name_kinds().venue_prepositions:
        return end + 1
    # elsewhere a possessive alone is a person's ("a friend of Dana's") unless the name acts
    return end + 1 if acts_on_purpose(doc[start:end]) else None


def named_as_venue(surface: SpacySpan) -> bool:
    """Whether the text frames the name as a venue's, not a town's spelt alike: what a venue is
    called ("a restaurant called Toledo", "a bar named Toledo"; the venue and street words of
    ``places`` and ``shops`` in kg/data/name_kinds.yaml), or a name without an article right
    before a word of a trade ("at Toledo restaurant"; not "a Toledo restaurant", one in the town)."""
    root = surface.root
    venues = name_kinds().places | trade_words()
    namer = root.head
    if root.dep_ in ("oprd", "attr", "xcomp") and namer.lemma_ in ("call", "name"):
        noun = namer.head if namer.dep_ == "acl" else next(
            (child for child in namer.children if child.dep_ == "nsubjpass"), None)
        return noun is not None and noun.lower_ in venues
    doc = surface.doc
    following = doc[surface.end] if surface.end < len(doc) else None
    return following is not None and following.pos_ == "NOUN" and following.lower_ in trade_words() \
        and root.head.i == following.i \
        and not any(t.dep_ == "det" for t in following.children) and not any(t.dep_ == "det" for t in surface)


def listed_with_shop(surface: SpacySpan) -> bool:
    """Whether the name is joined by "and" / "or" to a shop named with a possessive ("between
    Vickery's and Best Value"): a shop, or a store of a chain, as the other."""
    root = surface.root
    if root.dep_ != "conj" or root.head.i >= surface.start:
        return False
    owner = root.head
    return shop_end(surface.doc, owner.i, owner.i + 1) is not None


def shop_kind(surface: SpacySpan) -> str:
    """A shop is an organisation where it acts (the subject or possessor of a clause: "Brell's
    said", "Brell's owner") and a place elsewhere ("outside Brell's", "from Brell's to …")."""
    root = surface.root
    return ORGANIZATION if root.dep_ in ("nsubj", "poss") else PLACE
