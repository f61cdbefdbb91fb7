"""People the text describes but does not name: "a 16-year-old boy", "his mother", "a neighbor".

A noun phrase headed by a person noun (``kg/data/described_people.yaml`` and
the role nouns of ``kg/data/person_roles.yaml``) in the singular, with a
determiner or a possessor ("a", "an", "another", "the", "one", "his",
"the victim's"), standing where an actor of its clause stands (subject,
object, passive subject, object of a preposition such as the "by" of a
passive, possessor, or joined to one of these by "and"), gets a Person
mention with ``described`` set. Its ``name`` is the phrase as written
("a 16-year-old boy", "the owner of the store": an "of" and its object belong to
it, nothing after them); events, figures and quotes point at it like at any
other mention, and ``kg.resolve.described_people`` makes it an actor of its
article.

Left out: a phrase whose head another mention already covers ("the gunman"
is the actor extractor's role mention), a title before a name ("Officer
Jane Doe"), a description in apposition to a name or completing "be"
("the victim, Jane Doe,", "Doe was a student": ``in_construct``; "described her as a dear
friend", "worked as a nurse": ``as_description``), and
plural nouns ("three men"). An age standing for the person ("a 19-year-old
was shot", "killed a 15-year-old") is such a phrase too; a reflexive pronoun
whose clause's subject is one ("a 4-year-old shot himself") has it as its
``antecedent``; a number in
apposition is an age, not a construct ("the boy, 5, was shot"). A description "identified as" or "named as" a
named person ("A man shot Sunday was identified as Tom Hale") ``refers_to``
that person's mention, and is that person; so is one whose sentence the next opens with a
pronoun of its sex identified as that person ("A man was shot Sunday. He was identified as Tom
Hale").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.attrs import LOWER
from spacy.tokens import Doc, Token

from kg.extract.descriptions import as_description, in_construct
from kg.extract.overlaps import MentionsByOffset
from kg.extract.syntax import first_conjunct, list_head, listed_apposition
from kg.knowledge.resources import data_yaml
from kg.knowledge.gazetteer import Gazetteer
from kg.model import COUNTRY, GROUP, PERSON, PRONOUN_GENDER, Article, EntityMention
from kg.nlp.parse import char_span, positions_of

_LEXICON = data_yaml("described_people.yaml")
_NOUNS = (frozenset(_LEXICON["people"]) | frozenset(
    role for role in data_yaml("person_roles.yaml")["roles"] if " " not in role)) - frozenset(_LEXICON["things_too"])
# The only words a described person can stand as: its nouns, and "old" of an age (_nominal_age).
_CANDIDATES = _NOUNS | {"old"}
_INDEFINITE = {"a", "an", "another", "one"}
_DETERMINERS = _INDEFINITE | {"the"}
_NOT_POSSESSED = frozenset(_LEXICON["not_possessed"])
_IDENTIFYING = {"identify", "name"}
_AGE_UNITS = {"year", "month", "week", "day"}
_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "dative", "agent"}
# A noun of the list that is a title before a name ("Officer Jane Doe") is the name's.
_NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP"}


_BY_AGE_SEX_OR_KIN = frozenset(_LEXICON["by_age_sex_or_kin"])
_BEFALLING = frozenset(_LEXICON["befalling_nouns"])


def is_kin_noun(word: str) -> bool:
    """Whether a noun describes a person by age, sex or kinship alone ("man", "mother"), saying
    nothing of whom the person acts for (``by_age_sex_or_kin``)."""
    return word.lower() in _BY_AGE_SEX_OR_KIN


def is_person_noun(word: str) -> bool:
    """Whether a singular noun describes one person ("aide", "voter", "mother")."""
    return word.lower() in _NOUNS


def described_people(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """``entities`` with the people ``doc`` describes without naming: new Person mentions (keys
    ``d1``, ``d2``…, ``described`` set), in text order, after the others; a group mention of
    one member ("a gunman", "a soldier") becomes such a person, keeping its key."""
    by_offset = MentionsByOffset(entities)
    found: list[EntityMention] = []
    members: dict[str, EntityMention] = {}  # key of a group mention of one member → its person
    for i in positions_of(doc, LOWER, _CANDIDATES):  # the Doc's index of words, not a Token of every word
        token = doc[i]
        if not (token.tag_ == "NN" and token.lower_ in _NOUNS or _nominal_age(token)) or not _in_argument(token):
            continue
        covering = by_offset.overlapping(token.idx, token.idx + len(token.text))
        if covering:
            member = _one_member(token, covering, article)
            if member is not None:
                members[member.key] = member
            continue
        if token.ent_type_ in _NAME_ENTITIES or in_construct(token) and not _listed(token) or as_description(token):
            continue
        nxt = token.nbor(1) if token.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN"):
            continue  # "Officer Jane Doe", "neighbor Tom": a title before a name
        if any(child.dep_ in ("appos", "compound") and child.pos_ == "PROPN" for child in token.children):
            continue
        if nxt is not None and nxt.lower_ == "of" and _of_things(token, nxt):
            continue  # "a source of income", "a number of players": no one
        first = _first_word(token)
        if first is None or _denied(token):
            continue
        # The mention's span starts after a possessor another mention has ("his mother": "his"
        # is a pronoun mention): one stretch of text is one mention.
        start = first
        while start < token.i and by_offset.overlapping(doc[start].idx, doc[start].idx + len(doc[start].text)):
            start += 1
        while start < token.i and (doc[start].pos_ == "PUNCT" or doc[start].tag_ == "POS"):
            start += 1
        name = doc[first:_last_word(token) + 1].text
        named = _identified_as(token, by_offset) or _identified_next(token, by_offset)
        found.append(EntityMention(key=f"d{len(found) + 1}",
                                   span=char_span(doc[start].idx, token.idx + len(token.text), article.text),
                                   name=name, kind=PERSON, votes={PERSON: 0.5}, nominal=True, described=True,
                                   refers_to=named.key if named is not None else None,
                                   country=_described_country(doc, first, token.i, by_offset)))
    bound = _reflexives(doc, entities, [*members.values(), *found])
    return [bound.get(m.key) or members.get(m.key, m) for m in entities] + found


_NEGATIVE_SUBJECTS = frozenset(_LEXICON["negative_subjects"])


def _denied(noun: Token) -> bool:
    """An indefinite object of a denied clause: "Neither had an attorney listed", "police did not
    find a suspect", "no one saw a gunman" (``negative_subjects``): no one the text introduces."""
    if noun.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return False
    verb = noun.head
    return any(child.dep_ == "neg" or child.dep_ in ("nsubj", "nsubjpass") and (
        child.lower_ in _NEGATIVE_SUBJECTS or any(d.dep_ == "det" and d.lower_ == "no" for d in child.children))
        for child in verb.children)


