"""What kind of thing a name is, from the words around each mention of it.

The tagger types a name mention by mention, and news often names a company
the way it names a person ("Norvela said…"). The frames around a name tell
(``kg/data/name_kinds.yaml``): "shares of X", "X's chief executive",
"X, the oil firm," make X an organisation; "Mr X", "X's wife", "X, 24," (an age) a person.
Each frame adds ``FRAME_WEIGHT`` to the mention's type votes, and
``kg.resolve`` sums the votes of every mention of the actor, so one clear
frame anywhere in the articles types the name everywhere, and a name that is
an organisation in one mention is not a person in another unless a frame
says so.

Names whose last word makes them a law ("Public Order Act") are no actor;
names ending in a street or building word ("Ashgrove Road", "Alder Ave.") are
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
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.knowledge import groups
from kg.knowledge.gazetteer import is_given_name, office_titles, title_abbreviations
from kg.knowledge.resources import data_yaml
from kg.knowledge.text import is_acronym
from kg.model import COUNTRY, ORGANIZATION, PERSON, PLACE, EntityMention, Span
from kg.nlp.parse import positions_of, texts_of
from kg.extract.quotes import attribution_cues
from kg.extract.syntax import first_conjunct

FRAME_WEIGHT = 3.0
_POSSESSIVE_MARKS = ("'s", "’s", "'", "’")
# A model designation: "900", "4.0", "737-800", "3GS", "A380", "IV".
_DESIGNATION = re.compile(r"^(?:\d[\w.\-]*|[A-Z]{1,3}-?\d[\w.\-]*|[IVX]{1,4})$")
# A model number: "797", "737-800", "A380" (not an ordinal, a count word or a year: "the 1983 Cup").
_MODEL_NUMBER = re.compile(r"^(?!(?:1[89]|20)\d\d$)(?:\d{3,4}(?:-\d{1,4})?|[A-Z]{1,2}-?\d{2,4}[A-Z]?)$")
# A model number after a maker's name: also a variant ("A310-300") or a plural ("797s").
_MAKERS_MODEL = re.compile(r"^(?!(?:1[89]|20)\d\d$)(?:\d{3,4}|[A-Z]{1,2}-?\d{2,4}[A-Z]?)(?:-\d{1,4}[A-Z]?)?s?$")
# A name that is a model number only: letters then three or four digits ("A310", "A310s").
_MODEL_ONLY = re.compile(r"^[A-Z]{1,2}-?\d{3,4}[A-Z]?(?:-\d{1,4})?s?$")
_QUOTES = {'"', "“", "”", "'", "‘", "’"}
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her", "our", "your", "my"}
# The tagger's labels of products and works: evidence, not proof (it reads many companies so).
_PRODUCT_LABELS = ("PRODUCT", "WORK_OF_ART")
# A word with a capital inside it after lower-case letters: "OrbixBook" (and "PayPal").
_CAMEL = re.compile(r"^([A-Z][a-z]+)[A-Z][a-z]")
# A word that starts with one or two lower-case letters, then a capital: "eOrbix", "iQuill". No
# person's name is written so; a product's or a service's is, and a few companies' ("eBay"),
# which act or speak in the article and so are spared.
_LOWER_CAMEL = re.compile(r"^[a-z]{1,2}[A-Z]")
# A size or capacity said of a device: "2GB", "13-inch", "12 megapixel" ("13", "-", "inch" too).
_MEASURE = re.compile(r"^\d+(?:\.\d+)?(?:gb|mb|tb|mp)$", re.IGNORECASE)


@dataclass(frozen=True)
class Frames:
    before: tuple[tuple[str, ...], ...]
    possessed: frozenset[str]
    apposition: frozenset[str]
    # the last words of the frames before a name: most words before a name end none, and are
    # told so by one look-up instead of a comparison with every frame (None: an empty frame,
    # which every place matches)
    ends: frozenset[str] | None = field(init=False)

    def __post_init__(self) -> None:
        ends = None if any(not words for words in self.before) else frozenset(words[-1] for words in self.before)
        object.__setattr__(self, "ends", ends)


@dataclass(frozen=True)
class Things:
    nouns: frozenset[str]
    adjectives: frozenset[str]
    events: frozenset[str]
    media: frozenset[str]
    media_verbs: frozenset[str]
    postings: frozenset[str]
    versions: frozenset[str]
    context: frozenset[str]  # nouns a product's name qualifies ("the Orbix line", "Orbix users")
    also_people: frozenset[str]  # thing nouns that also name people ("players": a team's)
    made: frozenset[str]  # verbs whose object is a thing made ("unveiled Orbix", "Orbix will be shipped")
    name_ends: frozenset[str]  # last words of a product's or a service's name ("the Orbix Store")
    platforms: frozenset[str]  # words whose "on" / "for" / "through" object is a thing ("available on Orbix")
    devices: frozenset[str]  # words that make one of also_people a device ("a media player")
    before: tuple[tuple[str, ...], ...]  # words right before a thing's name ("the maker of the Orbix")
    units: frozenset[str] = frozenset()  # sizes of devices ("13-inch", "12 megapixel")
    surname_prefixes: frozenset[str] = frozenset()  # "Mc", "De": no product's shape ("McAllan")


@dataclass(frozen=True)
class NameKinds:
    frames: dict[str, Frames]
    not_actors: frozenset[str]
    places: frozenset[str]
    things: Things
    company_ends: frozenset[str]  # the last words of companies' names ("Airways", "Motors")
    # verbs whose object (or subject in the passive) is a company or a thing, never a person
    # ("Kestrel bought Norvela", "Norvela was acquired by Kestrel", "merged with Norvela")
    taken_over: frozenset[str] = frozenset()
    # verbs whose active subject acts on purpose: a person or an organisation, never a product or
    # a town ("Kestrel sued Norvela", "Norvela has promised a fix")
    agent_verbs: frozenset[str] = frozenset()
    # nouns of kinds of companies: "the company", "the airline" stand for one (kg.extract.org_pronouns)
    company_nouns: frozenset[str] = frozenset()
    # words written after a person's name ("Jr", "Esq", "PhD"): alone, no one's name
    name_suffixes: frozenset[str] = frozenset()
    # colours' words ("Black", "White"): alone, a colour unless the name acts or a longer name ends in it
    colours: frozenset[str] = frozenset()
    # last words of streets' names ("Avenue", "St"): two streets of other names are two places
    streets: frozenset[str] = frozenset()
    # nouns of the people who serve in a force or an office ("deputies", "officers")
    members: frozenset[str] = frozenset()
    # prepositions of where: "outside a Kestrel" is one of the company's stores
    venue_prepositions: frozenset[str] = frozenset()
    # nouns of organisations of any kind ("the group", "the association"): stand for one (kg.extract.org_pronouns)
    collective_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def name_kinds() -> NameKinds:
    data = data_yaml("name_kinds.yaml")
    frames = {
        kind: Frames(tuple(tuple(words) for words in data[key].get("before", [])),
                     frozenset(data[key].get("possessed", [])), frozenset(data[key].get("apposition", [])))
        for kind, key in ((ORGANIZATION, "organization"), (PERSON, "person"), (PLACE, "place"))
    }
    things = Things(*(frozenset(data["things"][key]) for key in ("nouns", "adjectives", "events", "media",
                                                                 "media_verbs", "postings", "versions", "context",
                                                                 "also_people", "made", "name_ends", "platforms", "devices")),
                    tuple(tuple(words) for words in data["things"]["before"]),
                    frozenset(data["things"]["units"]), frozenset(data["things"]["surname_prefixes"]))
    return NameKinds(frames, frozenset(data["not_actors"]), frozenset(data["places"]), things,
                     frozenset(data["organization"]["name_ends"]), frozenset(data["organization"]["taken_over"]),
                     frozenset(data["organization"]["agent_verbs"]), frozenset(data["organization"]["company_nouns"]),
                     frozenset(data["name_suffixes"]), frozenset(data["colours"]), frozenset(data["streets"]),
                     frozenset(data["organization"]["members"]), frozenset(data["place"]["venue_prepositions"]),
                     collective_nouns=frozenset(data["organization"]["collective_nouns"]))


@lru_cache(maxsize=1)
def _title_acronyms() -> frozenset[str]:
    return frozenset(short for short in title_abbreviations() if "." not in short)


def title_acronym(name: str) -> bool:
    """Whether ``name`` is written as a job title's abbreviation of titles.yaml, in capitals and
    without dots ("PIO", "VP", "CFO"); "SEC" is no "sec." (secretary), which has its dot."""
    return is_acronym(name) and "." not in name and name.lower() in _title_acronyms()


def family_plural(token) -> bool:
    """Whether a word is the plural of the family name of a person its article names in full
    ("the Varleys" of "Ann Varley", "the Joneses" of "Tom Jones"): the family, people, not a
    band or a firm of that name."""
    word = token.text
    return word.endswith("s") and any(
        ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text in (word[:-1], word[:-2]) and ent[-1].text != word
        for ent in token.doc.ents)


def company_word(word: str) -> bool:
    """Whether ``word``, capitalised, ends companies' names: "Airways", "Motors", "Aircraft"."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in name_kinds().company_ends


