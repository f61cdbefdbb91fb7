"""Syntax helpers the extractors share: the mention at a token, the clause a token is in, the
subject of a clause, and the mention of a pronoun that stands for another mention.

One helper per job, so that the actor, event, figure and quote extractors find a verb's
subject and a token's mention the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Token

from kg.extract.overlaps import MentionsByOffset
from kg.knowledge.gazetteer import title_abbreviations
from kg.model import Article, EntityMention
from kg.nlp.parse import char_span

SUBJECT_DEPS = ("nsubj", "nsubjpass")
# A clause without a subject of its own shares the subject of the clause it hangs on: "X stood
# up and (X) left", "X wants (X) to go", "X was found guilty of (X) wounding…", "X left after
# (X) losing…".
SHARED_SUBJECT_DEPS = ("conj", "xcomp", "pcomp", "advcl")
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


# A possessive ending: "Nigeria's", "Paris'".
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")

def mention_at(mentions: MentionsByOffset | Iterable[EntityMention], token: Token) -> EntityMention | None:
    """The shortest mention that covers the token's first character, or None (an index of the
    mentions answers without scanning them all, for callers that ask word after word)."""
    if isinstance(mentions, MentionsByOffset):
        covering = mentions.overlapping(token.idx, token.idx + 1)
    else:
        covering = [m for m in mentions if m.span.start <= token.idx < m.span.end]
    return min(covering, key=lambda m: m.span.end - m.span.start) if covering else None


@cache
def _dotted_title_words() -> frozenset[str]:
    """The words of titles.yaml's dotted abbreviations ("sgt." → sgt, "lt. gen." → lt, gen)."""
    return frozenset(word for short in title_abbreviations() if short.endswith(".")
                     for word in short.rstrip(".").split(". "))


def dotted_title_before_name(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a title's dotted abbreviation of titles.yaml ("Sgt.", "Cpl.", the
    "Lt." of "Lt. Gen.") written before a capitalised word: "Sgt. Ann Lark". The tokenizer splits
    the full stop off, so the parse may read the abbreviation as a name (or the employer's last
    word: "Elmford PD Sgt.") and the full stop as a sentence's end; it is neither. A capitalised
    word, not an acronym ("the SEC. Ann…"), with its full stop right after it and a space."""
    if i < 0 or i + 2 >= len(doc):
        return False
    title, dot, name = doc[i], doc[i + 1], doc[i + 2]
    return dot.text == "." and not title.whitespace_ and bool(dot.whitespace_) \
        and title.text.isalpha() and title.text[:1].isupper() and not title.text.isupper() \
        and title.lower_ in _dotted_title_words() and name.text[:1].isupper()


def first_conjunct(token: Token, steps: int | None = 4) -> Token:
    """The first of the words "and" joins the token to, which stands where they all stand ("a man
    and four women were shot": "man" for "women"), climbing at most ``steps`` conjuncts (None: as
    many as there are)."""
    climbed = 0
    while token.dep_ == "conj" and (steps is None or climbed < steps):
        token = token.head
        climbed += 1
    return token


_INDEFINITE = {"a", "an", "another"}


def listed_apposition(token: Token) -> bool:
    """Whether a noun the parser hangs as an apposition is one more item of a list: in "a man, a
    woman and a boy were shot" it reads "a woman" as an apposition of "a man" ("a boy" its
    conjunct). Two common nouns each with an indefinite article, the second with a conjunct of its
    own, are three people listed, not one described twice ("a man, a father of two": no conjunct)."""
    return (token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "NOUN"
            and any(c.dep_ == "conj" for c in token.children)
            and all(any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in noun.children)
                    for noun in (token, token.head)))


def list_head(token: Token) -> Token:
    """The first item of the list a noun is in: the first conjunct, climbing over an apposition
    that is one more item of the list (``listed_apposition``)."""
    token = first_conjunct(token)
    while listed_apposition(token):
        token = first_conjunct(token.head)
    return token


def nearest_subject(verb: Token, deps: Iterable[str] = ("nsubj",)) -> Token | None:
    """The verb's subject (a child with one of ``deps``) nearest to it: a heading run into the
    sentence may add a second one."""
    subjects = [c for c in verb.children if c.dep_ in deps]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def clause_head(token: Token, itself: bool = False) -> Token | None:
    """The verb (or auxiliary) heading the clause a token is in."""
    current = token if itself else token.head
    for _ in range(12):
        if current.pos_ in ("VERB", "AUX"):
            return current
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def subject_of(clause: Token | None) -> Token | None:
    """The head of a clause's subject, taken from the clause it shares its subject with if it
    has none of its own; "who" stands for the noun its relative clause describes, an
    apposition for the noun it describes."""
    for _ in range(6):
        if clause is None:
            return None
        subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            if subject.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl":
                subject = clause.head
            while subject.dep_ == "appos" and subject.head.i != subject.i:
                subject = subject.head
            return subject
        if clause.dep_ not in SHARED_SUBJECT_DEPS or clause.head.i == clause.i:
            return None
        clause = clause_head(clause.head, itself=True)
    return None


def pronoun_mention(key: str, pronoun: Token, article: Article, kind: str, refers_to: str) -> EntityMention:
    """The mention of a pronoun that stands for the mention ``refers_to`` (of ``kind``): evidence
    of that actor that names no one on its own (nominal, with a weak vote for the kind);
    ``kg.resolve.pronouns`` puts it with the actor of the mention it refers to."""
    return EntityMention(key=key, span=char_span(pronoun.idx, pronoun.idx + len(pronoun.text), article.text),
                         name=pronoun.text, kind=kind, votes={kind: 0.1}, nominal=True, pronoun=True,
                         refers_to=refers_to)