_REFLEXIVES = {"himself", "herself"}


def _described_country(doc: Doc, first: int, noun: int, by_offset: MentionsByOffset) -> str | None:
    """The country a description states in its own words before its noun: "a United States
    federal judge" (a country's mention), "a Kenyan official" (a demonym); None if it states none
    or two."""
    countries = set()
    for token in doc[first:noun]:
        for mention in by_offset.overlapping(token.idx, token.idx + len(token.text)):
            if mention.kind == COUNTRY and mention.country:
                countries.add(mention.country)
        if token.ent_type_ == "NORP":
            info = Gazetteer.load().demonym(token.text)
            if info is not None:
                countries.add(info.code)
    return countries.pop() if len(countries) == 1 else None


def _reflexives(doc: Doc, entities: list[EntityMention], described: list[EntityMention]) -> dict[str, EntityMention]:
    """ "A 4-year-old accidentally shot himself": a reflexive pronoun is the subject of its own
    clause; when that subject is a described person, the pronoun's ``antecedent`` is set to that
    mention (the resolver, which has not seen described people, would take the person named last).
    A non-reflexive object ("a teenage boy shot him") is not that subject: its ``disjoint`` is set
    to the described person's mention instead."""
    ends = {m.span.end: m for m in described}
    bound: dict[str, EntityMention] = {}
    for m in entities:
        reflexive = m.name.lower() in _REFLEXIVES
        if not m.pronoun or m.name.lower() not in PRONOUN_GENDER:
            continue
        words = doc.char_span(m.span.start, m.span.end, alignment_mode="expand")
        if words is None or len(words) != 1 or not (reflexive or words[0].dep_ in ("dobj", "dative")):
            continue
        verb = words[0].head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        person = ends.get(subject.idx + len(subject.text)) if subject is not None else None
        if person is not None:
            bound[m.key] = replace(m, antecedent=person.key) if reflexive else replace(m, disjoint=person.key)
    return bound