def company_name_end(surface: SpacySpan) -> bool:
    """Whether a name of two words or more ends in a capitalised word that ends companies' names
    ("Norvela Airways", "Kestrel Motors", "Kestrel Aircraft", "Kestrel Engines"), no common noun
    after it (not "the Kestrel Aircraft plant"): a company's
    name, which the tagger reads as a person's or a place's ("Douglas"-like given names)."""
    if len(surface) < 2:
        return False
    last = surface[-1]
    if last.is_sent_start or not company_word(last.text):
        return False
    doc = surface.doc
    return surface.end >= len(doc) or doc[surface.end].pos_ != "NOUN"


def company_stems(doc: Doc) -> frozenset[str]:
    """The words before the end of each company's name of ``doc`` (``company_name_end``):
    "Kestrel" of "Kestrel Aircraft", which stands for the company alone in the same article."""
    stems = set()
    for ent in doc.ents:
        span = ent
        while len(span) > 1 and span[0].lower_ in ("the", "a", "an"):
            span = span[1:]
        while len(span) > 1 and (span[-1].is_punct or span[-1].tag_ == "POS"):
            span = span[:-1]
        if ent.label_ in ("ORG", "PERSON", "GPE", "FAC") and company_name_end(span):
            stems.add(span[:-1].text)
    return frozenset(stems)


