"""Plain data classes passed between the pipeline stages.

read → clean → parse → extract → resolve → map to RDF → validate → serialise

Every offset is a character offset into ``Article.text`` exactly as read
(decoded Unicode, before any cleaning), so that
``article.text[span.start:span.end] == span.text`` always holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """A stretch of an article's text: the evidence for a node."""

    start: int
    end: int
    text: str


# --- read / clean -----------------------------------------------------------


@dataclass(slots=True)
class Article:
    """One input document, as read, with its metadata.

    ``text`` is the decoded text exactly as read. ``masked`` has the same
    length: boilerplate, headers and repeated captions are replaced by spaces
    (newlines kept), so it can be parsed while every offset still points into
    ``text``.
    """

    source_id: str
    text: str
    masked: str = ""
    date: date | None = None
    date_span: Span | None = None  # where the date came from in the text, if it did
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    publisher_span: Span | None = None  # a credit in the text: "(Reuters)", "told DW"

    def __post_init__(self) -> None:
        if not self.masked:
            self.masked = self.text
        if len(self.masked) != len(self.text):
            raise ValueError("Article.masked must have the same length as Article.text")


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that could not be read; reported and skipped, never fatal."""

    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReadWarning:
    """Something in an input that was left out (an impossible date); the article is still built."""

    source: str
    reason: str


# --- extract (per article) ---------------------------------------------------

# Coarse mention kinds, before resolution decides the final class.
PERSON = "Person"
ORGANIZATION = "Organization"
GROUP = "Group"
COUNTRY = "Country"
PLACE = "Place"
ACTOR_KINDS = (PERSON, ORGANIZATION, GROUP, COUNTRY, PLACE)
# The third-person pronouns that stand for a person, and the gender each gives: the actor
# extractor finds them, the resolver matches them to a person of that gender.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


@dataclass(slots=True)
class EntityMention:
    """A mention of an actor or place in one article.

    ``key`` is the article-local identifier other records use to point at it
    (``"e3"``). ``name`` is the surface form used as a label candidate (title
    and determiners stripped: "President Emmanuel Macron" → name
    "Emmanuel Macron", title "President"). ``nominal`` is true for
    descriptions ("the interior ministry", "the president") and pronouns,
    which may be resolved to a named actor but never name one on their own.
    """

    key: str
    span: Span
    name: str
    kind: str  # one of ACTOR_KINDS
    votes: dict[str, float] = field(default_factory=dict)  # kind → weight, for type voting
    title: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3
    sector: str | None = None  # PLOVER/CAMEO sector code
    nominal: bool = False
    pronoun: bool = False
    refers_to: str | None = None  # key of the named mention this one corefers with
    # A pronoun's antecedent by syntax: the key of the mention that is the subject of its clause
    # (himself, his) or of the clause it depends on (he in "X said he…"), or of the sentence
    # before (a sentence-initial "He…"); kg.resolve takes it when that actor fits the pronoun.
    antecedent: str | None = None
    # The key of the mention a non-reflexive object pronoun cannot be: the subject of its own
    # clause ("Tom Hale hit him": him is not Tom Hale; binding theory's Principle B).
    disjoint: str | None = None
    # A spokesperson's employer: the key of the mention they speak for ("a BBC spokesman").
    speaks_for: str | None = None
    # The organisation a named person holds an office in, by the title the text gives them
    # ("Brindle CEO Tom Harl": the key of the mention of Brindle; kg.extract.offices).
    member_of: str | None = None
    # Who used a side's label for a group ("300 bandits", said the president): the key of the
    # mention of the speaker (kg.extract.labels).
    used_by: str | None = None
    # A named person's gender ("m" / "f") where a noun next to the name shows it ("Mrs Vole",
    # "her mother Ann Vole"; kg.extract.genders), for the pronouns that may refer to them.
    gender: str | None = None
    # A person the text describes without naming ("a 16-year-old boy", "his mother":
    # kg.extract.described_people); kg.resolve.described_people makes them an actor of the article.
    described: bool = False
    # A group the text counts but does not name ("four men", "three others": kg.extract.counted_people);
    # a claim counting it is the same node as the claim that names no group (kg.resolve.claims).
    counted: bool = False


@dataclass(slots=True)
class EventMention:
    """An event as one sentence of one article reports it."""

    key: str
    type: str  # a PLOVER category name of the contract ("Request") or "Statement"
    trigger: Span
    sentence: Span
    agents: list[str] = field(default_factory=list)  # EntityMention keys
    targets: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    date: date | None = None
    date_span: Span | None = None
    negated: bool = False
    hypothetical: bool = False
    # whether the text asserts it happened (``FACTUALITY``), and who denies it ("denied" only)
    factuality: str = "asserted"
    denied_by: list[str] = field(default_factory=list)  # EntityMention keys
    # the text sets it apart from the happening it resembles ("another shooting", "the shooting
    # happened four hours earlier"): it joins no node on its class alone
    distinct: bool = False
    # its place in a series its text numbers ("the second shooting": 2), 0 if none: two places are two happenings
    ordinal: int = 0
    # the kind of act of its class its trigger names, where the lexicon tells kinds apart
    # (``act_kinds``: an Accuse that is an investigation, a criticism or a lawsuit); "" otherwise
    sense: str = ""


# Whether a text asserts that an event happened, after NewsReader's perspective values
# (certainty, polarity, time): asserted = CERTAIN, POS, NON_FUTURE; negated = NEG;
# possible = POSSIBLE or PROBABLE (a modal, a condition, a request's content); future =
# FUTURE (planned, promised, "will"); denied = NEG attributed to a named source.
FACTUALITY = ("asserted", "negated", "possible", "future", "denied")


@dataclass(slots=True)
class ClaimMention:
    """A reported figure: "26 armed criminals had been killed"."""

    key: str
    measure: str  # Killed Injured Detained Hospitalized Missing Troops Participants Other
    value: Decimal
    approximation: str  # Exact About AtLeast MoreThan Nearly UpTo
    span: Span  # the number phrase and its measure word(s)
    number_span: Span
    affected: str | None = None  # EntityMention key
    attributed_to: str | None = None  # EntityMention key
    manner: str | None = None  # lemma: "behead", "shoot"
    event: str | None = None  # EventMention key
    date: date | None = None
    # The words that make it a part of a count or a count over a wider scope ("more" of
    # "two more", "including", "since"; kg/data/figure_parts.yaml), or the date heading its line
    # weeks before the report ("May 1990: …", another incident): it contradicts no other figure.
    part: str | None = None


@dataclass(slots=True)
class QuoteMention:
    """Words attributed to a speaker."""

    key: str
    span: Span  # the quoted words, without the quotation marks
    speaker: str | None = None  # EntityMention key
    cue: Span | None = None  # the attribution verb: "said", "added"


@dataclass(slots=True)
class TimeMention:
    """A temporal expression normalised against the article's date."""

    span: Span
    value: date | None  # None when it cannot be normalised (no article date)
    granularity: str = "day"  # day | month | year


