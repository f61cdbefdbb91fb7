"""Names the tagger cut in pieces, put back together before they become mentions.

The tagger reads a name word by word and sometimes stops inside it, leaving two entities or a
fragment and an untagged rest, each of which would become a wrong actor:

- a nickname in quotation marks between a person's given name and surname ('Dana "Dee"
  Whitcombe' read as "Dana" and 'Dee" Whitcombe');
- a name whose "of" ends one entity and whose rest is the next ("the Gulf of" and "Varna");
- a place's name that begins a longer name of an institution or a building ("Elmford" of
  "Elmford Burn Trauma Center"), which is no mention of the place;
- two streets' names before one plural street word ("Kestrel and Dunmore avenues"), the
  crossing of the two streets, one place;
- the short form of such a longer name, of which the tagger kept one word as a person's name
  ("taken to Burn Trauma" read as a person "Trauma").

Each repair is a pattern of the words around the entities (``kg/data/name_kinds.yaml``:
``places``, ``streets``, ``longer_name_heads``), not a list of names.
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span as SpacySpan

from kg.knowledge import groups
from kg.extract.actor_types import name_kinds
from kg.knowledge.resources import data_yaml

_QUOTES = {'"', "“", "”"}
_PLACE_LABELS = ("GPE", "LOC")


def repaired(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The entities, in order, with the pieces of one name joined (see the module's doc)."""
    starts = {ent.start: ent for ent in ents}
    out: list[SpacySpan] = []
    skip: set[int] = set()
    for ent in ents:
        if ent.start in skip:
            continue
        joined = _nickname(doc, ent, starts) or _split_at_of(doc, ent, starts) \
            or _place_in_longer_name(doc, ent) or _crossing(doc, ent, starts)
        if joined is not None:
            skip.update(other.start for other in ents if joined.start < other.start < joined.end)
            ent = joined
        out.append(ent)
    return [_short_form(doc, ent, out) or ent for ent in out]


def _nickname(doc: Doc, ent: SpacySpan, starts: dict[int, SpacySpan]) -> SpacySpan | None:
    """ 'Dana "Dee" Whitcombe': a person's given name, a word or two in quotation marks, then a
    capitalised surname; one person, whatever the tagger made of the given name (a nickname in
    quotation marks inside a name is a person's)."""
    if ent.label_ not in ("PERSON", "ORG") or len(ent) > 2 or not all(t.is_title for t in ent):
        return None
    i = ent.end
    if i + 3 >= len(doc) or doc[i].text not in _QUOTES:
        return None
    close = next((j for j in range(i + 2, min(i + 4, len(doc))) if doc[j].text in _QUOTES), None)
    if close is None or close + 1 >= len(doc) or not all(t.is_title for t in doc[i + 1:close]):
        return None
    end = close + 1
    while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
        end += 1
    if end == close + 1:
        return None
    later = starts.get(end)
    return SpacySpan(doc, ent.start, end, label="PERSON") if later is None or later.start >= end else None


def _split_at_of(doc: Doc, ent: SpacySpan, starts: dict[int, SpacySpan]) -> SpacySpan | None:
    """ "the Gulf of" + "Varna": an entity ending in "of", the next word beginning another entity
    (of any label); one name, with the first one's label, without its leading article."""
    if len(ent) < 2 or ent[-1].lower_ != "of" or ent.end not in starts:
        return None
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    return SpacySpan(doc, start, starts[ent.end].end, label=ent.label_)


def _place_in_longer_name(doc: Doc, ent: SpacySpan) -> SpacySpan | None:
    """ "Elmford Burn Trauma Center": a place's name the parser makes a modifier of capitalised
    words right after it that end in a head noun of an institution or a building; the whole is
    one name (an organisation's where its head is a state institution's or a hospital's:
    "… Hospital"), the place is no mention of its own. Not "Elmford Mayor Jo Hale" (a title)."""
    if ent.label_ not in _PLACE_LABELS or ent.root.dep_ != "compound":
        return None
    end = ent.end
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ in ("PROPN", "NOUN") \
            and doc[end].ent_type_ not in _PLACE_LABELS:
        end += 1
    if end == ent.end or not ent.end <= ent.root.head.i < end:
        return None
    head = doc[end - 1].lower_
    if head not in _longer_name_heads() and head not in name_kinds().places:
        return None
    label = "ORG" if groups.sector_of_head(head) is not None else "FAC"
    return SpacySpan(doc, ent.start, end, label=label)


def _short_form(doc: Doc, ent: SpacySpan, names: list[SpacySpan]) -> SpacySpan | None:
    """ "taken to Burn Trauma" after "the Elmford Burn Trauma Center": a one-word "person" right
    after a capitalised word the tagger left out, the two words standing together inside a
    longer name of the article that is no person's; the two words are a short form of that
    name, with its label."""
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.start == 0:
        return None
    previous = doc[ent.start - 1]
    if not previous.is_title or previous.pos_ != "PROPN" or previous.ent_type_:
        return None
    words = (previous.text, ent[0].text)
    for other in names:
        if other.label_ != "PERSON" and len(other) > 2 \
                and any((other[i].text, other[i + 1].text) == words for i in range(len(other) - 1)):
            return SpacySpan(doc, ent.start - 1, ent.end, label=other.label_)
    return None


def _crossing(doc: Doc, ent: SpacySpan, starts: dict[int, SpacySpan]) -> SpacySpan | None:
    """ "Kestrel and Dunmore avenues": a name, "and", another name, then a street word in the
    plural; the crossing of the two streets, one place."""
    i = ent.end
    if any(t.lower_ == "and" for t in ent[1:-1]):
        end = ent.end  # "North and Dunmore" read as one name
    elif i + 2 < len(doc) and doc[i].lower_ == "and" and (i + 1) in starts:
        end = starts[i + 1].end
    else:
        return None
    if end >= len(doc):
        return None
    street = doc[end]
    if street.tag_ != "NNS" or street.lemma_.lower() not in name_kinds().streets:
        return None
    return SpacySpan(doc, ent.start, end + 1, label="FAC")


@functools.cache
def _longer_name_heads() -> frozenset[str]:
    return frozenset(data_yaml("name_kinds.yaml")["longer_name_heads"])