def retype(doc: Doc, mentions: list[EntityMention]) -> tuple[list[EntityMention], list[str], list[Span]]:
    """``mentions`` without the names of laws and things, with the votes of the frames around each
    named one added; the names of the things left out (sorted); and the spans of the company names
    left out as part of a model's name (in text order)."""
    kept = []
    makers: list[Span] = []
    things = thing_names(doc, mentions)
    for mention in mentions:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None or mention.nominal or mention.pronoun:
            kept.append(mention)
            continue
        if mention.name in things:
            continue
        if _maker_of_model(span, mention):
            makers.append(mention.span)
            continue
        last = mention.name.split()[-1].lower() if mention.name.split() else ""
        if len(mention.name.split()) > 1 and last in name_kinds().not_actors and mention.name[:1].isupper():
            continue
        if len(mention.name.split()) > 1 and last in name_kinds().places and not _acts(span):
            mention.votes[PLACE] = mention.votes.get(PLACE, 0.0) + FRAME_WEIGHT
        if mention.kind == COUNTRY:
            kept.append(mention)  # the gazetteer's country: "a bid for U.S. contracts" is no takeover bid
            continue
        for kind, weight in frame_votes(span).items():
            mention.votes[kind] = mention.votes.get(kind, 0.0) + weight
        if mention.kind == ORGANIZATION and _store_of_company(span):
            mention.votes[PLACE] = mention.votes.get(PLACE, 0.0) + FRAME_WEIGHT
        if _force_of_members(span):
            mention.votes[ORGANIZATION] = mention.votes.get(ORGANIZATION, 0.0) + FRAME_WEIGHT
        if _aged(span):
            mention.votes[PERSON] = mention.votes.get(PERSON, 0.0) + FRAME_WEIGHT
        if mention.votes.get(PERSON, 0.0) <= 1.0 and not (len(span) > 1 and is_given_name(span[0].text)) \
                and _taken_over(span):
            # the tagger's reading alone makes no person of what was bought ("Kestrel bought
            # Norvela"); a title, a known given name or a frame of a person still does
            mention.votes[ORGANIZATION] = mention.votes.get(ORGANIZATION, 0.0) + FRAME_WEIGHT
        mention.kind = max(mention.votes, key=lambda k: (mention.votes[k], k))
        kept.append(mention)
    makers += _makers_unmentioned(doc, kept, makers)
    return kept, sorted(things), sorted(set(makers), key=lambda s: (s.start, s.end))


def _makers_unmentioned(doc: Doc, mentions: list[EntityMention], makers: list[Span]) -> list[Span]:
    """The other places a company's name of the article starts a model's name where the tagger
    saw no name ("ten Kestrel 797 jets"): no mention is to be recovered there either."""
    found = []
    taken = {(m.span.start, m.span.end) for m in mentions} | {(s.start, s.end) for s in makers}
    for mention in mentions:
        if mention.kind not in (ORGANIZATION, PERSON) or mention.nominal or mention.pronoun:
            continue
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is None:
            continue
        words = tuple(t.text for t in span)
        for start in positions_of(doc, ORTH, (words[0],)):
            other = doc[start:start + len(words)]
            if tuple(t.text for t in other) != words or (other.start_char, other.end_char) in taken:
                continue
            if _maker_of_model(other, mention):
                found.append(Span(other.start_char, other.end_char, other.text))
                taken.add((other.start_char, other.end_char))
    return found


def _store_of_company(span: SpacySpan) -> bool:
    """Whether a company's name stands for one of its stores: with the indefinite article after a
    preposition of where ("shot outside a Kestrel", "the parking lot of a Norvex"), or followed
    by "on" / "at" and a street's name ("the Kestrel on Harlow Road"). Not "an Orbix" alone,
    a product's frame (``things``), nor a name that qualifies a noun ("a Kestrel spokesman")."""
    doc = span.doc
    if span.end < len(doc) and (doc[span.end].text in _POSSESSIVE_MARKS or doc[span.end].pos_ in ("NOUN", "PROPN")):
        return False
    if span.start >= 2 and doc[span.start - 1].lower_ in ("a", "an"):
        preposition = doc[span.start - 2]
        if preposition.lower_ in name_kinds().venue_prepositions:
            return True
        parts = {part.split()[-1] for part in name_kinds().frames[PLACE].possessed}
        if preposition.lower_ == "of" and preposition.head.lower_ in parts:
            return True  # "the parking lot of a Kestrel"
    following = doc[span.end : span.end + 5]
    if len(following) < 2 or following[0].lower_ not in ("on", "at"):
        return False
    street = next((t for t in following[1:] if t.dep_ == "pobj" and t.head.i == following[0].i), None)
    return street is not None and street.pos_ == "PROPN" and street.lower_ in name_kinds().streets


def _force_of_members(span: SpacySpan) -> bool:
    """Whether the name is an office's or a force's (its last word a state institution's head noun,
    "Police", or an office's title, "Sheriff") right before a noun of its members, with or without
    a possessive ("Varden County Sheriff's deputies", "Elmford Police officers"): the organisation
    they act for, however the tagger types it."""
    if len(span) < 2 or not span[-1].is_title:
        return False
    last = span[-1].lower_
    if last not in groups.institution_heads() and last not in office_titles():
        return False
    after = span.doc[span.end : span.end + 2]
    following = [t for t in after if t.text not in _POSSESSIVE_MARKS][:1]
    return bool(following) and following[0].lower_ in name_kinds().members


def _aged(span: SpacySpan) -> bool:
    """ "Ida Lenk, 24, Tomas Brell, 25, and …": a name with a bare number of years of a life in
    apposition, between commas, is a person's, the way news gives an age."""
    doc = span.doc
    for child in span.root.children:
        if child.dep_ == "appos" and child.tag_ == "CD" and child.text.isdigit() and 0 < int(child.text) < 120 \
                and child.i == span.end + 1 and doc[span.end].text == "," \
                and child.i + 1 < len(doc) and doc[child.i + 1].text == ",":
            return True
    return False


