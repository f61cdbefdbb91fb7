""""It" and "its" that stand for the organisation or country whose words or deeds they are in.

"Kestrel said it would buy Norvela": "it" is Kestrel. "Kestrel raised its forecast": "its" is
Kestrel. Business and foreign news tell what companies and states do through such pronouns,
and an event whose agent is "it" had no agent.

Syntax decides, never nearness alone, since "it" stands for things as often as for
companies ("Kestrel sold the plant after it lost money" is the plant):

- "its" is the organisation that is the subject of its own clause ("Kestrel raised its
  forecast") or of the verb whose complement clause holds it ("Kestrel said its profits rose");
- "it" is the organisation that is the subject of the verb whose complement clause "it" is the
  subject or object of ("Kestrel said it would buy", "Kestrel expects the deal to make it the
  largest"): a reporting, thinking or planning verb's ``ccomp`` (and an ``xcomp`` inside it).
  An adverbial clause ("after it lost money") ties nothing.

The subject must be a mention of an organisation or a country, not a person, a group or a
place. Each pronoun gets a mention of that kind that ``refers_to`` the subject's mention;
``kg.resolve.pronouns`` puts it with that actor. Events and quotes see it like any mention.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import COUNTRY, ORGANIZATION, Article, EntityMention
from kg.nlp.parse import char_span

SUBJECT_PRONOUN = "it"
POSSESSIVE = "its"
_KINDS = (ORGANIZATION, COUNTRY)
# How the pronoun's clause may hang from the clause whose subject it stands for.
_COMPLEMENT = ("ccomp", "xcomp")
_CLIMB = 3  # clauses up: "said it expected to be able to …" is far enough


def org_pronoun_mentions(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """New pronoun mentions (keys ``o1``, ``o2``…) of the "it" and "its" that stand for an
    organisation or a country, in text order."""
    taken = {(m.span.start, m.span.end) for m in entities}
    found: list[EntityMention] = []
    for token in doc:
        word = token.lower_
        if word not in (SUBJECT_PRONOUN, POSSESSIVE) or token.pos_ not in ("PRON", "DET"):
            continue
        span = (token.idx, token.idx + len(token.text))
        if span in taken:
            continue
        subject = _standing_for(token)
        named = _mention_of(subject, entities) if subject is not None else None
        if named is None or named.kind not in _KINDS:
            continue
        found.append(EntityMention(key=f"o{len(found) + 1}", span=char_span(*span, article.text), name=token.text,
                                   kind=named.kind, votes={named.kind: 0.1}, nominal=True, pronoun=True,
                                   refers_to=named.key))
    return found


def _standing_for(pronoun: Token) -> Token | None:
    """The subject the pronoun stands for by the rules of the module docstring, or None."""
    clause = _clause_of(pronoun)
    if clause is None:
        return None
    if pronoun.lower_ == POSSESSIVE:
        own = _subject(clause)
        if own is not None and own != pronoun and not _inside(pronoun, own):
            return own
    for _ in range(_CLIMB):
        if clause.dep_ not in _COMPLEMENT or clause.head == clause:
            return None
        clause = clause.head
        subject = _subject(clause)
        if subject is not None:
            return None if _inside(pronoun, subject) else subject
    return None


def _clause_of(token: Token) -> Token | None:
    """The verb of the clause a word belongs to (through its noun phrase and prepositions)."""
    head = token.head
    for _ in range(6):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head == head:
            return None
        head = head.head
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _inside(token: Token, phrase_head: Token) -> bool:
    return phrase_head.left_edge.i <= token.i <= phrase_head.right_edge.i


def _mention_of(head: Token, entities: list[EntityMention]) -> EntityMention | None:
    """The (non-pronoun) mention whose span holds the subject's head word."""
    for m in entities:
        if not m.pronoun and m.span.start <= head.idx and head.idx + len(head.text) <= m.span.end:
            return m
    return None
