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
- "we", "us" and "our" in such a complement clause are the organisation too, speaking of itself
  in its statement ('"We are cooperating with police," Kestrel said'; the report's writer would
  have said "it").

The subject must be a mention of an organisation or a country, not a person, a group or a
place.

"The company" (``company_nominals``): a definite singular noun of a kind of organisation (the
organisation nouns of ``kg/data/name_kinds.yaml``'s ``company_nouns``: "the company", "the
airline", "the firm") standing where an actor stands is the organisation the discourse is on:
the last one the text described with that noun ("NPD Group, a market research firm. The firm
said"), else, of the organisations named in its sentence or the two before, the one named most
so far, then the last named as a subject, then the last named; a government or armed body or a
news outlet is no company. "The group", "the association" (``collective_nouns``) are so too of an
organisation of any kind but a state body, a force or an outlet, unless the text counts a group of
people with the noun ("a group of teenagers … the group"). None named there: no mention. Each pronoun gets a mention of that kind that ``refers_to`` the subject's mention;
``kg.resolve.pronouns`` puts it with that actor. Events and quotes see it like any mention.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.actor_types import name_kinds
from kg.model import COUNTRY, ORGANIZATION, Article, EntityMention
from kg.nlp.parse import char_span, positions_of
from kg.extract.overlaps import MentionsByOffset
from kg.extract.syntax import clause_head, mention_at, nearest_subject, pronoun_mention

SUBJECT_PRONOUN = "it"
POSSESSIVE = "its"
# The organisation's own words in its statement: '"We are cooperating," Kestrel said'.
FIRST_PLURAL = frozenset({"we", "us", "our"})
_PRONOUNS = frozenset({SUBJECT_PRONOUN, POSSESSIVE, *FIRST_PLURAL})
_KINDS = (ORGANIZATION, COUNTRY)
# How the pronoun's clause may hang from the clause whose subject it stands for.
_COMPLEMENT = ("ccomp", "xcomp")
_CLIMB = 3  # clauses up: "said it expected to be able to …" is far enough


def org_pronoun_mentions(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """New pronoun mentions (keys ``o1``, ``o2``…) of the "it" and "its" that stand for an
    organisation or a country, in text order."""
    taken = {(m.span.start, m.span.end) for m in entities}
    names = MentionsByOffset([m for m in entities if not m.pronoun])  # looked up word after word
    found: list[EntityMention] = []
    for i in positions_of(doc, LOWER, _PRONOUNS):  # the Doc's index of words, not a Token of every word
        token = doc[i]
        word = token.lower_
        if token.pos_ not in ("PRON", "DET"):
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


# Where a description of an organisation stands for one: an argument of its clause.
_ARGUMENTS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative")
# The sectors of bodies no "company" names: government, military, police, rebels.
_NOT_COMPANIES = ("GOV", "MIL", "COP", "REB", "JUD", "LEG", "SPY", "UAF", "MED")  # MED: the outlets that report
# The sectors of bodies no "group" names: state bodies, the armed forces, the police, the outlets that report.
_NOT_GROUPS = ("GOV", "MIL", "COP", "JUD", "LEG", "SPY", "MED")


def company_nominals(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """New mentions (keys ``c1``, ``c2``…) of "the company", "the airline" standing for the
    organisation the discourse is on (see the module), in text order."""
    nouns, collective = name_kinds().company_nouns, name_kinds().collective_nouns
    taken = [(m.span.start, m.span.end) for m in entities]
    organisations = [m for m in entities if m.kind == ORGANIZATION and not (m.pronoun or m.nominal or m.described)]
    companies = [m for m in organisations if (m.sector or "") not in _NOT_COMPANIES]
    groups = [m for m in organisations if (m.sector or "") not in _NOT_GROUPS]
    found: list[EntityMention] = []
    for i in positions_of(doc, LOWER, nouns | collective):
        token = doc[i]
        if token.tag_ != "NN" or token.dep_ not in _ARGUMENTS:
            continue
        if token.lower_ in collective and _group_of_people(doc, token):
            continue  # "a group of teenagers … the group": people, not an organisation
        dets = [c for c in token.children if c.dep_ == "det"]
        if len(dets) != 1 or dets[0].lower_ != "the" or any(
                c.dep_ not in ("det", "amod", "prep", "punct") for c in token.children if c.i < token.i):
            continue  # "the company" (not "a company", "the Kestrel company", "the company Kestrel")
        if any(c.dep_ in ("appos", "acl", "relcl") for c in token.children):
            continue  # "the company, Kestrel,": a description of a name, not a mention of its own
        start, end = dets[0].idx, token.idx + len(token.text)
        if any(s < end and start < e for s, e in taken):
            continue
        referent = _discourse_organisation(doc, token, groups if token.lower_ in collective else companies)
        if referent is None:
            continue
        mention = pronoun_mention(f"c{len(found) + 1}", token, article, ORGANIZATION, referent.key)
        found.append(mention)
    return found


def _group_of_people(doc: Doc, token: Token) -> bool:
    """Whether "the group" is of people the text counts, not an organisation: it has its own "of"
    ("the group of students"), or its sentence or the two before write the noun with "of" ("a
    group of teenagers … The group fled")."""
    sentences = [s for s in doc.sents if s.start <= token.i][-3:]
    start = sentences[0].start if sentences else 0
    return any(t.lower_ == token.lower_ and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
               for t in doc[start:token.i + 1])


def _discourse_organisation(doc: Doc, token: Token, named: list[EntityMention]) -> EntityMention | None:
    """The organisation "the company" stands for: the last one before it that the text described
    with that noun ("NPD Group, a market research firm. The firm said"); else, of those named in
    its sentence or the two before, the one the article has named most so far (the story's
    company), then the last named as a subject, then the last named."""
    earlier = [m for m in named if m.span.end <= token.idx]
    described = []
    for m in earlier:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is not None and any(c.dep_ == "appos" and c.lower_ == token.lower_ for c in span.root.children):
            described.append(m)
    if described:
        return max(described, key=lambda m: m.span.start)
    sentences = [s for s in doc.sents if s.start <= token.i][-3:]
    window = sentences[0].start_char if sentences else 0
    before = [m for m in earlier if window <= m.span.start]
    if not before:
        return None
    counts = {}
    for m in earlier:
        counts[m.name] = counts.get(m.name, 0) + 1
    subjects = set()
    for m in before:
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            subjects.add(m.key)
    return max(before, key=lambda m: (counts[m.name], m.key in subjects, m.span.start))


def organisation_descriptions(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """New mentions (keys ``n1``, ``n2``…) of the descriptions written beside an organisation's name,
    headed by a noun of a kind of organisation (``company_nouns`` and the organisation
    ``apposition`` nouns of kg/data/name_kinds.yaml): before it ("Irish low-cost airline
    Norvair", "European aircraft manufacturer Kestrel") or in apposition to it ("Kestrel,
    Europe's biggest aircraft maker,"). Each is evidence of that organisation, nothing more."""
    kinds = name_kinds()
    nouns = kinds.company_nouns | kinds.frames[ORGANIZATION].apposition
    taken = [(m.span.start, m.span.end) for m in entities]
    found: list[EntityMention] = []
    for m in entities:
        if m.kind != ORGANIZATION or m.pronoun or m.nominal or m.described:
            continue
        span = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if span is None:
            continue
        heads = [c for c in span.root.children if c.dep_ == "appos" and c.i >= span.end and c.tag_ == "NN"]
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.tag_ == "NN" and before.dep_ == "compound" and before.head.i in range(span.start, span.end):
            heads.append(before)
        for head in heads:
            if head.lower_ not in nouns:
                continue
            start = min(t.i for t in head.subtree if t.i <= head.i)
            while start < head.i and doc[start].lower_ in ("the", "a", "an"):
                start += 1
            if start == head.i and head.i < span.start:
                continue  # "airline Norvair": a bare noun before a name is no description of its own
            begin, end = doc[start].idx, head.idx + len(head.text)
            if any(a < end and head.idx < b for a, b in taken):
                continue  # its noun is another mention's ("Europe" inside it is a mention of its own)
            taken.append((begin, end))
            found.append(EntityMention(key=f"n{len(found) + 1}", span=char_span(begin, end, article.text),
                                       name=doc[start:head.i + 1].text, kind=ORGANIZATION,
                                       votes={ORGANIZATION: 0.1}, nominal=True, pronoun=True, refers_to=m.key))
    return found