def _taken_over(span: SpacySpan) -> bool:
    """Whether the name is what a company buys or merges with: the object of one of ``taken_over``
    (kg/data/name_kinds.yaml), its subject in the passive, or the object of "with" after one
    ("Kestrel bought Norvela", "Norvela was acquired by Kestrel", "Kestrel merged with
    Norvela"); not a count of things bought ("bought 20 Orbixes", "bought an Orbix")."""
    root = span.root
    verbs = name_kinds().taken_over
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "with":
        head = head.head
    elif root.dep_ not in ("dobj", "nsubjpass"):
        return False
    if head.pos_ != "VERB" or head.lemma_.lower() not in verbs:
        return False
    return not any(child.dep_ == "nummod" or (child.dep_ == "det" and child.lower_ in ("a", "an"))
                   for child in root.children)


def frame_votes(span: SpacySpan) -> dict[str, float]:
    """The type votes of the frames around a name ("shares of X", "X, the animation studio,",
    "Mr X"): ``FRAME_WEIGHT`` for each kind whose frames it stands in."""
    return {kind: FRAME_WEIGHT for kind, frames in name_kinds().frames.items() if _framed(span, frames)}


def _framed(span: SpacySpan, frames: Frames) -> bool:
    around = _surroundings(span)
    if _framed_before(span.doc, span.start, frames):
        return True
    if around.conj_start is not None and _framed_before(span.doc, around.conj_start, frames):
        return True
    words = around.after
    if words and (words[0] in frames.possessed or " ".join(words[:2]) in frames.possessed
                  or " ".join(words[:3]) in frames.possessed):
        if not around.possessive_after and words[0] in _shared_context_words():
            return False  # "the Orbix family" (of products) and "the Vole family" (of people): no frame
        if around.possessive_after and frames is name_kinds().frames[PLACE]:
            return False  # "Jane Doe's apartments" are hers: no place's frame
        return around.root_dep in ("poss", "compound", "nmod") or around.possessive_after
    # "the animation studio Pixlor", "German airline Air Vantor", "Chinese airlines Lotus Air and
    # Skyvane": an organisation noun that qualifies the name or its list (not "the company Jane
    # Doe founded", where the name stands beside it).
    if qualifying_noun(span, frames.apposition) is not None:
        return True
    # "Norvela, the oil firm,": a description in apposition whose head is an organisation noun.
    if any(word in frames.apposition for word in around.appositions):
        return True
    return around.root_dep == "appos" and around.head_lower in frames.apposition


