"""Descriptions a sentence itself ties to a named person.

A description of a person by role ("the gunman", "an employee") usually has
to be resolved by the story around it (``kg.resolve``), but some sentences
say outright whom it describes; these are the "precise constructs" of rule-
based coreference (Lee et al. 2013, "Deterministic coreference resolution
based on entity-centric, precision-ranked rules"):

- apposition: "the gunman, Jon Marek, …", "Jon Marek, the gunman, …" (not
  when the name is the object of a preposition the parser left without one,
  "According to Officer Jon Marek, a police officer … was shot", nor when two
  names joined by "and" take two nouns joined by "and", "Ida Lenk and Tomas
  Brell, the driver and passenger,": one noun each, not the whole to one,
  and the description is no person's mention);
- predicate nominative: "Jon Marek, 20, is the accused gunman", "Dalbury
  became the college's all-time scoring leader" (the description completes
  "be", "become" or "remain" and the clause's subject is the named person);
- role before the name: "accused gunman Jon Marek";
- identification: "The victim has been identified as 16-year-old Jon Marek",
  "the suspect was named as Jon Marek" (the description is the subject of a
  passive "identify" or "name" whose "as" takes the named person).

``link_descriptions`` sets such a description's ``refers_to`` to the key of
the named person's mention; the resolver puts it with that person.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.extract.syntax import first_conjunct
from kg.model import PERSON, EntityMention

_COPULAS = {"be", "become", "remain"}
_COMPLEMENTS = {"attr", "oprd", "xcomp", "acomp"}
_SUBJECTS = {"nsubj", "nsubjpass"}
# Verbs that, in the passive with "as", say whom their subject is: "was identified as Jon Marek".
_IDENTIFYING = {"identify", "name"}


def link_descriptions(doc: Doc, mentions: list[EntityMention]) -> set[int]:
    """Sets ``refers_to`` of the person descriptions a sentence ties to a named person; returns
    the ids of the descriptions it finds describe two named people at once ("Ida Lenk and Tomas
    Brell, the driver and front seat passenger,"), which are no one person's mention."""
    named = [m for m in mentions if m.kind == PERSON and not m.nominal and not m.pronoun]
    of_two: set[int] = set()
    if not named:
        return of_two
    owner: dict[int, EntityMention] = {}  # token index → the named person mention holding it
    for m in named:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        for token in span if span is not None else ():
            owner[token.i] = m
    for m in mentions:
        if m.kind != PERSON or not m.nominal or m.pronoun or m.refers_to is not None:
            continue
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if root.dep_ == "appos" and root.head.i in owner and _of_each(root, root.head):
            of_two.add(id(m))
            continue
        person = _named_by_construct(root, span.end, doc, owner)
        if person is not None:
            m.refers_to = person.key
    return of_two


def in_construct(root: Token) -> bool:
    """Whether a noun stands where the constructs above put a description of someone: in
    apposition ("Dana Voss, a 38-year-old resident"), with a phrase in apposition to it, or as
    the complement of "be", "become" or "remain" ("Voss was a suspended employee"); a noun
    joined to such a noun by "and" stands there too ("Harlan Brecht, a party fundraiser and
    administration official")."""
    root = first_conjunct(root, 5)
    # a bare number in apposition is an age ("the boy, 5, was shot"), not a description or a name
    return ((root.dep_ == "appos" and not object_of_dangling_preposition(root.head))
            or any(child.dep_ == "appos" and child.tag_ != "CD" for child in root.children)
            or (root.dep_ in _COMPLEMENTS and root.head.lemma_ in _COPULAS))


def as_description(token: Token) -> bool:
    """ "described her as a dear friend", "worked as a nurse", "As a boy, he…": a noun after "as"
    on a verb (or on a description joined to one by "and") describes someone the sentence
    already has, the verb's object or subject; no one new."""
    token = first_conjunct(token, 5)
    return token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.pos_ in ("VERB", "AUX")


def object_of_dangling_preposition(name: Token) -> bool:
    """ "According to Officer Jana Welk, a police officer … sustained a wound": a name right after
    a preposition the parser left without its object is that object, misread as the clause's
    subject, and the description after it is the subject, no apposition to the name."""
    left = min(token.i for token in name.subtree if token.i <= name.i)
    if left == 0:
        return False
    before = name.doc[left - 1]
    return before.pos_ == "ADP" and not any(child.dep_ == "pobj" for child in before.children)


def _named_by_construct(root: Token, end: int, doc: Doc, owner: dict[int, EntityMention]) -> EntityMention | None:
    # "the gunman, Jon Marek": the name in apposition to the description, or the other way.
    if root.dep_ == "conj" and root.head.dep_ == "appos" and root.head.head.i in owner:
        return owner[root.head.head.i]  # "Brecht, a party fundraiser and administration official"
    if root.dep_ == "appos" and root.head.i in owner and not object_of_dangling_preposition(root.head):
        return owner[root.head.i]
    for child in root.children:
        if child.dep_ == "appos" and child.i in owner:
            return owner[child.i]
    # "Marek is the accused gunman", "Dalbury became the scoring leader".
    if root.dep_ in _COMPLEMENTS and root.head.lemma_ in _COPULAS:
        verb = root.head
        subjects = [child for child in verb.children if child.dep_ in _SUBJECTS]
        if not subjects and verb.dep_ in ("xcomp", "advcl"):
            # "Dalbury scored 23 points to become …": the subject of the verb it completes.
            subjects = [child for child in verb.head.children if child.dep_ in _SUBJECTS]
        for subject in subjects:
            if subject.i in owner:
                return owner[subject.i]
    if root.dep_ == "nsubjpass" and root.head.lemma_ in _IDENTIFYING:
        for prep in (child for child in root.head.children if child.dep_ == "prep" and child.lower_ == "as"):
            for named in (child for child in prep.children if child.dep_ == "pobj" and child.i in owner):
                return owner[named.i]  # "The victim has been identified as Jon Marek"
    # "accused gunman Jon Marek": the description modifies the name that follows it.
    if end < len(doc) and end in owner and root.head.i in owner and root.head.i >= end:
        return owner[end]
    return None


def _of_each(description: Token, name: Token) -> bool:
    """ "Ida Lenk and Tomas Brell, the driver and front seat passenger,": a description that
    joins two nouns by "and", in apposition to a name joined by "and" to another, gives one
    noun to each person, the whole to neither."""
    coordinated_name = name.dep_ == "conj" or any(child.dep_ == "conj" for child in name.children)
    coordinated_description = any(token.dep_ == "cc" and token.head.pos_ in ("NOUN", "PROPN", "ADJ")
                                  for token in description.subtree)
    return coordinated_name and coordinated_description