def _identified_as(noun: Token, by_offset: MentionsByOffset) -> EntityMention | None:
    """The named person a description is identified as ("A man shot Sunday has been identified
    as Tom Hale", "… was named as Tom Hale", "police identified the girl as Ann Hale", "a woman,
    identified as Ann Hale, was shot", "a man named Ann Hale"): the resolver puts the description
    with them."""
    # A participle describing the noun: "a woman, identified as Ann Hale, …".
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _IDENTIFYING]
    if noun.dep_ == "dobj" and noun.head.lemma_ in _IDENTIFYING:
        verbs.append(noun.head)  # the object of the active verb: "identified the girl as …"
    elif noun.dep_ in ("nsubj", "nsubjpass"):
        # The verb itself, or a passive verb joined to it that shares its subject ("A man shot …
        # and has been identified as …").
        verbs += [verb for verb in [noun.head, *(c for c in noun.head.children if c.dep_ == "conj")]
                  if verb.lemma_ in _IDENTIFYING and (verb is noun.head and noun.dep_ == "nsubjpass"
                                                      or any(c.dep_ == "auxpass" for c in verb.children))]
    names = [name for verb in verbs for child in verb.children if child.dep_ == "prep" and child.lower_ == "as"
             for name in child.children if name.dep_ == "pobj"]
    # "a man named Brian Hale": the name as the verb's complement, without "as"
    names += [c for verb in verbs for c in verb.children if c.dep_ == "oprd"]
    for name in names:
        for mention in by_offset.overlapping(name.idx, name.idx + len(name.text)):
            if mention.kind == PERSON and not (mention.nominal or mention.pronoun):
                return mention
    return None


_PRONOUN_SEX = {"he": "m", "she": "f"}
_SEX = {**{noun: "m" for noun in _LEXICON["male"]}, **{noun: "f" for noun in _LEXICON["female"]}}


def _identified_next(noun: Token, by_offset: MentionsByOffset) -> EntityMention | None:
    """The named person a description is identified as in the next sentence, through a pronoun that
    opens it as its subject ("A man was shot … He was identified as Tom Hale"): the description is
    the subject of its own sentence's verb, the pronoun of its sex ("he" for "a man"; no sex known,
    no tie) the first word of the next sentence, and that sentence's verb "identified"/"named as"."""
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.dep_ != "ROOT":
        return None
    sex = _SEX.get(noun.lower_)
    sentence = noun.sent
    if sex is None or sentence.end >= len(noun.doc):
        return None
    pronoun = noun.doc[sentence.end]
    if _PRONOUN_SEX.get(pronoun.lower_) != sex or pronoun.dep_ != "nsubjpass":
        return None
    return _identified_as(pronoun, by_offset)


def _one_member(token: Token, covering: list[EntityMention], article: Article) -> EntityMention | None:
    """ "a gunman", "a soldier": the actor extractor's group mention of one member, indefinite
    and not tied to a name, as a described person (same key and span)."""
    if len(covering) != 1 or covering[0].kind != GROUP or covering[0].span.end != token.idx + len(token.text):
        return None
    if token.ent_type_ in _NAME_ENTITIES or in_construct(token) or as_description(token):
        return None
    first = _first_word(token)
    if first is None or token.doc[first].lower_ not in _INDEFINITE:
        return None
    group = covering[0]
    start = min(group.span.start, token.doc[first].idx)
    return replace(group, span=char_span(start, group.span.end, article.text),
                   name=token.doc[first:token.i + 1].text, kind=PERSON, votes={PERSON: 0.5},
                   nominal=True, described=True)