def qualifying_noun(span: SpacySpan, nouns: frozenset[str]) -> Token | None:
    """The noun of ``nouns`` (singular or plural) right before a name that qualifies it, or right
    before the first name of the list the name stands in: "airline" of "German airline Air
    Vantor", "airlines" of "Chinese airlines Lotus Air, Jade Wing and Skyvane" (a description
    before a list holds for each name of it; a singular one only for the first: "German airline
    Air Vantor and Kestrel Leasing"). Not "the company Jane Doe founded", where the noun is no
    compound of the name."""
    doc = span.doc
    first = first_conjunct(span.root, None)
    start = span.start if first == span.root else first.i
    while first != span.root and start > 0 and doc[start - 1].tag_ in ("NNP", "NNPS") \
            and doc[start - 1].head == first and doc[start - 1].dep_ in ("compound", "flat"):
        start -= 1  # the first name's own words ("Lotus" of "Lotus Air")
    previous = doc[start - 1] if start > 0 else None
    if previous is None or previous.tag_ not in ("NN", "NNS") or (first != span.root and previous.tag_ != "NNS") \
            or (previous.lower_ not in nouns and previous.lemma_.lower() not in nouns):
        return None
    name_end = span.end if first == span.root else first.i + 1
    if previous.dep_ == "compound" and start <= previous.head.i < name_end:
        return previous
    # the parser may hang the name on the noun as an apposition ("from German airline Air Vantor")
    return previous if first.dep_ == "appos" and first.head == previous else None


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
    ends = frames.ends
    if ends is not None and (not before or (before[-1][0] not in ends and not (before[-1][1] and "#" in ends))):
        return False
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
    flagged_tokens: set[int] = set()  # the tokens of the places a thing's name stands
    weak: dict[str, set[str]] = {}  # name → the kinds of weak evidence that it names a product
    framed_products: set[str] = set()  # names framed as products ("Zephyr 900", "a version of Orbix")
    named = [m for m in mentions if not (m.nominal or m.pronoun) and m.kind != COUNTRY
             and not (m.kind == PLACE and m.country)]
    # the tokens of actors' names (the tagger reads many a company as a person: the kind is not asked)
    organisations = {i for m in mentions if m.kind in (ORGANIZATION, PERSON) and not (m.nominal or m.pronoun)
                     for i in _token_range(doc, m)}
    labelled = {ent.text for ent in doc.ents if ent.label_ in _PRODUCT_LABELS}
    companies = {m.name for m in mentions if m.kind == ORGANIZATION and not (m.nominal or m.pronoun)}
    by_words: dict[tuple[str, ...], list[EntityMention]] = {}
    for mention in named:
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None:
            by_words.setdefault(tuple(t.text for t in span), []).append(mention)
    places: dict[tuple[str, ...], list[SpacySpan]] = {}
    for words, same in by_words.items():
        names = {m.name for m in same}
        evidence = weak.setdefault(same[0].name, set())
        if any(_camel(word) for word in words):
            evidence.add("shape")  # "OrbixBook": also the shape of many companies' names
        if " ".join(words) in labelled:
            evidence.add("label")  # the tagger read another mention of it as a product or a work
        if not company_word(words[-1]) and any(" ".join(words[:size]) in companies for size in range(1, len(words))):
            # "Kestrel Orbix" beside the company "Kestrel": a model's name, or the company's unit
            # ("Kestrel Bank"); not "Kestrel Airways", a company's name by its last word
            evidence.add("maker")
        # Every place the name's words stand, whether or not the tagger took them for a name
        # there ("their popular Orbix"): the Doc's index of token texts, not a scan per name.
        for start in positions_of(doc, ORTH, (words[0],)):
            if start + len(words) > len(doc) or tuple(t.text for t in doc[start:start + len(words)]) != words:
                continue
            span = doc[start:start + len(words)]
            places.setdefault(words, []).append(span)
            if any(_actor_evidence(span, mention) for mention in same):
                spared.update(names)
            elif (frame := _thing_frame(span, same[0])) or _product_context(span):
                flagged.update(names)
                flagged_ends.add(span.end)
                if frame == _PRODUCT_FRAME:
                    framed_products.update(names)
            else:
                evidence.update(_weak_product_evidence(span, organisations))
    products = {m.name for words, same in by_words.items() if same[0].name in flagged for m in same
                if any(_product_context(span) for span in places.get(words, ()))}
    for words, same in by_words.items():
        if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in name_kinds().things.name_ends:
            products.update(m.name for m in same)  # "the Orbix Store", "the Orbix Development Kit"
            flagged_ends.update(span.end for span in places.get(words, ()))
    for words, same in by_words.items():
        if len(weak.get(same[0].name, ())) >= 2 and not any(company_name_end(span) for span in places.get(words, ())):
            # "Kestrel's Orbix phones" a product; not "AirBorne Airways", a company's name (only a
            # frame of a thing makes it one: "its new Kestrel Aircraft")
            products.update(m.name for m in same)
    # A product name the tagger read but gave no mention, in a product's frame ("the new
    # VoleBook line"): a mention that writes it in another case ("the Volebook") or extends it
    # ("Volebook Pro") names that product or a model of it.
    framed_labels = {tuple(t.lower_ for t in ent) for ent in doc.ents
                     if ent.label_ in _PRODUCT_LABELS and _product_context(ent)}
    for words, same in by_words.items():
        lower = tuple(word.lower() for word in words)
        if any(lower[:len(label)] == label for label in framed_labels):
            products.update(m.name for m in same)
    flagged |= products
    # A name that extends a product's name is a model of it ("Orbix Classic"), and a name joined
    # by "and" / "or" or a comma to a product's name is one of its kind ("the Orbix Classic, Mini
    # and Max"). Products only: the other frames of things are weaker ("a Vole" may be a person).
    products -= spared
    framed_products -= spared
    lowered = {words: tuple(word.lower() for word in words) for words in by_words}
    by_lowered: dict[tuple[str, ...], list[tuple[str, ...]]] = {}  # the names of each lower-cased form
    for words, low in lowered.items():
        by_lowered.setdefault(low, []).append(words)
    for _ in range(3):
        for words, same in by_words.items():
            if same[0].name in products or same[0].name in spared:
                continue
            # "Orbix Classic" of "Orbix", and "Volebook" of "VoleBook": the case of a product's
            # name is written as loosely as its model's (the names whose lower-cased form starts
            # this one's, looked up by each of its starts, not compared with every name)
            low = lowered[words]
            if any(other != words and by_words[other][0].name in products
                   for size in range(1, len(low) + 1) for other in by_lowered.get(low[:size], ())):
                products.update(m.name for m in same)
        # a name framed as a product lists its kind too ("unveil the Orbix 2 and the Vantacloud"),
        # but is no stem of longer names ("Orbix" of "Orbix News", a site about it)
        for words, spans in places.items():
            if by_words[words][0].name in products or by_words[words][0].name in framed_products:
                flagged_tokens.update(i for span in spans for i in range(span.start, span.end))
        for words, same in by_words.items():
            if same[0].name in products or same[0].name in framed_products or same[0].name in spared:
                continue
            if any(_joined_to(span, flagged_tokens) for span in places.get(words, ())):
                products.update(m.name for m in same)
    # A name inside a product's name after its first word is that product's short name: "Orbix" of
    # "the Kestrel Orbix E2", "Quillon Peak" of "Kestrel Quillon Peak" (the first word may be the
    # maker's, which a longer name that starts with it extends, above, the other way round).
    # words the article writes in lower case (Token.is_lower is str.islower), from the Doc's array
    common = {word for word in set(texts_of(doc, ORTH)) if word.islower()}
    # the products' names without their common first words, once (not once per name compared)
    product_names = [_without_common_start(other, common) for other in by_words
                     if by_words[other][0].name in products or by_words[other][0].name in framed_products]
    for words, same in by_words.items():
        if same[0].name in products or same[0].name in spared or (same[0].kind == PERSON and len(words) > 1):
            continue
        if any(_inside_after_first(words, other) for other in product_names):
            flagged.update(m.name for m in same)
    flagged |= products
    for mention in named:  # "a video Orbix (vOrb)": the short name of a thing
        span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
        if span is not None and span.start >= 2 and doc[span.start - 1].text == "(" and span.start - 1 in flagged_ends \
                and not (mention.kind == PERSON and len(span) > 1):  # "Marisol (Jane Doe)": who plays the part
            flagged.add(mention.name)
    return flagged - spared


def _without_common_start(words: tuple[str, ...], common: set[str]) -> tuple[str, ...]:
    """A name without the capitalised common words the tagger took into its start, words the
    article also writes in lower case ("First Kestrel K9 delivered" in a headline, "the first
    K9" in the text): "Kestrel K9", whose first word is then the maker's."""
    start = 0
    while start < len(words) - 1 and words[start].lower() in common and not words[start].islower():
        start += 1
    return words[start:]