@dataclass(slots=True)
class ArticleExtraction:
    """Everything the extractors found in one article."""

    article: Article
    entities: list[EntityMention] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    claims: list[ClaimMention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    error: str | None = None  # why extraction failed; such an article is reported and skipped
    # Names the article frames as things, no actor (kg.extract.actor_types): they vote against
    # recovering the name in other articles (kg.resolve.recovery).
    things: list[str] = field(default_factory=list)
    # Where a known name stands as part of a thing's name, no actor mention there (a maker's name
    # in a model's: "the Kestrel 797"): kg.resolve.recovery makes no mention there either.
    not_actors: list[Span] = field(default_factory=list)

    def entity(self, key: str | None) -> EntityMention | None:
        if key is None:
            return None
        for mention in self.entities:
            if mention.key == key:
                return mention
        return None


# --- resolve (across articles) -----------------------------------------------


@dataclass(frozen=True, slots=True)
class Evidence:
    """A mention in a given article."""

    source_id: str
    span: Span
    used_by: str | None = None  # a side's label: the key of the actor who used the word (kg:usedBy)


class Evidenced:
    """A node of the graph with the mentions that evidence it."""

    __slots__ = ()  # the data classes below keep their fields in slots (memory: "How the build scales")
    evidence: list[Evidence]

    @property
    def articles(self) -> list[str]:
        """The source ids of the articles that mention it, sorted."""
        return sorted({e.source_id for e in self.evidence})


@dataclass(slots=True)
class Actor(Evidenced):
    key: str  # stable slug used for the IRI
    label: str
    kind: str
    alt_labels: set[str] = field(default_factory=set)
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    in_country: str | None = None  # for places: the Actor key of their country
    speaks_for: set[str] = field(default_factory=set)  # Actor keys of whom a spokesperson speaks for
    member_of: set[str] = field(default_factory=set)  # Actor keys of the organisations a person holds an office in
    evidence: list[Evidence] = field(default_factory=list)
    described: bool = False  # a person of one article, described but not named (kg.resolve.described_people)
    counted: bool = False  # a group the text counts but does not name ("four men": kg.extract.counted_people)


@dataclass(slots=True)
class Event(Evidenced):
    key: str
    type: str
    triggers: set[str] = field(default_factory=set)
    agents: set[str] = field(default_factory=set)  # Actor keys
    targets: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    date: date | None = None
    evidence: list[Evidence] = field(default_factory=list)
    factuality: str = "asserted"  # one of FACTUALITY
    denied_by: set[str] = field(default_factory=set)  # Actor keys


@dataclass(slots=True)
class Claim(Evidenced):
    key: str
    measure: str
    value: Decimal
    approximation: str
    affected: str | None = None  # Actor key
    attributed_to: str | None = None  # Actor key
    manner: str | None = None
    event: str | None = None  # Event key
    evidence: list[Evidence] = field(default_factory=list)
    conflicts_with: set[str] = field(default_factory=set)  # Claim keys
    supersedes: set[str] = field(default_factory=set)  # Claim keys of earlier, smaller counts it updates


@dataclass(slots=True)
class Quote(Evidenced):
    key: str
    text: str
    speaker: str | None = None  # Actor key
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Story:
    """Articles that report one happening (``kg.resolve.stories``), and the event most of them report."""

    key: str
    articles: list[str]  # source ids
    main_event: str | None = None  # Event key


@dataclass(slots=True)
class EarlierKeys:
    """The keys an earlier build gave to nodes whose identity is a choice among their reports
    (``kg.resolve.identity.carry``): events by the mentions (source id, start, end) in their
    evidence, stories by their articles' source ids. Empty: nothing to keep."""

    events: dict[tuple[str, int, int], str] = field(default_factory=dict)
    stories: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class Resolved:
    """The cross-article picture that is mapped to RDF."""

    articles: list[Article]
    actors: list[Actor]
    events: list[Event]
    claims: list[Claim]
    quotes: list[Quote]
    stories: list[Story] = field(default_factory=list)
