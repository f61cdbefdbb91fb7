"""Groups of people the text counts but does not name: "shot four men", "three others were injured".

A plural noun of a person ("men", "teenagers", "victims": the nouns of
``kg/data/described_people.yaml`` and the role nouns of ``person_roles.yaml``,
as ``kg.extract.described_people`` reads them) with a cardinal number on it
("four men", "the two teenagers"), standing where an actor of its clause
stands (subject, object, passive subject, object of a preposition of a verb,
or joined to one of these by "and"), gets a Group mention when no other
mention covers the noun ("two gunmen" and "four people" are the group
lexicon's already). So does any plural a verb of killing or wounding harms, its object or
passive subject ("wounding 6 subjects": ``harm_verbs`` of
``described_people.yaml``). "others" counts people too when its sentence has a mention
of a person or a group before it ("one man was killed and three others were
injured"). The mention's ``name`` is the phrase without its determiner ("four
men" for "the four men"), so that "four men … the four men" make one group
(``kg.resolve.actors`` keys groups by their label);
its sector is the role's (``person_roles.yaml``: "two suspects" CRM), else none ("four men" may
be civilians or soldiers);
a later definite plural of the same noun with no number ("the men") is a
mention of the last such group of the article before it, under its name. A counted group is
keyed like other unnamed groups, by its label within its story (``kg.resolve.actors``): "four
men" in two reports of one story are one group (ECB+ dev: kept per article, they cost entity
coreference 0.3 CoNLL points against the same-head baseline).

The claims that count the group take it as their ``affected``
(``kg.extract.figures``), and the events of its clause as their target or
agent (``kg.extract.events``): the people the text counts are an actor of
the graph with the span that counts them as evidence. Like a described
person, a counted group is no evidence for or against joining two reports:
a claim is keyed without it (``kg.resolve.claims``), and an event mention's
counted groups neither join it to a node nor keep it apart (``kg.resolve.events``).

Left out: a phrase with another mention inside ("two Gary men": the city stays a place of
the clause's event, as it was), a phrase with a number that is no count ("the 1990s", an age: "two
17-year-olds" is counted, "17-year-old" is not a number on the noun), a noun
in a name, a noun inside a construct that says who someone is ("they
were two students"), and the object of a verb that states its subject's size or make-up
("the force will comprise 2,500 men": ``size_verbs`` of ``described_people.yaml``).
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.tokens import Doc, Token

from kg.extract.described_people import befalls, is_person_noun
from kg.extract.descriptions import as_description, in_construct
from kg.extract.overlaps import MentionsByOffset
from kg.extract.syntax import first_conjunct
from kg.knowledge.resources import data_yaml
from kg.model import GROUP, PERSON, Article, EntityMention
from kg.nlp.parse import char_span, positions_of

_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "agent", "appos"}
_NAME_ENTITIES = {"PERSON", "ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}
_OTHERS = "others"
# The sector a person in a role usually has ("two suspects": CRM); none for people counted by age,
# sex or kin ("2,500 men" may be soldiers), victims and others.
# Verbs whose object is the size or make-up of their subject ("will comprise around 2,500 men").
_SIZES = data_yaml("described_people.yaml")  # read once at import
_SIZE_VERBS = frozenset(_SIZES["size_verbs"])
_SIZE_OF_VERBS = frozenset(_SIZES["size_of_verbs"])  # "consist of", "made up of"
_HARM_VERBS = frozenset(_SIZES["harm_verbs"])  # "wounding 6 subjects": whom they harm are people
_PATIENTS = {"dobj", "nsubjpass"}
_ROLE_SECTORS = {role: sector for role, sector in data_yaml("person_roles.yaml")["roles"].items() if sector}


def counted_people(doc: Doc, article: Article, entities: list[EntityMention]) -> list[EntityMention]:
    """``entities`` with a Group mention (keys ``n1``, ``n2``…, after the others) for each counted
    group of people no mention covers, and for each later "the <noun>" of such a group."""
    by_offset = MentionsByOffset(entities)
    found: list[EntityMention] = []
    last_of: dict[str, EntityMention] = {}  # head lemma → the last counted group with that head
    for i in positions_of(doc, TAG, ("NNS",)):  # the Doc's index of tags, not a Token of every word
        token = doc[i]
        if not (_person_plural(token) or _harmed(token, by_offset)):
            continue
        if by_offset.overlapping(token.idx, token.idx + len(token.text)):
            continue
        if token.ent_type_ in _NAME_ENTITIES or not _in_argument(token) or in_construct(token) \
                or as_description(token) or _states_a_size(token):
            continue
        number = _count(token)
        if number is None:
            group = last_of.get(token.lemma_.lower())
            if group is not None and _definite_bare(token):
                found.append(EntityMention(key=f"n{len(found) + 1}", span=_span(next(token.lefts), token, article),
                                           name=group.name, kind=GROUP, votes={GROUP: 2.0},
                                           sector=group.sector, counted=True))
            continue
        if token.lower_ == _OTHERS and not _after_people(token, by_offset, found):
            continue
        if any(by_offset.overlapping(t.idx, t.idx + len(t.text)) for t in doc[number.i:token.i]):
            continue  # "two Gary men": the place's mention says where they are from; the phrase stays its own
        name = _name(doc[number.i:token.i + 1])
        first = _determiner(token)
        mention = EntityMention(key=f"n{len(found) + 1}",
                                span=_span(doc[first.i if first is not None and first.i < number.i else number.i],
                                           token, article),
                                name=name, kind=GROUP, votes={GROUP: 2.0},
                                sector=_ROLE_SECTORS.get(token.lemma_.lower()), counted=True)
        found.append(mention)
        last_of[token.lemma_.lower()] = mention
    return entities + found


def _states_a_size(noun: Token) -> bool:
    """Whether the noun is what a verb of size or make-up says its subject is: the object of
    "comprise", "number", "total" ("the force will comprise 2,500 men"), or of the "of" of "consist
    of" / "made up of" ("a unit made up of forty officers")."""
    noun = first_conjunct(noun)
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head.head if head.head.dep_ == "prt" else head.head
        verbs = _SIZE_OF_VERBS
    elif noun.dep_ == "pobj":  # "comprise around 2,500 men": the number's "around" parsed as a preposition
        head, verbs = head.head, _SIZE_VERBS
    elif noun.dep_ in ("dobj", "attr"):
        verbs = _SIZE_VERBS
    else:
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs


def _name(words) -> str:
    """The phrase as written, its common words in lower case ("Two teenagers" → "two teenagers";
    "two Gary men" keeps its name)."""
    return "".join((t.text if t.pos_ == "PROPN" else t.lower_) + t.whitespace_ for t in words).strip()


def _span(first: Token, last: Token, article: Article):
    return char_span(first.idx, last.idx + len(last.text), article.text)


def _person_plural(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return token.lower_ == _OTHERS or (lemma != token.lower_ or lemma.endswith("people")) and is_person_noun(lemma)


def _harmed(token: Token, by_offset: MentionsByOffset) -> bool:
    """Whether the plural is whom a verb of killing or wounding harms, its object or passive
    subject ("after wounding 6 subjects"): its noun may be no person noun, but it counts people.
    Not when its "of" names the group they belong to ("18 members of the police had been killed"):
    that group is whom the figure counts."""
    whole = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if whole is not None and any(by_offset.overlapping(t.idx, t.idx + len(t.text)) for t in whole.subtree):
        return False
    token = first_conjunct(token)
    return token.dep_ in _PATIENTS and token.head.lemma_.lower() in _HARM_VERBS


def _count(noun: Token) -> Token | None:
    """The cardinal number on the noun ("four men", "the 3 victims"), not a year or an ordinal."""
    for child in noun.children:
        if child.dep_ == "nummod" and child.i < noun.i and child.like_num and child.ent_type_ not in (
                "DATE", "ORDINAL", "MONEY", "PERCENT", "TIME"):
            return child
    return None


def _determiner(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "det" and c.i < noun.i), None)


def _definite_bare(noun: Token) -> bool:
    """ "the men": "the" and nothing else before the noun."""
    lefts = list(noun.lefts)
    return len(lefts) == 1 and lefts[0].lower_ == "the"


def _after_people(token: Token, by_offset: MentionsByOffset, found: list[EntityMention]) -> bool:
    """Whether "others" follows, in its sentence, a mention of a person or group: the people it
    counts are of that kind ("one man was killed and three others were injured")."""
    sentence = token.sent
    earlier = [m for m in by_offset.overlapping(sentence.start_char, token.idx) if m.kind in (PERSON, GROUP)
               and not m.pronoun]
    return bool(earlier) or any(sentence.start_char <= m.span.start < token.idx for m in found)


def _in_argument(token: Token) -> bool:
    """Whether the noun stands where an actor of its clause stands ("a man and four women were
    shot": "women" is joined to the subject)."""
    token = first_conjunct(token)
    if token.dep_ == "pobj":
        preposition = token.head
        return preposition.head.pos_ in ("VERB", "AUX") or preposition.lower_ == "including" or befalls(preposition)
    return token.dep_ in _ARGUMENTS and token.head.pos_ in ("VERB", "AUX", "NOUN", "PROPN")