def _inside_after_first(words: tuple[str, ...], other: tuple[str, ...]) -> bool:
    """Whether ``words`` stand in ``other``, a longer name, after its first word."""
    n = len(words)
    return n < len(other) and any(other[i:i + n] == words for i in range(1, len(other) - n + 1))


def _token_range(doc: Doc, mention: EntityMention) -> range:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _joined_to(span: SpacySpan, tokens: set[int]) -> bool:
    """Whether the name is coordinated with a word of ``tokens``: "the Orbix Classic, Mini and Max"."""
    root = span.root
    if root.dep_ == "conj" and root.head.i in tokens:
        return True
    return any(child.dep_ == "conj" and child.i in tokens for child in root.children)


def _head_word(token) -> str:
    """The lower-cased word ``token`` is, with the words a hyphen joins to it: "mock-up"."""
    doc, i = token.doc, token.i
    while i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_:
        i -= 2
    return doc[i : token.i + 1].text.lower()


def _qualified(span: SpacySpan):
    """The noun a name qualifies as a modifier ("the Orbix line": line), or None."""
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "nmod") and head.i >= span.end and head.pos_ in ("NOUN", "PROPN"):
        return head
    return None


def _product_context(span: SpacySpan) -> bool:
    """ "the Orbix line of products", "Orbix users", "the 3D Orbix mock-up": the name qualifies a
    noun said of products only (``context`` in the data file)."""
    head = _qualified(span)
    if head is None or head.tag_ not in ("NN", "NNS"):
        return False
    word = _head_word(head)  # right after the name: "the Orbix line", not "the Kestrels 7 yard line"
    if word in _shared_context_words():
        return False  # "the Vole family" (of people) and "the Orbix family" (of products): neither
    return word in name_kinds().things.context and head.i - len(word.split("-")) * 2 + 2 == span.end


@lru_cache(maxsize=1)
def _shared_context_words() -> frozenset[str]:
    """Nouns both a person's name and a product's qualify ("the Vole family", "the Orbix family"):
    no frame of either kind there (a person's "Vole's family" still is one)."""
    return name_kinds().things.context & name_kinds().frames[PERSON].possessed


def _weak_product_evidence(span: SpacySpan, organisations: set[int]) -> set[str]:
    """Kinds of evidence that, one alone, do not make a name a product, two do: a name's
    possessive before it ("Kestrel's Orbix"), and qualifying a thing noun ("Orbix players"; also
    "Kestrel jets", made by a company)."""
    found = set()
    doc = span.doc
    possessor = doc[span.start - 2] if span.start >= 2 and doc[span.start - 1].tag_ == "POS" else None
    if possessor is None:
        # "Kestrel's forthcoming Orbix", "Kestrel's Orbix operating system": the possessor of the
        # name or of the noun it qualifies, with words between
        holders = [span.root]
        while holders[-1].dep_ in ("compound", "nmod") and holders[-1].head.i > holders[-1].i and len(holders) < 5:
            holders.append(holders[-1].head)
        owners = [child for holder in holders for child in holder.children
                  if child.dep_ == "poss" and child.i < span.start and child.pos_ == "PROPN"]
        possessor = owners[0] if owners else None
    if possessor is not None and possessor.ent_type_ not in ("DATE", "TIME") \
            and (possessor.i in organisations or possessor.pos_ == "PROPN"):  # not "Sunday's"
        found.add("possessed")
    head = _qualified(span)
    while head is not None and head.tag_ not in ("NN", "NNS") and head.dep_ in ("compound", "nmod") \
            and head.head.i > head.i:
        head = head.head
    if head is not None and head.tag_ in ("NN", "NNS") and head.lower_ in name_kinds().things.nouns \
            and head.lower_ not in name_kinds().things.also_people:
        found.add("qualifies")
    return found


def _maker_of_model(span: SpacySpan, mention: EntityMention) -> bool:
    """A company's name that starts a model's name ("the Kestrel 797 Skylark", "Kestrel A310",
    "four Kestrel Zephyr 900 engines"): part of the product's name, no mention of the company."""
    # the tagger reads many a company's name as a person's: the kind is not asked, only a name
    if mention.kind not in (ORGANIZATION, PERSON) or mention.nominal or mention.pronoun \
            or span.root.dep_ in ("nsubj", "nsubjpass"):
        return False
    doc = span.doc
    j = span.end
    while j < len(doc) and j - span.end < 2 and doc[j].text[:1].isupper() and not _MAKERS_MODEL.match(doc[j].text):
        j += 1
    if j >= len(doc) or not _MAKERS_MODEL.match(doc[j].text):
        return False
    # the name and the number are one phrase: the name qualifies a word at or after the number
    return span.root.head.i >= span.end and span.root.dep_ in ("compound", "nmod", "nummod", "amod")


def _actor_evidence(span: SpacySpan, mention: EntityMention) -> bool:
    """A frame of an organisation or a person, speech, a known actor or an institution's name."""
    if any(_framed(span, frames) for frames in name_kinds().frames.values()):
        return True
    if max(mention.votes.values(), default=0.0) >= 2.0:  # the gazetteer, a title or a ticker
        return True
    if span[-1].lower_ in groups.institution_heads():
        return True
    # a speaker is the subject of an active speech verb: what "was announced" is no speaker
    return acts_on_purpose(span)


