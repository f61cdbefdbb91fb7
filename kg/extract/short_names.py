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
  two are named ("Samir Qadri", "Yusuf Qadri"), the one the discourse is on:
  of those named in its sentence or the two before, the last named as a
  subject, else the last named before it;
- a one-word name one letter off (added, dropped, changed or swapped) the one
  such surname of the article ("Torez" for "Marisa Torrez"), five letters
  or more and no place's name, is a misspelling of it and joins as above;
- a known given name alone (the ``nicknames`` list) that is the first word of
  the article's one full person name of that given name ("Dennis … Dennis
  Osgood") joins it; so does one that is the first word of one name written
  with and without middle names ("Dennis Osgood", "Dennis Lee Osgood"), and
  takes the fullest; a given name the list does not know joins the same way
  when it is read a person where it stands and names no country, or when it
  is read an organisation or a place there but the gazetteer knows no place
  or country of that name and no frame of its own says so (as a bare surname,
  below);
- a bare one-word name, whatever the tagger typed it, that is the last word
  of the article's full person names ("Mark Halvorsen … Halvorsen, 49,
  left"): news names a person in full first and by surname after, and the
  tagger often reads the bare surname as an organisation or a town. It
  takes the one such full name (or the nearest before it, as above) and
  becomes a person with that person's country (not the town's the gazetteer
  matched on the word), unless a frame of its own says otherwise
  (``kg.extract.actor_types``: "shares of Halvorsen"), the gazetteer knows
  it as a country, or it stands where a place does ("in Halvorsen",
  "Halvorsen, Texas"); after "of" on a noun that is no title ("the death
  of Halvorsen") it is the person's when one person of the article has it
  (see ``_one_person``) and the gazetteer knows no place of that name. A surname no full name of the article has is left to
  ``kg.resolve``, which joins it to the one full name of its story.
- a name the text gives a named person in a participle clause on the name ("Jo Harlow,
  known to his family as DJ,", "Dana Whitcombe, nicknamed Dee,", "also known as"): every
  mention of it is that person's (full name, kind and country);
- a person name the tagger cut at a middle initial written with spaces
  around its full stop ("Regina M . Benjamin" read as "Regina M", the
  surname left out): a given name and one capital letter, followed by the
  full stop and a capitalised word, is the name with that word as its
  surname ("Regina M. Benjamin") and a person, so that it joins the
  article's and the story's other names of that person.

Names are compared without case or accents. Organisations are not shortened
here: "Defense Ministry" is not the "Defense Ministry Press Office" named
beside it; the words a short organisation name may leave out ("Harbor Relief" for
Harbor Relief International) are ``kg/data/name_tails.yaml``'s, which the resolver
applies across articles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from spacy.tokens import Doc

from kg.extract.actor_types import FRAME_WEIGHT
from kg.extract.genders import gendered_nouns, noun_gender
from kg.knowledge.gazetteer import Gazetteer
from kg.knowledge.text import is_acronym, one_edit
from kg.model import ORGANIZATION, PERSON, PLACE, EntityMention

# Where a bare name stands for a place, not for a person: "in X", "near X".
_PLACE_PREPOSITIONS = {"in", "at", "near", "from", "outside", "across", "around", "into", "to", "toward",
                       "towards", "of", "through", "via"}


def expand_short_names(doc: Doc, mentions: list[EntityMention], gazetteer: Gazetteer) -> list[EntityMention]:
    """``mentions``, with each honorific and surname replaced by the article's full name it stands for."""
    named = [m for m in mentions if not (m.nominal or m.pronoun)]
    text = doc.text  # once: Doc.text joins every token
    for m in named:
        _complete_initial(text, m, gazetteer)
    by_surname: dict[str, list[EntityMention]] = {}  # indexed once: a scan per mention is quadratic
    for m in named:
        if m.kind == PERSON and len(_words(m.name)) > 1:
            by_surname.setdefault(_surname(m.name), []).append(m)
    by_given: dict[str, list[EntityMention]] = {}
    by_first: dict[str, list[EntityMention]] = {}  # whether or not the given name is a known one
    for m in named:
        if m.kind == PERSON and len(_words(m.name)) > 1:
            by_first.setdefault(_words(m.name)[0], []).append(m)
            if gazetteer.is_given_name(m.name.split()[0]):
                by_given.setdefault(_words(m.name)[0], []).append(m)
    for mention in named:
        words = _words(mention.name)
        if len(words) != 1:
            continue
        fuller = by_surname.get(words[0], []) or (_misspelt(words[0], by_surname, gazetteer)
                                                  if _proper_noun(doc, mention) else [])
        given = False
        if not fuller and mention.kind == PERSON and gazetteer.country(mention.name) is None \
                and _proper_noun(doc, mention):
            first = by_first.get(words[0], [])  # a given name the tagger itself read as a person's
        elif not fuller and mention.kind in (ORGANIZATION, PLACE) and gazetteer.country(mention.name) is None \
                and gazetteer.place(mention.name) is None and _proper_noun(doc, mention):
            # a given name the list does not know, that the tagger read as a company or a town
            # here, but that begins the article's one full person name of it ("The family of
            # Dario demands …" after "Dario Velten Moss"): the person's, frames permitting
            first = by_first.get(words[0], [])
        else:
            first = by_given.get(words[0], [])
        if not fuller and _one_person(first):
            # "Dennis … Dennis Osgood": one person of that given name; "Dennis Osgood … Dennis
            # Lee Osgood" are that one person too, and "Dennis" takes the fullest of the names
            fuller, given = [max(first, key=lambda m: len(_words(m.name)))], True
        if not fuller:
            continue
        if mention.kind == PERSON and _after_honorific(doc, mention, gazetteer) and not given:
            full = _one_or_nearest(mention, fuller, doc, named)
        elif mention.kind in (PERSON, ORGANIZATION, PLACE) and _bare_surname(
                doc, mention, gazetteer, one=_one_person(fuller)):
            full = _one_or_nearest(mention, fuller, doc, named)
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
    _join_nicknames(doc, named)
    # "Norvia Airlines (NAL) … NAL": every mention of the acronym in the article.
    expansions = {}
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


# Verbs that give a person's other name: "known (to his family) as DJ", "nicknamed Dee",
# "also called Bam", "dubbed the Wolf".
_NAMING_VERBS = {"know", "nickname", "call", "dub"}


def _join_nicknames(doc: Doc, named: list[EntityMention]) -> None:
    """ "Jo Harlow, known to his family as DJ,", "Dana Whitcombe, nicknamed Dee,": a name the text
    gives a named person in a participle clause on that person's name is that person's other name;
    each mention of it takes the person's full name, kind and country."""
    people = {}
    for m in named:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if m.kind == PERSON and span is not None:
            people[span.root.i] = m
    aliases: dict[str, EntityMention] = {}
    for m in named:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        # a person's own mention (an equal mention has the same span, so the same root): looked
        # up by its root, not compared with every person's mention (quadratic on a long article)
        if span is None or people.get(span.root.i) == m:
            continue
        root = span.root
        verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "as" else \
            root.head if root.dep_ in ("oprd", "dobj", "xcomp") else None
        if verb is None or verb.dep_ != "acl" or verb.lemma_.lower() not in _NAMING_VERBS:
            continue
        person = people.get(verb.head.i)
        if person is None and verb.head.pos_ == "PROPN":
            # a surname the tagger did not take for a name there: the one full name ending in it
            fuller = {_key(p.name): p for p in people.values()
                      if len(_words(p.name)) > 1 and _surname(p.name) == _key(verb.head.text)}
            person = next(iter(fuller.values())) if len(fuller) == 1 else None
        if person is not None and _key(person.name) != _key(m.name):
            aliases.setdefault(m.name, person)
    for m in named:
        person = aliases.get(m.name)
        if person is not None:
            m.name, m.kind, m.country = person.name, PERSON, person.country
            m.votes = {PERSON: max(m.votes.values(), default=1.0) + 1.0}


_AFTER_INITIAL = re.compile(r" ?\. ?([A-Z][\w'’-]+)")


def _complete_initial(text: str, mention: EntityMention, gazetteer: Gazetteer) -> None:
    """ "Regina M" followed by " . Benjamin" → "Regina M. Benjamin", a person (see the module)."""
    words = mention.name.split()
    if len(words) != 2 or len(words[1]) != 1 or not words[1].isupper() or not gazetteer.is_given_name(words[0]):
        return
    after = _AFTER_INITIAL.match(text, mention.span.end)
    if after is None or after.group(1).lower() in _PLACE_PREPOSITIONS:
        return
    mention.name = f"{words[0]} {words[1]}. {after.group(1)}"
    if mention.kind != PERSON:
        mention.kind = PERSON
        mention.votes = {PERSON: max(mention.votes.values(), default=1.0) + 1.0}


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


def _bare_surname(doc: Doc, mention: EntityMention, gazetteer: Gazetteer, one: bool = False) -> bool:
    """Whether a one-word name may be the surname of a person of the article: not a country,
    not framed as an organisation or a place (its votes), not where a place stands; after "of"
    only when ``one`` person of the article has it, in one name or in one name written with and
    without middle names (of several, the nearest is no safe guess there: "a picture of X"
    after another X's words)."""
    if gazetteer.country(mention.name) is not None:
        return False
    if mention.kind != PERSON and max(mention.votes.values(), default=0.0) >= 1.0 + FRAME_WEIGHT:
        return False  # "shares of X", "the 1200 block of X": a frame on top of the tagger's vote
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if span is None:
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in _PLACE_PREPOSITIONS and not (one and _of_a_person(
            doc[span.start - 1], mention, gazetteer)):
        return False
    after = doc[span.end:span.end + 2]
    if len(after) == 2 and after[0].text == "," and after[1].ent_type_ in ("GPE", "LOC"):
        return False  # "Elmford, Texas"
    return True


def _of_a_person(preposition, mention: EntityMention, gazetteer: Gazetteer) -> bool:
    """ "the death of X", "the family of X": after "of" a name no place of the gazetteer bears is
    the person's, unless the "of" hangs on a title ("the mayor of X") or on no noun ("north of X")."""
    if preposition.lower_ != "of" or gazetteer.place(mention.name) is not None:
        return False
    head = preposition.head
    return head.pos_ == "NOUN" and head.i < preposition.i and gazetteer.title(head.text) is None


def _misspelt(word: str, by_surname: dict[str, list[EntityMention]], gazetteer: Gazetteer) -> list[EntityMention]:
    """ "Torez" for "Torrez": the full names of the one surname of the article (five letters
    or more) one added, dropped, changed or swapped letter away, unless the word is a place's name."""
    if len(word) < 5 or gazetteer.place(word) is not None or gazetteer.country(word) is not None:
        return []
    # "the Voles" is the family, not one of them: a plural's "s" is no misspelling
    near = [surname for surname in by_surname if len(surname) >= 5 and one_edit(word, surname, swaps=True)
            and word != surname + "s" and surname != word + "s"]
    return by_surname[near[0]] if len(near) == 1 else []


def _subject(span) -> bool:
    """Whether a name is its clause's subject, or in apposition to it ("His father Ann Vole said")."""
    token = span.root
    for _ in range(3):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("appos", "compound", "flat") or token.head.i == token.i:
            return False
        token = token.head
    return False


def _proper_noun(doc: Doc, mention: EntityMention) -> bool:
    """Whether a one-word mention is a proper noun where it stands ("Regains" in a headline is a verb)."""
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span is not None and len(span) == 1 and span[0].pos_ == "PROPN"


def _one_or_nearest(mention: EntityMention, fuller: list[EntityMention], doc: Doc,
                    named: list[EntityMention]) -> EntityMention | None:
    """The one full name, or, when several people share the surname, the one the discourse is on:
    of those named in this sentence or the two before, the last named as a subject ("Ann Vole
    drove off. Ben Vole called police after his mother left. Vole fled": Ann), else the last
    named before the mention."""
    if len({_key(m.name) for m in fuller}) == 1:
        return fuller[0]
    fuller = [m for m in fuller if m.span.end <= mention.span.start]  # named before it
    here = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    wanted = gendered_nouns().get(doc[here.start - 1].lower_) if here is not None and here.start > 0 else None
    if wanted is not None:
        # "Miss Vole": the one the text shows a woman ("his sister, Nina Vole"), else those it
        # shows no man ("Mr", "son")
        shown: dict[str, set] = {}
        fuller_keys = {_key(f.name) for f in fuller}
        for m in named:
            if _key(m.name) in fuller_keys:
                shown.setdefault(_key(m.name), set()).add(noun_gender(doc, m))
        fuller = [m for m in fuller if not (shown.get(_key(m.name), set()) - {None, wanted})]
        if any(wanted in shown.get(_key(m.name), ()) for m in fuller):  # "his sister, Nina Vance,"
            fuller = [m for m in fuller if wanted in shown.get(_key(m.name), ())]
        if len({_key(m.name) for m in fuller}) == 1:
            return fuller[0]
    before = [m for m in fuller if m.span.end <= mention.span.start]
    if not before:
        return None
    # the people's earlier short mentions count too, already given their full names
    full_of = {_key(m.name): m for m in before}
    before = [m for m in named if m.span.end <= mention.span.start and _key(m.name) in full_of]
    if here is not None:
        # its sentence and the two before, walked back from it (not every sentence of the article
        # listed for each short name: quadratic on a long article)
        earliest = here.sent
        for _ in range(2):
            if earliest.start == 0:
                break
            earliest = doc[earliest.start - 1].sent
        window = earliest.start_char
        subjects = []
        for m in before:
            span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
            if span is not None and m.span.start >= window and _subject(span):
                subjects.append(m)
        if subjects:
            return full_of[_key(max(subjects, key=lambda m: m.span.start).name)]
    return full_of[_key(max(before, key=lambda m: m.span.start).name)]


def _one_person(fuller: list[EntityMention]) -> bool:
    """Whether the article's full names of one given name are one person's: one name, or a name
    and the same name with middle names ("Dennis Osgood", "Dennis Lee Osgood"): each name's
    words, in order, words of the fullest, with its first and last word."""
    if not fuller:
        return False
    longest = max((_words(m.name) for m in fuller), key=len)
    for m in fuller:
        words = _words(m.name)
        if words[0] != longest[0] or words[-1] != longest[-1]:
            return False
        rest = iter(longest)
        if not all(word in rest for word in words):  # in order
            return False
    return True


def _words(name: str) -> list[str]:
    return _key(name).split()


# Generational suffixes after a surname: "Jo Harlow Jr." is a Harlow ("Harlow" joins him).
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _surname(name: str) -> str:
    """The last word of a full name before a generational suffix: "harlow" of "Jo L. Harlow Jr."."""
    words = _words(name)
    while len(words) > 2 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words[-1]


@lru_cache(maxsize=65536)  # called for every pair of names compared: one normalisation per name
def _key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().replace(".", "")