def _nominal_age(token: Token) -> bool:
    """An age standing for the person ("a 19-year-old was shot", "killed a 15-year-old"): "old" with
    its measure of years (months, weeks, days) and no noun after it."""
    return token.lower_ == "old" and token.dep_ != "amod" and any(
        child.dep_ == "npadvmod" and child.lemma_.lower() in _AGE_UNITS for child in token.children)


def _in_argument(token: Token) -> bool:
    """Whether the noun stands where an actor of its clause stands ("a man and a woman were
    shot": "woman" is joined to the subject; so is "a woman" of "a man, a woman and a boy")."""
    token = list_head(token)
    if token.dep_ == "pobj":
        # The object of a preposition of a verb ("shot by a man", "according to a friend") or of
        # a person ("the mother of the boy"), not of a thing ("abuse of a child", "the names of").
        preposition = token.head
        return preposition.head.pos_ in ("VERB", "AUX") or preposition.head.lower_ in _NOUNS or \
            preposition.head.lower_ == "according" or befalls(preposition)
    return token.dep_ in _ARGUMENTS and token.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN")


def befalls(preposition: Token) -> bool:
    """Whether the preposition is the "of" of a noun of what befalls a person ("the killing of",
    "the arrests of"): its object is that person, the patient of the happening."""
    return preposition.lower_ == "of" and preposition.head.pos_ == "NOUN" \
        and preposition.head.lemma_.lower() in _BEFALLING


def _listed(noun: Token) -> bool:
    """Whether the noun is an item of a list the parser read as an apposition ("a man, a woman and
    a boy"), not a description of someone named beside it."""
    first = first_conjunct(noun, 5)
    return listed_apposition(first) or any(listed_apposition(c) for c in first.children)


def _of_things(noun: Token, preposition: Token) -> bool:
    """Whether "of" after the noun makes it a quantity or a thing: its object is no person and is
    plural ("a host of features") or the noun is "source" ("a source of income"); "the owner of
    the store" and "the mother of the boy" stay people."""
    objects = [child for child in preposition.children if child.dep_ == "pobj"]
    if not objects:
        return False
    thing = objects[0]
    if thing.lower_ in _NOUNS or thing.pos_ == "PRON" or thing.ent_type_ == "PERSON":
        return False
    return thing.tag_ in ("NNS", "NNPS") or noun.lower_ == "source"


def _last_word(noun: Token) -> int:
    """The index of the description's last word: the noun, or the object of an "of" right after
    it ("the owner of the store", "the mother of the boy"; not what follows that object)."""
    nxt = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    if nxt is None or nxt.lower_ != "of" or nxt.head.i != noun.i:
        return noun.i
    objects = [child for child in nxt.children if child.dep_ == "pobj"]
    return objects[0].i if objects else noun.i


def _first_word(noun: Token) -> int | None:
    """The index of the phrase's first word, if it has a determiner or a possessor; its
    modifiers before the noun ("a 16-year-old boy", "the victim's mother", "a family friend")."""
    lefts = [child for child in noun.lefts]
    anchors = [child for child in lefts if child.dep_ == "poss"
               or (child.dep_ in ("det", "nummod") and child.lower_ in _DETERMINERS)]
    if anchors and anchors[0].dep_ == "poss" and noun.lower_ in _NOT_POSSESSED:
        return None  # "found on his person"
    if not anchors and noun.dep_ == "conj" and _first_word(list_head(noun)) is not None:
        # "a man, woman and boy": a noun joined to a described person shares its article
        return min((t.i for child in lefts if child.dep_ not in ("cc", "punct") for t in child.subtree), default=noun.i)
    if not anchors or anchors[0].lower_ == "whose":
        return None  # "Jo Dee, whose brother …": the relative clause's person is the name's kin, said elsewhere
    # What stands before the determiner is not the description's ("DETROIT - A 17-year-old boy").
    anchor = anchors[0]
    start = min(t.i for t in anchor.subtree) if anchor.dep_ == "poss" else anchor.i
    first = min(t.i for child in lefts if child.i >= anchor.i for t in child.subtree if t.i >= start)
    if any(t.pos_ in ("VERB", "PUNCT") and t.tag_ not in ("HYPH", "POS") for t in noun.doc[first:noun.i]):
        return None  # a clause or a list before the noun is not one description
    return first