def acts_on_purpose(span: SpacySpan) -> bool:
    """Whether the name is the active subject of a speech verb (attribution_cues.yaml) or of one
    of ``agent_verbs`` (kg/data/name_kinds.yaml): "Kestrel said", "Norvela sued Kestrel",
    "Norvela has promised a fix"; what does so is a person or an organisation."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    lemma = root.head.lemma_.lower()
    if lemma in name_kinds().agent_verbs:
        return True
    # a speech verb with a thing for its object says no speech: "the Orbix adds a camera"
    return lemma in attribution_cues().speech_verbs and not any(
        child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") for child in root.head.children)


def _camel(word: str) -> bool:
    """ "OrbixBook": a capital inside a word after lower-case letters; not after the prefixes of
    surnames ("McAllan", "DeVore", "MacCrae": ``surname_prefixes`` in kg/data/name_kinds.yaml)."""
    match = _CAMEL.match(word)
    return match is not None and match.group(1).lower() not in name_kinds().things.surname_prefixes


def _measured(span: SpacySpan) -> bool:
    """Whether a size or a capacity qualifies the name ("a 2GB Orbix", "the 13-inch Orbix Pro",
    "its 12 megapixel Orbix"): said of devices, not of actors."""
    doc = span.doc
    units = name_kinds().things.units
    for token in span.root.subtree:
        if token.i >= span.start:
            break
        if _MEASURE.match(token.text):
            return True
        if token.lower_ in units and token.i >= 1 and (doc[token.i - 1].like_num or (
                doc[token.i - 1].text == "-" and token.i >= 2 and doc[token.i - 2].like_num)):
            return True
    return False


def _posted(head, things: Things) -> bool:
    """Whether "on X" under ``head`` says where something was posted: a verb of posting or
    speech, or a noun of what is posted ("a message on X")."""
    if head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        return lemma in things.media_verbs or lemma in attribution_cues().speech_verbs
    return head.pos_ == "NOUN" and head.text in things.postings  # lower case: "a Page" is a name


def _thing_framed(span: SpacySpan, mention: EntityMention) -> bool:
    return _thing_frame(span, mention) > _NO_FRAME


# How strongly a mention is framed as a thing (``_thing_frame``): not at all; as some thing (an
# event, a medium, or by a determiner or an adjective a person's name may take too: "a Vole"); as
# a product by a frame said of products only ("Zephyr 900", "a new version of Orbix", "the 13-inch
# Orbix"), which makes a name joined to it by "and" a product too.
_NO_FRAME, _THING_FRAME, _PRODUCT_FRAME = 0, 1, 2


def _thing_frame(span: SpacySpan, mention: EntityMention) -> int:
    things = name_kinds().things
    doc = span.doc
    words = mention.name.split()
    if len(words) > 1 and words[-1].lower() in things.events:
        return _THING_FRAME  # "Northwind Developers Conference"
    if len(span) > 1 and mention.kind != PERSON and _DESIGNATION.match(span[-1].text):
        return _PRODUCT_FRAME  # "Kestrel Zephyr 900", "Corvid IV"; a person's "II" is a regnal number
    if len(span) > 1 and mention.kind != PERSON and _MODEL_NUMBER.match(span[0].text):
        return _PRODUCT_FRAME  # "797 Skylark": a model number before the model's name ("21st Century" is none)
    if len(span) == 1 and mention.kind != PERSON and _MODEL_ONLY.match(span[0].text):
        return _PRODUCT_FRAME  # "eight long-haul A310s": a model's number alone ("M23", "G20" have two digits)
    if _LOWER_CAMEL.match(span[0].text):
        return _PRODUCT_FRAME  # "eOrbix", "iQuill Touch": the shape of products' and services' names
    if _measured(span):
        return _PRODUCT_FRAME  # "the 13-inch Orbix Pro", "a 2GB Orbix"
    after = doc[span.end : span.end + 4]
    if len(after) > 1 and _DESIGNATION.match(after[0].text) and any(t.lower_ in things.nouns for t in after[1:]):
        return _PRODUCT_FRAME  # "the Vanta 4.0 web browser"
    root = span.root
    if root.dep_ == "appos" and root.head.lower_ in things.nouns:
        return _PRODUCT_FRAME  # "its operating system, Quillon"
    if mention.kind == ORGANIZATION and _listed_with_thing(root, things):
        return _PRODUCT_FRAME  # "the Orbix phone and Kestrel TV": listed with a thing, a thing
    if root.dep_ == "attr" and root.head.lemma_ == "be" and any(
            child.dep_ == "nsubj" and child.lower_ in things.nouns and child.lower_ not in things.also_people
            for child in root.head.children):
        return _PRODUCT_FRAME  # "The song they bought was Le Vortex": what a thing noun is
    holder = root
    while holder.dep_ == "compound" and holder.head.i > holder.i and holder.head.pos_ in ("PROPN", "NOUN", "NUM"):
        holder = holder.head
    if holder is not root and holder.dep_ == "appos" and holder.head.lower_ in things.nouns \
            and holder.lower_ not in things.nouns:
        return _PRODUCT_FRAME  # "a cell phone, the Kestrel Orbix E2": the name of the thing
    if root.dep_ in ("oprd", "dobj", "xcomp") and root.head.lemma_.lower() in ("name", "call", "dub") \
            and root.head.dep_ == "acl" and root.head.head.lower_ in things.nouns:
        return _PRODUCT_FRAME  # "a new feature called Quillsight", "a browser named Vanta"
    if root.dep_ in ("oprd", "dobj", "xcomp", "attr") and root.head.lemma_.lower() in ("name", "call", "dub") \
            and any(child.dep_ == "nsubjpass" and child.lower_ in things.nouns for child in root.head.children):
        return _PRODUCT_FRAME  # "This feature is called Quillsight", "the browser was named Vanta"
    if any(child.dep_ == "appos" and child.lower_ in things.versions and child.i >= span.end
           and any(c.dep_ in ("det", "poss") for c in child.children) for child in root.children):
        return _PRODUCT_FRAME  # "Quillon, the new version of its operating system" (a description: "the", "its")
    if root.dep_ not in ("poss", "nsubj", "nsubjpass"):
        start = span.start
        while start > 0 and doc[start - 1].text in _QUOTES:
            start -= 1
        previous = doc[start - 1] if start > 0 else None
        if previous is not None and previous.text in things.nouns and previous.tag_ in ("NN", "NNS"):
            return _PRODUCT_FRAME  # "the web browser Quillon", "the jet Skylark"
        if previous is not None and mention.kind != PERSON and _MODEL_NUMBER.match(previous.text) \
                and previous.head.i in range(span.start, span.end) and previous.dep_ in ("nummod", "compound", "amod"):
            return _PRODUCT_FRAME  # "the 797 Skylark", "a 797 \"Skylark\""
    if root.dep_ == "compound" and root.head.i == span.end and root.head.text in things.media:
        return _THING_FRAME  # "his Chirper page", "a Chirper post": the medium a page or post is on
    if root.dep_ == "pobj" and root.head.lower_ == "on" and _posted(root.head.head, things):
        return _THING_FRAME  # "posted on Chirper", "said on Chirper", "a message on Chirper"
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.pos_ == "VERB" \
            and root.head.head.lemma_.lower() in things.media_verbs \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in root.head.head.children):
        # "took to Chirper", "uploaded to Chirper"; not "was taken to Elmford Trauma Center", "took
        # him to …": who or what is moved there makes the name a place
        return _THING_FRAME
    before = [t.lower_ for t in doc[max(0, span.start - 3) : span.start]]
    if before[-2:] == ["such", "as"] and len(before) == 3 and before[0] in things.nouns:
        return _PRODUCT_FRAME  # "programs such as Lost"
    phrase = [root]  # the name and the nouns it qualifies: "Kestrel's Orbix OS X"
    while phrase[-1].dep_ in ("compound", "nmod") and phrase[-1].head.i > phrase[-1].i and len(phrase) < 5:
        phrase.append(phrase[-1].head)
    owners = [child.left_edge.i for token in phrase for child in token.children
              if child.dep_ == "poss" and child.i < span.start]
    if owners and phrase[-1].text[:1].isupper():  # a name, not "a version of Kestrel's software"
        words_before = tuple(lower for lower, _ in _words_before(doc, min(owners)))
        if len(words_before) >= 2 and words_before[-1] == "of" and words_before[-2] in things.versions:
            return _PRODUCT_FRAME  # "the newest version of Kestrel's Orbix OS X"
    if root.dep_ in ("compound", "nmod", "poss", "amod"):
        return _NO_FRAME  # the name qualifies another noun: "an Acme spokesman"
    if mention.kind == PERSON and len(span) > 1:
        return _NO_FRAME  # a person's full name takes an adjective too: "the popular Jane Doe"
    first = root
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head  # "unveiled the Orbix 2 and the Vantacloud": what the first is, each is
    if first.dep_ in ("dobj", "nsubjpass") and first.head.pos_ == "VERB" and first.head.lemma_.lower() in things.made:
        return _PRODUCT_FRAME  # "Kestrel unveiled Orbix", "Orbix will be shipped in July"
    if root.dep_ == "pobj" and root.head.lower_ in ("on", "for", "through", "via") \
            and root.head.head.lemma_.lower() in things.platforms:
        return _PRODUCT_FRAME  # "available on Orbix", "available for the Orbix", "runs on Orbix"
    words_before = tuple(lower for lower, _ in _words_before(doc, span.start))
    if any(words_before[-len(words):] == words for words in things.before if len(words) <= len(words_before)):
        return _PRODUCT_FRAME  # "the maker of the Orbix", "the trademark for Orbix"
    for child in root.children:
        if child.i >= span.start:
            continue
        if child.dep_ == "det" and child.lower_ in ("a", "an"):
            return _THING_FRAME  # "an Orbix capable of displaying video"
        if child.dep_ == "poss" and child.lower_ in _POSSESSIVE_PRONOUNS:
            return _THING_FRAME  # "its popular Orbix"
        if child.dep_ == "amod" and child.lower_ in things.adjectives:
            return _THING_FRAME  # "the new Orbix", "new Orbixes"
    return _NO_FRAME


def _listed_with_thing(root, things: Things) -> bool:
    """Whether the name is joined by "and" / "or" to a common thing noun of ``things.nouns``
    (not one of ``also_people``): "the Orbix phone and Kestrel TV", "Kestrel TV or a laptop"."""
    joined = [root.head] if root.dep_ == "conj" else []
    joined += [child for child in root.children if child.dep_ == "conj"]
    return any(t.pos_ == "NOUN" and t.lower_ in things.nouns and t.lower_ not in things.also_people
               for t in joined)


def device_nouns(doc: Doc) -> frozenset[str]:
    """The nouns of ``things.also_people`` (kg/data/name_kinds.yaml) that ``doc`` uses of a device
    somewhere ("a portable media player"): there the noun alone ("the player") is that thing, no
    person."""
    things = name_kinds().things
    found = set()
    for token in doc:
        if token.lower_ in things.also_people and token.pos_ == "NOUN" and any(
                child.dep_ in ("compound", "amod", "nmod") and child.lower_ in things.devices
                for child in token.children):
            found.add(token.lower_)
    return frozenset(found)
