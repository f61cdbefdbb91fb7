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
from kg.extract.syntax import clause_head, mention_at, nearest_subject, pronoun_mention

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
    names = [m for m in entities if not m.pronoun]
    found: list[EntityMention] = []
    for token in doc:
        word = token.lower_
        if word not in (SUBJECT_PRONOUN, POSSESSIVE) or token.pos_ not in ("PRON", "DET"):
            continue
        span = (token.idx, token.idx + len(token.text))
        if span in taken:
            continue
        subject = _standing_for(token)
        named = mention_at(names, subject) if subject is not None else None
        if named is None or named.kind not in _KINDS:
            continue
        found.append(pronoun_mention(f"o{len(found) + 1}", token, article, named.kind, named.key))
    return found


def _standing_for(pronoun: Token) -> Token | None:
    """The subject the pronoun stands for by the rules of the module docstring, or None."""
    clause = clause_head(pronoun)
    if clause is None:
        return None
    if pronoun.lower_ == POSSESSIVE:
        own = nearest_subject(clause)
        if own is not None and own != pronoun and not _inside(pronoun, own):
            return own
    for _ in range(_CLIMB):
        if clause.dep_ not in _COMPLEMENT or clause.head == clause:
            return None
        clause = clause.head
        subject = nearest_subject(clause)
        if subject is not None:
            return None if _inside(pronoun, subject) else subject
    return None


def _inside(token: Token, phrase_head: Token) -> bool:
    return phrase_head.left_edge.i <= token.i <= phrase_head.right_edge.i
