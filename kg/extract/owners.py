"""The country that owns what a place is set in apposition to: "Nigeria's main field, Bonga"."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.syntax import POSSESSIVE, SUBJECT_DEPS
from kg.knowledge.gazetteer import Gazetteer



def state_of(token: Token, gaz: Gazetteer) -> str | None:
    """The country a word names, as a country or as its capital standing for its government."""
    word = POSSESSIVE.sub("", token.text)
    info = gaz.country(word) or gaz.capital_of(word)
    return info.code if info else None


def apposition_owner(doc: Doc, start: int, end: int, gaz: Gazetteer) -> str | None:
    """The country of the place at tokens ``start:end`` when it is set in apposition to a noun
    the country owns: "Nigeria's main field, Bonga", or "its main field, Bonga" where "its" is
    the country that is the subject of the sentence or of the one before ("Nigeria is a major
    oil producer."). What the text says beats the gazetteer's guess for a shared name."""
    head = _head_token(doc[start:end])
    if head.dep_ != "appos":
        return None
    nouns = [head.head]
    if start >= 2 and doc[start - 1].text == ",":
        nouns.insert(0, doc[start - 2])  # the parser may hang the apposition higher up
    owner = next((t for noun in nouns for t in noun.children if t.dep_ == "poss"), None)
    if owner is None:
        return None
    if owner.lower_ != "its":
        return state_of(owner, gaz)
    sentences = [owner.sent]
    before = owner.sent.start - 1
    while before >= 0 and doc[before].is_space:
        before -= 1  # a paragraph break is no sentence
    if before >= 0:
        sentences.append(doc[before].sent)
    for sent in sentences:
        subjects = [t for t in sent.root.children if t.dep_ in SUBJECT_DEPS]
        if len(subjects) == 1 and gaz.country(subjects[0].text):
            return state_of(subjects[0], gaz)
    return None


def _head_token(span: Span) -> Token:
    """The token of a span whose head lies outside it (the root of the phrase)."""
    return next((t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i), span[-1])
