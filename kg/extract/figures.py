"""Reported figures: "26 armed criminals had been killed" → a ClaimMention.

A number becomes a claim when a word of the lexicon (kg/data/figures.yaml)
says what it counts:

- a verb whose patient it is: "26 … had been killed", "police detained 3,000",
  "18 wounded", "nearly 400 admitted to hospital", "one who had been beheaded";
  a Participants verb whose subject it is: "20,000 bandits who had attacked";
- a counted noun: "3,000 arrests", "2,500 troops", "26 dead";
- a collective whose size it is: "forces would number 2,500", "the force will
  comprise around 2,500 men", "a crowd of 20,000".

Its hedge comes from the words before or after it ("more than", "nearly",
"or more"); the affected group is the EntityMention on the counted noun (the
plural a compound ends in, "nine motorcycle gang members"; the group of an
apposition that restates it, "nine people, all members of rival gangs"), or
for an elliptic figure ("… killed and 18 wounded", "including two …") that of
the figure it continues; who says so is the subject of the reporting verb
that governs the clause ("the interior ministry said", "officials saying",
"according to X", "X cited Y as saying" → Y).

Not claims: years, dates, ages, durations, money, percentages, ordinals,
"one of the …", populations ("a nation of 19 million"), numbers inside names,
phone numbers, and vague plurals ("dozens", "hundreds": no number is stated,
so none is invented). A range ("10-15", "between 10 and 15") gives two
claims on the same span: AtLeast the low end and UpTo the high end. A
manner verb alone states no measure and gives no claim unless a result word
("shot dead") or the figure it belongs to ("18 killed, including two shot")
supplies one, or, for "shoot", the article names no death: "two people were
shot" is then Injured 2 (``otherwise`` in the lexicon), while in "three were
shot, one fatally" or "a man was shot … the man died" the shot may be the dead.
A death put down to illness or age ("died of cancer", kg/data/figures.yaml
``natural_deaths``) is no Killed figure, nor is any "died"/"dead"/"death" of an
article that names such a cause anywhere or says someone "passed away" and tells
of no violence (no word of killing or wounding, no manner of harm, no assault,
crash or fire: ``_natural_story``); "gunned down" is (``phrasal_results``);
those shot who go on to die ("shot and wounded … and died") are Killed, and so
is one a rescue failed ("doctors were unable to save him", "he did not survive",
``denied_rescues``; "succumbed"), which makes the article's "shot" no wound.
A number after "at" is a count only after a verb of size ("the toll stood at
26"), not "dies at 56" (an age).
A figure is about the event whose people it counts (``about_event``): the
event of its clause, or the one of its sentence, of a kind its measure fits.
People listed one by one, each stated, are counted: "a 17-year-old and an
18-year-old were shot" → 2, "found shot to death" reads the participle.
The wounded are also told by the harm they bear or what hit them: "suffered a
gunshot wound", "a man with a stab wound", "struck by a stray bullet"
(``suffered``, ``hits``; Injured, like "shot", only in an article that names no
death), and "a teenager shot himself" counts the subject as the one shot. "A
woman who was wounded … has died" is Killed; "two others were not hurt" is no
count of the hurt.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from spacy.attrs import ENT_TYPE, LEMMA, LIKE_NUM, LOWER, ORTH, TAG
from spacy.tokens import Doc, Span as SpacySpan, Token
from text_to_num import text2num

from kg.model import GROUP, Article, ClaimMention, EntityMention, EventMention, QuoteMention, TimeMention
from kg.knowledge.event_classes import event_ancestors
from kg.nlp.parse import char_span, positions, positions_of, texts_of
from kg.knowledge.resources import data_yaml
from kg.extract.dates import date_for, day_value
from kg.extract.overlaps import MentionsByOffset
from kg.extract.quotes import attribution_cues, issuer
from kg.extract.syntax import first_conjunct, mention_at

PARTICIPANTS = "Participants"
NUMERAL, SINGLE, NOUGHT = "numeral", "single", "nought"  # kinds of figure: "26", "a woman", "no one"
BREAKDOWN = "breakdown"  # the part marker of a share of a count: "three men" of "six people, three men and three women"
LISTED = "listed"  # people named one by one: "a 17-year-old and an 18-year-old" (2)
SINGLE_MEASURES = ("Killed", "Injured")  # the casualties a singular person is counted for
_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_YEAR_LIKE = re.compile(r"^(1[5-9]|20)\d\d$")
_AUXILIARIES = {"have", "be", "get"}
_NAME_ENTITIES = {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"}
_NOT_COUNT_ENTITIES = {"MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
_RANGE_WORDS = {"between", "and", "to", "or", "from"}
_ENCLOSING_CUES = {"including", "among"}
_RESULT_WORDS = {"dead", "fatally", "mortally", "injured", "wounded", "hurt"}
WITHIN_WINDOW = 5  # tokens after a number where "including" still qualifies it: "four people were dead, including"
_UNDERSTOOD_PREPOSITIONS = {"to", "at", "around", "about", "over", "under", "nearly", "some"}


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]  # lemma → measure
    nouns: dict[str, str]
    collectives: dict[str, str]
    places: dict[str, str]
    size_verbs: frozenset[str]
    manners: dict[str, str | None]  # lemma → implied measure
    otherwise: dict[str, str]  # lemma → the measure when the sentence names no death ("were shot": wounded)
    manner_class: dict[str, int]
    before: tuple[tuple[tuple[str, ...], str], ...]  # (words, approximation), longest first
    after: tuple[tuple[tuple[str, ...], str], ...]
    multipliers: dict[str, int]
    dozen: int
    vague: frozenset[str]
    not_counts: frozenset[str]
    populations: frozenset[str]
    months: frozenset[str]
    persons: frozenset[str]
    not_single: frozenset[str]
    nobody: tuple[tuple[str, ...], ...]
    tallies: tuple[tuple[str, ...], ...]
    speech_verbs: frozenset[str]
    relay_verbs: frozenset[str]
    speech_nouns: frozenset[str] = frozenset()
    parts_after: frozenset[str] = frozenset()  # figure_parts.yaml: "two more"
    parts_before: tuple[tuple[str, ...], ...] = ()  # "another three", "including two"
    partitives: frozenset[str] = frozenset()  # "two of them"
    within: frozenset[str] = frozenset()  # "seven people, including the gunman"
    scopes: tuple[tuple[str, ...], ...] = ()  # "in all", "since Friday", "nationwide"
    incidents: dict[str, frozenset[str]] = field(default_factory=dict)  # measure → kinds of event whose people it counts
    outcomes: dict[str, frozenset[str]] = field(default_factory=dict)  # measure → kinds that are the counted happening
    natural_deaths: tuple[tuple[str, ...], ...] = ()  # "cancer", "old age": a death that is no killing
    phrasal_results: dict[tuple[str, str], str] = field(default_factory=dict)  # ("gun", "down") → Killed
    natural_phrases: frozenset[tuple[str, str]] = frozenset()  # ("pass", "away"): a death told as a natural one
    denied_rescues: dict[str, str] = field(default_factory=dict)  # lemma → whose death its denial tells ("save": patient)
    suffer_verbs: frozenset[str] = frozenset()  # "suffer", "sustain": the subject bears the harm of the object
    harms: dict[str, str] = field(default_factory=dict)  # "wound" → Injured: a harm one suffers
    fatal: frozenset[str] = frozenset()  # "fatal", "mortal": a harm that killed
    hit_verbs: frozenset[str] = frozenset()  # "strike", "hit": Injured when a projectile hits
    projectiles: frozenset[str] = frozenset()  # "bullet", "gunfire"


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The figure lexicon of kg/data/figures.yaml, with the reporting verbs of attribution_cues.yaml."""
    data = data_yaml("figures.yaml")
    cues = attribution_cues()  # the reporting verbs, as quotes reads them
    parts = data_yaml("figure_parts.yaml")

    def by_word(table: dict[str, list[str]]) -> dict[str, str]:
        return {word: measure for measure, words in table.items() for word in words}

    def phrases(table: dict[str, list[str]]) -> tuple[tuple[tuple[str, ...], str], ...]:
        pairs = [(tuple(cue.split()), approximation) for approximation, cues_ in table.items() for cue in cues_]
        return tuple(sorted(pairs, key=lambda pair: -len(pair[0])))

    return Lexicon(
        verbs=by_word(data["verbs"]),
        nouns=by_word(data["nouns"]),
        collectives=by_word(data["collectives"]),
        places=dict(data["places"]),
        size_verbs=frozenset(data["size_verbs"]),
        manners={lemma: (info or {}).get("implies") for lemma, info in data["manners"].items()},
        otherwise={lemma: info["otherwise"] for lemma, info in data["manners"].items() if (info or {}).get("otherwise")},
        manner_class={lemma: index for index, group in enumerate(data["same_manner"]) for lemma in group},
        before=phrases(data["approximations"]["before"]),
        after=phrases(data["approximations"]["after"]),
        multipliers=dict(data["multipliers"]),
        dozen=int(data["dozen"]),
        vague=frozenset(data["vague"]),
        not_counts=frozenset(data["not_counts"]),
        populations=frozenset(data["populations"]),
        months=frozenset(data["months"]),
        persons=frozenset(data["persons"]),
        not_single=frozenset(data["not_single"]),
        nobody=tuple(tuple(cue.split()) for cue in data["nobody"]),
        tallies=tuple(tuple(cue.split()) for cue in data["tallies"]),
        speech_verbs=cues.speech_verbs,
        speech_nouns=cues.speech_nouns,
        relay_verbs=cues.relay_verbs,
        parts_after=frozenset(parts["after"]),
        parts_before=tuple(tuple(cue.split()) for cue in parts["before"]),
        partitives=frozenset(parts["partitive"]),
        within=frozenset(parts["within"]),
        scopes=tuple(tuple(cue.split()) for cue in parts["scope"]),
        incidents={m: frozenset(kinds) for m, kinds in data["about"]["incidents"].items()},
        outcomes={m: frozenset(kinds) for m, kinds in data["about"]["outcomes"].items()},
        natural_deaths=tuple(tuple(cause.split()) for cause in data["natural_deaths"]),
        phrasal_results={tuple(words.split()): measure for measure, phrases in data["phrasal_results"].items()
                         for words in phrases},
        natural_phrases=frozenset(tuple(words.split()) for words in data["natural_phrases"]),
        denied_rescues={lemma: role for role, lemmas in data["denied_rescues"].items() for lemma in lemmas},
        suffer_verbs=frozenset(data["suffered"]["verbs"]),
        harms=by_word(data["suffered"]["harms"]),
        fatal=frozenset(data["suffered"]["fatal"]),
        hit_verbs=frozenset(data["hits"]["verbs"]),
        projectiles=frozenset(data["hits"]["projectiles"]),
    )


def same_manner(a: str | None, b: str | None) -> bool:
    """Whether two manner lemmas describe the same way of harming ("decapitate" ~ "behead")."""
    if not a or not b:
        return False
    classes = lexicon().manner_class
    return a == b or (a in classes and classes.get(a) == classes.get(b))


def parse_number(words: str) -> Decimal | None:
    """The value of a numeral in digits or words: "3,000", "twenty-six", "1.5 million", "a dozen"."""
    tokens = words.lower().replace("-", " ").split()
    lex = lexicon()
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"
    scale = Decimal(1)
    while tokens and tokens[-1] in lex.multipliers and len(tokens) > 1 and _DIGITS.match(tokens[0]):
        scale *= lex.multipliers[tokens.pop()]
    if tokens and tokens[-1] == "dozen":
        tokens.pop()
        scale *= lex.dozen
        if not tokens:
            return None
    try:
        if len(tokens) == 1 and _DIGITS.match(tokens[0]):
            value = Decimal(tokens[0].replace(",", "")) * scale
        else:
            value = Decimal(text2num(" ".join(tokens), "en")) * scale
    except (ValueError, InvalidOperation):
        return None
    return value.to_integral_value() if value == value.to_integral_value() else value


def extract_claims(doc: Doc, article: Article, entities: list[EntityMention],
                   times: list[TimeMention], events: list[EventMention] | None = None) -> list[ClaimMention]:
    """Every reported figure of the Doc with its measure, hedge, affected group, source and,
    given the article's ``events``, the event it counts the people of (``about_event``)."""
    claims: list[ClaimMention] = []
    single: set[str] = set()  # keys of the claims that count one person without a numeral
    recalled: set[str] = set()  # keys of the claims of a happening weeks before the report
    by_offset = MentionsByOffset(entities)
    triggers = _trigger_tokens(doc, events or [])
    by_key = {event.key: event for event in events or []}
    for sentence in doc.sents:
        found: list[tuple[_Figure, _Reading, ClaimMention]] = []
        made: list[tuple[_Figure, ClaimMention]] = []
        # the sentence's event triggers, read once per sentence (not per figure: linear in the Doc)
        local = {i: triggers[i] for i in range(sentence.start, sentence.end) if i in triggers}
        figures = sorted(_figures(sentence) + _people(sentence), key=lambda f: f.start)
        for figure in figures:
            reading = _read(figure, found)
            if reading is None or not _counts(figure, reading):
                continue
            if reading.measure == "Killed" and reading.anchor.lemma_.lower() in _DEATH_WORDS \
                    and _natural_story(doc, events or []):
                continue  # "Jane Doe died on Monday … she had been battling cancer": no killing
            affected = _affected(figure, reading, found, by_offset)
            speaker_key = entity_key(speaker, by_offset) if (speaker := source_of(reading.anchor, sentence)) else None
            if speaker_key is None and reading.enclosed_by is not None:
                speaker_key = found[reading.enclosed_by][2].attributed_to
            time = date_for(reading.anchor, times)
            earlier = _past_heading(sentence, article, times) or _recalled(time, article)
            part = part_marker(figure, reading, sentence, found, local) or earlier
            event = about_event(reading.measure, reading.anchor, sentence, local)
            if event is not None and not _done_by_its_pair(figure, reading.anchor, by_key[event], by_offset):
                event = None
            start, end = _evidence(figure, reading, sentence)
            number_end = figure.number_end or figure.end
            for value, approximation in figure.readings():
                value += reading.alongside
                claim = ClaimMention(
                    key=f"c{len(claims) + 1}",
                    measure=reading.measure,
                    value=value,
                    approximation=approximation,
                    span=char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), article.text),
                    number_span=char_span(doc[figure.start].idx, doc[number_end - 1].idx + len(doc[number_end - 1]),
                                          article.text),
                    affected=affected,
                    attributed_to=speaker_key,
                    manner=reading.manner,
                    date=day_value(time),
                    part=part,
                    event=event,
                )
                claims.append(claim)
                made.append((figure, claim))
                if figure.kind == SINGLE:
                    single.add(claim.key)
                if earlier is not None:
                    recalled.add(claim.key)
            found.append((figure, reading, claims[-1]))
        _side_by_side(made)
    return _one_person_once(claims, single, recalled)


def _side_by_side(made: list[tuple[_Figure, ClaimMention]]) -> None:
    """Figures of one measure and manner side by side in one sentence, none a part already, are
    parts of a whole the sentence does not state: "Three people who had been shot were taken by
    ambulance and two people who had been shot went by car", "two officers and three civilians
    were killed". Each is marked a part ("and"): another report's total does not contradict it."""
    starts: dict[tuple[str, str | None], set[int]] = {}
    for figure, claim in made:
        if claim.part is None and figure.kind in (NUMERAL, LISTED):
            starts.setdefault((claim.measure, claim.manner), set()).add(figure.start)
    for figure, claim in made:
        if claim.part is None and len(starts.get((claim.measure, claim.manner), ())) > 1:
            claim.part = "and"


# --- what a figure is about ----------------------------------------------------------

# Dependencies that open a clause of their own: the event of another clause is not the figure's.
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "parataxis", "csubj", "csubjpass", "pcomp"})
INCIDENT, OUTCOME = 0, 1


def _trigger_tokens(doc: Doc, events: list[EventMention]) -> dict[int, EventMention]:
    """Token index → the asserted event mention whose trigger covers it (what a claim may be
    about: a denied or possible event counts nobody)."""
    by_token: dict[int, EventMention] = {}
    for event in events:
        if event.factuality != "asserted":
            continue
        words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        for token in words if words is not None else ():
            by_token.setdefault(token.i, event)
    return by_token


def event_tier(measure: str, event_type: str | None) -> int | None:
    """INCIDENT when an event of the type is a happening whose people a figure of the measure
    counts ("the shooting"), OUTCOME when it is the counted happening itself ("killed"), else None."""
    lex = lexicon()
    if event_type is None:
        return None
    if event_type in lex.outcomes.get(measure, ()):
        return OUTCOME
    if any(event_type in kinds for kinds in lex.outcomes.values()):
        return None  # "killed" is no incident of "18 wounded"
    kinds = lex.incidents.get(measure, frozenset())
    if event_type in kinds or kinds.intersection(event_ancestors(event_type)):
        return INCIDENT
    return None


def _clause(token: Token) -> Token:
    """The head of the clause a token is in: itself or its nearest ancestor opening a clause."""
    while token.dep_ not in _CLAUSE_DEPS and token.head is not token:
        token = token.head
    return token


def _within(clause: Token, head: Token) -> bool:
    """Whether a clause is the figure's clause or says when it happened: "three were killed when a
    gunman opened fire"."""
    return clause == head or clause.dep_ == "advcl" and clause.head == head and \
        any(c.dep_ == "advmod" and c.lower_ in ("when", "as") for c in clause.children)


def about_event(measure: str, anchor: Token, sentence: SpacySpan,
                triggers: dict[int, EventMention]) -> str | None:
    """The key of the event a figure counts the people of: an incident of its clause ("two people
    were injured in the shooting", "the crash killed three") or the one its clause describes
    ("a shooting that left two dead"), else an outcome of its clause (its own verb: "26 were
    killed"), else the sentence's one incident, else its one outcome. None when nothing
    compatible is there: a figure is about no event rather than a wrong one. ``triggers``: the
    sentence's trigger tokens (token index → event mention)."""
    found = triggers
    if not found:
        return None
    tiers = {i: event_tier(measure, e.type) for i, e in found.items()}
    head = _clause(anchor)
    described = head.head if head.dep_ in ("relcl", "acl") else None
    for tier in (INCIDENT, OUTCOME):
        if described is not None and tiers.get(described.i) == tier:
            return found[described.i].key
        near = sorted((abs(i - anchor.i), i) for i, t in tiers.items()
                      if t == tier and (i == anchor.i or _within(_clause(sentence.doc[i]), head)))
        if near:
            return found[near[0][1]].key
    for tier in (INCIDENT, OUTCOME):
        keys = {found[i].key for i, t in tiers.items() if t == tier}
        if keys:
            return next(iter(keys)) if len(keys) == 1 else None
    return None


# A heading date this much older than the report dates a recalled incident, not the reported one.
PAST_HEADING_DAYS = 14


def _done_by_its_pair(figure: _Figure, verb: Token, event: EventMention, entities: MentionsByOffset) -> bool:
    """False when a figure of counts the verb distributes "respectively" over its coordinated
    subjects ("the losses of Flight 31 and Flight 88, which killed 54 and 17 people
    respectively") pairs with a subject that is not the event mention's agent: one verb tells of
    as many happenings as subjects, and 54 counts the dead of Flight 31, not of the crash of the
    mention's agent, Flight 88 (nor of a mention with no agent, which merging may join to any
    crash). True otherwise."""
    if not any(c.lower_ == "respectively" for c in verb.children):
        return True
    first = figure.head.head if figure.head.dep_ == "conj" else figure.head
    counts = [first, *(c for c in first.conjuncts if _is_numeral(c))]
    subject = _subject(verb) or _child(verb, "nsubjpass")
    if subject is not None and subject.tag_ == "WDT" and verb.dep_ == "relcl":
        subject = verb.head  # "…, which killed": the antecedent
    if subject is None or figure.head not in counts:
        return True
    doers = [subject, *subject.conjuncts]
    if len(doers) != len(counts):
        return True
    return entity_key(doers[counts.index(figure.head)], entities) in event.agents


def _past_heading(sentence: SpacySpan, article: Article, times: list[TimeMention]) -> str | None:
    """The date heading the line of the sentence ("May 1990: Six people killed …", a list of
    past shootings) when it is weeks before the report: its figures count another incident, and
    like a part of a count they contradict no figure of the reported one. The heading's words."""
    if article.date is None:
        return None
    text = article.text
    line = text.rfind("\n", 0, sentence.start_char) + 1
    while line < len(text) and text[line] in " \t":
        line += 1
    for time in times:
        if time.span.start != line or time.value is None:
            continue
        after = text[time.span.end:time.span.end + 3].lstrip(" \t")
        if after.startswith(":") and (article.date - time.value).days > PAST_HEADING_DAYS:
            return time.span.text
    return None


def _recalled(time: TimeMention | None, article: Article) -> str | None:
    """The words of the time of a figure's clause when the time ends weeks before the report ("In
    2019, three people were killed at the bar", "Last month, …"): its figure counts an earlier
    happening the article recalls, which like a part of a count contradicts no figure of the
    reported one. None when the time is near the report or unknown."""
    if time is None or time.value is None or article.date is None:
        return None
    last = time.value
    if time.granularity == "month":
        last = last.replace(day=calendar.monthrange(last.year, last.month)[1])
    elif time.granularity == "year":
        last = last.replace(month=12, day=31)
    return time.span.text if (article.date - last).days > PAST_HEADING_DAYS else None


def attribute_quoted(claims: list[ClaimMention], quotes: list[QuoteMention]) -> list[ClaimMention]:
    """A figure inside a quote whose speaker is known is that speaker's: '“Three people were
    killed in the house. We found them at dawn,” Hale said' (the reporting verb is no ancestor of
    a figure in another sentence of the quote). Only claims with no source of their own."""
    spoken = sorted((q.span.start, q.span.end, q.speaker) for q in quotes if q.speaker)
    for claim in claims:
        if claim.attributed_to is None:
            claim.attributed_to = next((speaker for start, end, speaker in spoken
                                        if start <= claim.span.start and claim.span.end <= end), None)
    return claims


def _one_person_once(claims: list[ClaimMention], single: set[str], recalled: set[str]) -> list[ClaimMention]:
    """Keep one claim of one person per measure, and none when the article states a figure of that measure.

    "A man was shot … the man died at the hospital" is one death, not two;
    "two people were killed … a 17-year-old boy died at the scene" has its
    total already. The one kept takes the affected person of a later one when it names none
    (a headline's "Boy shot" before "a 5-year-old boy was shot"). Adding up singulars ("a man … a woman …") would be a sum
    the text does not state, so it is not done. A figure of an earlier happening the article
    recalls (``recalled``: "In 2019, three people were killed there") does not state the reported
    event's figure. One person of a dated clause is a single like any other: a follow-up weeks
    later dates the very killing it reports ("Jane Doe, 21, was killed Nov. 2").
    """
    stated = {claim.measure for claim in claims if claim.key not in single and claim.key not in recalled}
    kept: list[ClaimMention] = []
    counted: dict[str, ClaimMention] = {}
    for claim in claims:
        if claim.key in single:
            if claim.measure in stated:
                continue
            if claim.measure in counted:
                # the same person again: a headline's bare "5-year-old boy shot" names no one the
                # resolver can take, its story's "a 5-year-old boy was shot" does
                first = counted[claim.measure]
                if first.affected is None:
                    first.affected = claim.affected
                continue
            counted[claim.measure] = claim
        kept.append(claim)
    for number, claim in enumerate(kept, 1):
        claim.key = f"c{number}"
    return kept


def _counts(figure: _Figure, reading: _Reading) -> bool:
    """Whether a reading is a count of the people of the reported event."""
    if figure.kind in (SINGLE, LISTED):
        return reading.measure in SINGLE_MEASURES and (reading.denied or not _unasserted(reading.anchor))
    if figure.kind == NUMERAL:
        # "two other people in the home were not hurt": those spared, no count of the hurt
        return not _tally(reading.anchor) and (reading.denied or not _negated(reading.anchor))
    return True


def _evidence(figure: _Figure, reading: _Reading, sentence: SpacySpan) -> tuple[int, int]:
    """Token bounds of the number phrase with its hedge and measure words, and a closing quote left open."""
    doc = sentence.doc
    start = min(figure.cue_start, *(t.i for t in reading.words))
    end = max(figure.end, *(t.i + 1 for t in reading.words))
    start, end = max(start, sentence.start), min(end, sentence.end)
    opened = sum(t.is_quote and t.is_left_punct for t in doc[start:end])
    closed = sum(t.is_quote and t.is_right_punct for t in doc[start:end])
    if opened > closed and end < sentence.end and doc[end].is_quote:
        end += 1
    return start, end


# --- finding the numbers --------------------------------------------------------


@dataclass
class _Figure:
    start: int  # token index of the first numeral token
    end: int  # one past the last token of the number (the high end of a range)
    head: Token  # the numeral token the rest of the sentence attaches to
    value: Decimal
    approximation: str
    cue_start: int = 0  # first token of the hedge, or start
    high: Decimal | None = None  # a range "10-15": value is the low end
    kind: str = NUMERAL
    noun: Token | None = None  # the counted noun when the figure is a noun phrase: "a woman", "no officers"
    number_end: int | None = None  # end of the words that state the number, when not end: "a" of "a woman"

    def readings(self) -> list[tuple[Decimal, str]]:
        if self.high is None:
            return [(self.value, self.approximation)]
        return [(self.value, "AtLeast"), (self.high, "UpTo")]


def _is_numeral(token: Token) -> bool:
    lex = lexicon()
    text = token.lower_
    if text in lex.vague:
        return False
    if text in lex.multipliers or text == "dozen":
        return True
    if token.tag_ != "CD" and not (token.like_num and token.pos_ == "NUM"):
        return False
    return bool(_DIGITS.match(text)) or parse_number(text) is not None


def _numeral_candidates(doc: Doc) -> frozenset[int]:
    """The tokens :func:`_is_numeral` can accept (a multiplier, "dozen", a CD tag or a word
    like a number), found from the Doc's arrays once per Doc (kept in its user data)."""
    found = doc.user_data.get("kg_numeral_candidates")
    if found is None:
        lex = lexicon()
        # like_num is a flag of the word's lexeme: read from the Doc's array, no Lexeme made per word
        like_num = doc.to_array(LIKE_NUM).nonzero()[0].tolist()
        words = positions(doc, ORTH, lambda orth: orth.lower() in lex.multipliers or orth.lower() == "dozen")
        found = doc.user_data["kg_numeral_candidates"] = frozenset(like_num) | frozenset(words) | frozenset(
            positions_of(doc, TAG, ("CD",)))
    return found


def _person_candidates(doc: Doc) -> frozenset[int]:
    """The tokens :func:`_nought` or :func:`_one_person` can take (by their word, entity type or
    lemma), found from the Doc's arrays once per Doc (kept in its user data)."""
    found = doc.user_data.get("kg_person_candidates")
    if found is None:
        lex = lexicon()
        words = {"no", "he", "she", "him", "her", "old"} | {cue[0] for cue in lex.nobody if len(cue) == 1}
        found = doc.user_data["kg_person_candidates"] = frozenset(positions_of(doc, LOWER, words)) | \
            frozenset(positions_of(doc, ENT_TYPE, ("PERSON",))) | frozenset(positions_of(doc, LEMMA, lex.persons, lower=True))
    return found


def _figures(sentence: SpacySpan) -> list[_Figure]:
    doc = sentence.doc
    candidates = _numeral_candidates(doc)
    figures: list[_Figure] = []
    i = sentence.start
    while i < sentence.end:
        if i not in candidates or not _is_numeral(doc[i]):
            i += 1
            continue
        start, end = _numeral_run(doc, i, sentence.end)
        figure = _figure(doc, start, end, sentence)
        if figure is not None:
            figures.append(figure)
            end = figure.end
        i = end
    return figures


def _people(sentence: SpacySpan) -> list[_Figure]:
    """Figures without a numeral: one person ("a woman", "the victim", "he") or nought ("no one", "no officers")."""
    figures: list[_Figure] = []
    candidates = _person_candidates(sentence.doc)
    for token in (sentence.doc[i] for i in range(sentence.start, sentence.end) if i in candidates):
        figure = _nought(token) or _one_person(token) or _listed_people(token)
        if figure is not None:
            figures.append(figure)
    return figures


def _one_person(token: Token) -> _Figure | None:
    """A singular noun phrase naming one person: "a 17-year-old boy", "the victim", "Frazer", "she"."""
    lex = lexicon()
    if token.dep_ in ("compound", "poss", "amod", "nmod", "npadvmod"):
        return None
    if token.tag_ == "PRP":
        person = token.lower_ in ("he", "she", "him", "her")
    elif token.ent_type_ == "PERSON":
        person = token.pos_ == "PROPN"
    else:
        person = token.tag_ in ("NN", "NNP") and token.lemma_.lower() in lex.persons or _an_age(token)
    # the word's own reading first: most words name no person, and their children need not be walked
    if not person or any(c.dep_ == "case" for c in token.children) or _in_a_list(token):
        return None
    if any(c.dep_ == "nummod" or c.lower_ in lex.not_single for c in token.children):
        return None  # "one man" is a numeral; "another man" one more
    article = next((c for c in token.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
    start = article.i if article is not None else token.left_edge.i
    end = token.i + 1
    return _Figure(start, end, token, Decimal(1), "Exact", cue_start=start, kind=SINGLE, noun=token,
                   number_end=article.i + 1 if article is not None else end)


def _listed_people(token: Token) -> _Figure | None:
    """People named one by one, each a singular person the text states: "a 17-year-old and an
    18-year-old", "a man and a woman", "Ann Lee and her son" count 2. The first conjunct stands
    for the list; a numeral among them ("two officers and a civilian") leaves it to the numerals."""
    if token.dep_ in ("conj", "compound", "poss", "amod", "nmod", "npadvmod", "appos") or \
            any(c.dep_ == "case" for c in token.children):
        return None
    members = _conjuncts(token)
    if len(members) < 2 or not all(_a_stated_person(member) for member in members):
        return None
    start = min(t.left_edge.i for t in members)
    end = max(t.i for t in members) + 1
    return _Figure(start, end, token, Decimal(len(members)), "Exact", cue_start=start, kind=LISTED, noun=token)


def _conjuncts(token: Token) -> list[Token]:
    """The token and its conjuncts, in order ("a man, a woman and a boy": three), with a list the
    parser hung on the first person as an apposition ("a man, [a woman and a boy]")."""
    members = _joined(token) + [m for c in token.children if _listed_apposition(c) for m in _joined(c)]
    return sorted(members, key=lambda t: t.i)


def _joined(token: Token) -> list[Token]:
    """The token and the words "and" joins to it below it."""
    members, stack = [], [token]
    while stack:
        member = stack.pop()
        members.append(member)
        stack.extend(c for c in member.children if c.dep_ == "conj")
    return members


def _listed_apposition(token: Token) -> bool:
    """Whether an apposition is the rest of a list of people, not a restatement: it and the
    word it hangs on each one person introduced by "a"/"an", and its conjuncts each one person
    the text states ("A man, a woman and a boy were shot" parsed as "woman" in apposition to
    "man"; not "Tom Hale, a teacher and coach", nor "his mother, Ann Lee, and his friend", where
    the name restates the mother)."""
    return token.dep_ == "appos" and any(c.dep_ == "conj" for c in token.children) and \
        _indefinite(token) and _indefinite(token.head) and all(_a_stated_person(m) for m in _joined(token))


def _indefinite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def _a_stated_person(token: Token) -> bool:
    """One person, stated: a singular person noun with "a"/"an" or a possessive ("her son"), an age
    used as a noun ("an 18-year-old"), a person's name or "he"/"she"."""
    lex = lexicon()
    if any(c.dep_ == "nummod" or c.lower_ in lex.not_single for c in token.children):
        return False
    if token.tag_ == "PRP":
        return token.lower_ in ("he", "she", "him", "her")
    if token.ent_type_ == "PERSON" and token.pos_ == "PROPN":
        return True
    determined = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("a", "an")) for c in token.children)
    return determined and (_an_age(token) or token.tag_ == "NN" and token.lemma_.lower() in lex.persons)


def _in_a_list(token: Token) -> bool:
    """ "a man and a woman were killed", "Ingrid Sorell and her son, Ivo Sorell": two people, and no numeral."""
    while token.dep_ == "appos":
        token = token.head
    return token.dep_ == "conj" or any(c.dep_ == "conj" or _listed_apposition(c) for c in token.children)


def _an_age(token: Token) -> bool:
    """"a 3-year-old" used as a noun."""
    return token.lower_ == "old" and token.dep_ != "amod" and any(c.lower_ in ("year", "month") for c in token.children)


def _nought(token: Token) -> _Figure | None:
    """ "nobody", "no one", "none", "no officers", "no injuries": a figure of nought."""
    lex = lexicon()
    doc = token.doc
    if token.lower_ == "no" and token.dep_ == "det":
        noun = token.head
        words = (token.lower_, noun.lower_) if noun.i == token.i + 1 else ()
        if words not in lex.nobody and not (noun.lemma_.lower() in lex.persons or noun.lemma_.lower() in lex.nouns):
            return None
        start, number_end = token.i, (noun.i + 1 if words in lex.nobody else token.i + 1)
    elif (token.lower_,) in lex.nobody and not (token.i > 0 and doc[token.i - 1].lower_ == "no"):
        noun, start, number_end = token, token.i, token.i + 1
    else:
        return None
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if following is not None and following.lower_ in ("else", "other", "more", "further", "longer"):
        return None  # "no one else was hurt" is not the total
    if any(c.dep_ in ("amod", "compound") for c in noun.children):
        return None  # "no life-threatening injuries"
    if _negative_concord(noun):
        return None  # "he didn't hurt nobody": a double negative says what someone never did, counts no one
    return _Figure(start, noun.i + 1, noun, Decimal(0), "Exact", cue_start=start, kind=NOUGHT, noun=noun,
                   number_end=number_end)


def _negative_concord(noun: Token) -> bool:
    """Whether a nought word stands in a clause already negated ("didn't hurt nobody", "ain't never
    do nothing to hurt nobody"): negative concord, where "nobody" means "anybody" and the clause
    tells of someone's conduct, not of a count of people. Walks up from the word through the heads
    of its clause (to the verb of a reported clause or the sentence's root) looking for a negation
    or another nought word."""
    token = noun
    while token.head is not token:
        token = token.head
        if any(c.dep_ == "neg" for c in token.children) or token.lower_ in ("nothing", "never"):
            return True
        if token.dep_ in ("ccomp", "ROOT", "parataxis", "conj"):
            return False
    return False


def _numeral_run(doc: Doc, i: int, limit: int) -> tuple[int, int]:
    """The tokens of one numeral: "1.5 million", "twenty - six", "a dozen", "three hundred"."""
    start, end = i, i + 1
    while end < limit:
        if _is_numeral(doc[end]) and (doc[end].lower_ in lexicon().multipliers or not doc[end - 1].is_digit):
            end += 1
        elif doc[end].text == "-" and end + 1 < limit and doc[end - 1].is_alpha and _is_numeral(doc[end + 1]) \
                and doc[end + 1].is_alpha:
            end += 2
        else:
            break
    if start > 0 and doc[start - 1].lower_ in ("a", "an") and doc[start].lower_ in (*lexicon().multipliers, "dozen"):
        start -= 1
    return start, end


def _figure(doc: Doc, start: int, end: int, sentence: SpacySpan) -> _Figure | None:
    tokens = doc[start:end]
    value = parse_number(" ".join(t.text for t in tokens if t.text != "-"))
    if value is None or value <= 0:
        return None
    head = next((t for t in tokens if not (start <= t.head.i < end) or t.head == t), tokens.root)
    figure = _Figure(start, end, head, value, "Exact")
    _range(doc, figure, sentence)
    if _not_a_count(doc, start, figure.end, value):
        return None
    figure.approximation, figure.cue_start = _hedge(doc, start, figure.end, sentence.end)
    return figure


def _not_a_count(doc: Doc, start: int, end: int, value: Decimal) -> bool:
    lex = lexicon()
    first, last = doc[start], doc[end - 1]
    entity = first.ent_type_ or last.ent_type_
    if entity in _NAME_ENTITIES or entity in _NOT_COUNT_ENTITIES and not (
            entity == "QUANTITY" and _compounded_plural(doc[start:end].root) is not None):
        return True  # (a QUANTITY of a number and no unit before a plural noun is a count of that noun)
    if entity in ("DATE", "TIME") and (_YEAR_LIKE.match(first.text) or _dated(doc, first)):
        return True
    if any(re.search(r"\d[-/:]\d", t.text) for t in doc[start:end]):  # times, dates, phone numbers
        return True
    if len(first.text.replace(",", "")) > 7 and first.is_digit:  # identifiers, not counts
        return True
    following = doc[end] if end < len(doc) else None
    if following is not None and following.text in ("-", "–") and end + 1 < len(doc):
        following = doc[end + 1] if not _is_numeral(doc[end + 1]) else following
    if following is not None and (following.lemma_.lower() in lex.not_counts or following.lower_ in lex.not_counts):
        return True
    if start > 0 and doc[start - 1].text in ("$", "€", "£", "¥", "#", "No.", "no."):
        return True
    if start > 0 and doc[start - 1].lower_.rstrip(".") in lex.months:
        return True  # a day of the month: "killed Nov. 2"
    if start > 1 and doc[start - 1].text == "," and first.dep_ != "nummod" and _named_person(doc[start - 2]):
        return True  # an age: "Boy, 7, dies", "Mara Tillet, 21, was killed"
    if "".join(t.lower_ for t in doc[end:end + 3]) in lex.not_counts:
        return True  # an age written "25 y/o" (three tokens)
    if value == 1 and following is not None and following.lower_ == "of":
        return True  # "one of the most stable …"
    if start > 1 and doc[start - 1].lower_ == "of" and _is_numeral(doc[start - 2]):
        return True  # the whole of a part: "three" in "one of three people … has died"
    return _population(doc[start:end].root)


def _shared_count(number: Token) -> Token | None:
    """The noun a numeral joined by "and" to a count shares with it: "people" of 21 in "killed 102
    and 21 people respectively" (the parser hangs "21" under "102", not under "people"). Each
    is a count of its own; side by side, both are marked parts (``_side_by_side``)."""
    first = number.head
    if number.dep_ != "conj" or not _is_numeral(first) or first.dep_ != "nummod" or \
            not any(c.dep_ == "cc" and c.lower_ == "and" for c in first.children):
        return None  # "two or three people": one count the text is unsure of, not two
    return first.head if first.head.pos_ in ("NOUN", "PROPN") else None


def _compounded_plural(number: Token) -> Token | None:
    """The plural noun a number counts when the parser made the number the first word of a
    compound: "nine motorcycle gang members" (nine → motorcycle → gang → members), which it
    may also tag a QUANTITY as if "motorcycle" were a unit (a unit of ``not_counts`` after the
    number still makes it no count: "five ton trucks")."""
    if number.dep_ != "compound":
        return None
    top = number
    while top.head.dep_ == "compound" and top.head.pos_ == "NOUN":
        top = top.head
    noun = top.head
    return noun if noun.tag_ == "NNS" and noun.i > number.i else None


def _named_person(token: Token) -> bool:
    return token.ent_type_ == "PERSON" or token.lemma_.lower() in lexicon().persons or \
        token.lower_ in lexicon().persons


def _dated(doc: Doc, token: Token) -> bool:
    """A DATE/TIME entity with words other than numerals and range words: "three years ago", "Jan 6"."""
    if token.ent_iob_ not in ("B", "I"):
        return False
    start, end = token.i, token.i + 1  # the entity around the token, from its IOB tags (not all of doc.ents)
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    entity = doc[start:end]
    cue_words = {word for words, _ in lexicon().before for word in words}
    return any(t.is_alpha and not _is_numeral(t) and t.lower_ not in _RANGE_WORDS | cue_words for t in entity)


def _population(token: Token) -> bool:
    lex = lexicon()
    phrase = token.head if token.dep_ == "nummod" else token
    holder = phrase.head
    return phrase.dep_ == "pobj" and holder.lower_ == "of" and holder.head.lemma_.lower() in lex.populations


def _hedge(doc: Doc, start: int, end: int, limit: int) -> tuple[str, int]:
    """The approximation and the token where its cue starts."""
    lex = lexicon()
    for words, approximation in lex.before:
        n = len(words)
        if start - n >= 0 and tuple(t.lower_ for t in doc[start - n:start]) == words:
            return approximation, start - n
    for words, approximation in lex.after:
        n = len(words)
        if end + n <= limit and tuple(t.lower_ for t in doc[end:end + n]) == words:
            return approximation, start
    return "Exact", start


def _range(doc: Doc, figure: _Figure, sentence: SpacySpan) -> None:
    """Turn "10-15", "10 to 15", "between 10 and 15" into a range."""
    i = figure.end
    between = figure.start > 0 and doc[figure.start - 1].lower_ == "between"
    joiners = ("and",) if between else ("-", "–", "to")
    if i + 1 < sentence.end and doc[i].text in joiners and _is_numeral(doc[i + 1]):
        start, end = _numeral_run(doc, i + 1, sentence.end)
        high = parse_number(" ".join(t.text for t in doc[start:end] if t.text != "-"))
        if high is not None and high > figure.value:
            figure.high, figure.end = high, end


# --- what a number counts ---------------------------------------------------------


@dataclass
class _Reading:
    measure: str
    anchor: Token  # the word that says what is counted (verb or noun)
    noun: Token | None  # the counted noun ("criminals"), or a partitive's object ("them")
    words: list[Token]  # tokens the evidence span must include
    manner: str | None = None
    enclosed_by: int | None = None  # index into found: "including two …"
    alongside: int = 0  # people named with the figure as "the other" ones: "he and the other seven" → 1
    denied: bool = False  # a rescue denied ("doctors could not save him"): a death, though negated


def _read(figure: _Figure, found: list) -> _Reading | None:
    lex = lexicon()
    number = figure.head
    if figure.noun is not None:
        noun = figure.noun
    elif number.dep_ in ("nummod", "quantmod") and (number.head.pos_ in ("NOUN", "PROPN")
                                                      or number.head.lemma_.lower() in lex.nouns):
        noun = number.head  # "26 protesters", "left three dead"
    elif (shared := _shared_count(number)) is not None:
        noun = shared  # "which killed 102 and 21 people respectively": 21 counts people too
    else:
        noun = _compounded_plural(number)  # "nine motorcycle gang members"
    partitive = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    counted = noun
    if counted is None and partitive is not None:
        counted = next((c for c in partitive.children if c.dep_ == "pobj"), None)
    phrase = noun or number
    if phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and _is_numeral(phrase.head.head):
        return None  # the whole of a part: "three" in "one of three people … has died"
    enclosed_by = _enclosing(figure, found)

    reading = _by_verb(phrase, figure, enclosed_by, found) or _with_harm(phrase)
    if reading is None and noun is not None and noun.lemma_.lower() in lex.nouns:
        reading = _Reading(lex.nouns[noun.lemma_.lower()], noun, noun, [noun])
    if reading is None:
        reading = _by_size(phrase)
    if reading is None:
        return None
    reading.noun = reading.noun or counted
    if noun is not None and noun not in reading.words:
        reading.words.append(noun)  # "comprise around 2,500 men"
    reading.enclosed_by = enclosed_by
    reading.alongside = _alongside(phrase)
    if reading.measure == "Killed" and _natural_death(reading.anchor):
        return None
    return reading


_CAUSE_PREPOSITIONS = frozenset({"of", "from", "after", "following"})
# Words that say someone died without saying how: what a natural death is told with.
_DEATH_WORDS = frozenset({"die", "death", "dead", "perish"})


def _natural_story(doc: Doc, events: list[EventMention]) -> bool:
    """Whether an article tells of a natural death and of no violence: it names an illness or age
    as a cause (kg/data/figures.yaml ``natural_deaths``, anywhere: "She had been battling cancer")
    or says someone "passed away", and it has no word of killing or wounding (kg/data/figures.yaml
    ``verbs`` besides "die"), no manner of harm that implies a death, and no asserted event of a
    kind whose dead a Killed figure counts (an assault, a crash, a fire, outside the words of the
    cause: "heart attack" is no assault). Then its "died", "dead" and "death" count no one killed.
    Read once per Doc."""
    found = doc.user_data.get("kg_natural_story")
    if found is not None:
        return found
    lex = lexicon()
    lemmas = _lower_lemmas(doc)
    causes: set[int] = set()
    by_first = _natural_deaths_by_first()
    for i, lemma in enumerate(lemmas):
        for cause in by_first.get(lemma, ()):
            if tuple(lemmas[i:i + len(cause)]) == cause:
                causes.update(range(i, i + len(cause)))
    passed_away = any(_passed_away(doc[i]) for i in _natural_phrase_verbs(doc))
    found = bool(causes) or passed_away
    if found:
        violent = any(lemma not in _DEATH_WORDS and (lex.verbs.get(lemma) in ("Killed", "Injured")
                                                     or lex.manners.get(lemma) == "Killed"
                                                     or lemma in lex.otherwise)
                      for i, lemma in enumerate(lemmas) if i not in causes)
        if not violent:
            for event in events:
                if event.factuality != "asserted" or event_tier("Killed", event.type) != INCIDENT:
                    continue
                words = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
                if words is not None and not any(t.i in causes for t in words):
                    violent = True
                    break
        found = not violent
    doc.user_data["kg_natural_story"] = found
    return found


@lru_cache(maxsize=1)
def _natural_deaths_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The causes of ``natural_deaths`` by their first lemma: an article's lemmas are matched
    against the few that start at each word, not every cause at every word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for cause in lexicon().natural_deaths:
        by_first.setdefault(cause[0], []).append(cause)
    return {first: tuple(causes) for first, causes in by_first.items()}


def _lower_lemmas(doc: Doc) -> list[str]:
    """Every token's lower-cased lemma, in order, worked out once per Doc (kept in its user data)
    from the Doc's array, without a Token each."""
    found = doc.user_data.get("kg_lower_lemmas")
    if found is None:
        found = doc.user_data["kg_lower_lemmas"] = [lemma.lower() for lemma in texts_of(doc, LEMMA)]
    return found


def _natural_phrase_verbs(doc: Doc) -> list[int]:
    """The tokens whose lemma starts a ``natural_phrases`` phrase: the only ones
    :func:`_passed_away` can hold for."""
    verbs = {verb for verb, _ in lexicon().natural_phrases}
    return [i for i, lemma in enumerate(_lower_lemmas(doc)) if lemma in verbs]


def _natural_death(anchor: Token) -> bool:
    """A death the text puts down to illness or age ("died of cancer", "deaths from natural
    causes", "died after a long illness"; kg/data/figures.yaml ``natural_deaths``): no killing."""
    causes = lexicon().natural_deaths
    for prep in (c for c in anchor.children if c.dep_ == "prep" and c.lower_ in _CAUSE_PREPOSITIONS):
        lemmas = [t.lemma_.lower() for t in prep.subtree]
        if any(tuple(lemmas[i:i + len(cause)]) == cause for cause in causes for i in range(len(lemmas))):
            return True
    return False


def _alongside(phrase: Token) -> int:
    """How many people a figure of "the other" ones is coordinated with: "He and the other seven
    protesters", "Smith and seven others" count 8. Each name, pronoun or singular noun conjunct is
    one person; without "other" the figure counts only its own ("two officers and a civilian")."""
    if phrase.dep_ != "conj" or not (phrase.lower_ in ("other", "others")
                                     or any(c.lower_ == "other" for c in phrase.children)):
        return 0
    first = first_conjunct(phrase, steps=None)
    members = [first] + [t for t in first.subtree if t.dep_ == "conj" and t.head in (first, *first.subtree)]
    people = [t for t in members if t is not phrase and not any(c.like_num for c in t.children)
              and (t.pos_ in ("PRON", "PROPN") or t.tag_ == "NN")]
    return len(people)


def _by_verb(phrase: Token, figure: _Figure, enclosed_by: int | None, found: list) -> _Reading | None:
    """A verb whose patient (or, for Participants, agent) the counted phrase is."""
    candidates: list[tuple[Token, str]] = []
    for child in phrase.children:
        if child.dep_ in ("acl", "relcl", "amod") and child.pos_ in ("VERB", "ADJ") and \
                not any(c.dep_ == "advmod" and c.tag_ == "WRB" for c in child.children):
            # (not "the hospital, where he was pronounced dead": the place of the clause, not its patient)
            relative = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT")),
                            None)
            role = "agent" if relative is not None and relative.dep_ == "nsubj" else "patient"
            candidates.append((child, role))
    governor = _governor(phrase)
    if governor is not None and governor.pos_ in ("VERB", "AUX") and phrase.dep_ != "conj":
        candidates.append((governor, _role(phrase, governor)))
    elif phrase.dep_ == "conj" and phrase.head.pos_ in ("NOUN", "PROPN", "PRON"):
        first = first_conjunct(phrase, steps=None)  # "two officers and three civilians were killed": its verb
        governor = _governor(first)
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            candidates.append((governor, _role(first, governor)))
    following = _next_participle(figure)
    if following is not None:
        candidates.append((following, "patient"))
    for verb, role in list(candidates):
        if role != "agent":  # "found four people shot to death", "four people found shot to death"
            candidates.extend((c, "patient") for c in verb.children if c.dep_ in ("xcomp", "oprd") and c.tag_ == "VBN")
    first = None
    for verb, role in candidates:
        reading = _verb_reading(verb, role, phrase, enclosed_by, found)
        if reading is None:
            continue
        if reading.measure == "Killed" and first is not None and first.measure == "Injured":
            return reading  # "a woman who was wounded in the shooting has died": the same people died
        if first is None:
            first = reading
            if reading.measure != "Injured":
                return reading
    return first


def _governor(phrase: Token) -> Token | None:
    head = phrase.head
    at_number = False  # "at 56" after a verb: an age ("dies at 56") unless a size ("the toll stood at 26")
    while head.pos_ == "ADP" and head.lower_ in _UNDERSTOOD_PREPOSITIONS and head.head != head:
        if head.lower_ == "at" and not any(c.lower_ in ("least", "most") for c in head.children):
            if phrase.pos_ in ("NOUN", "PROPN"):
                return None  # "held at two prisons": a place, not those held ("at least" is a hedge)
            at_number = True
        head = head.head
    if at_number and head.lemma_.lower() not in lexicon().size_verbs:
        return None  # "Jane Doe dies at 56": her age, no count of the dead
    return None if head == phrase else head


_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def _role(phrase: Token, verb: Token) -> str:
    dep = phrase.dep_ if phrase.head == verb else "pobj"
    if dep == "nsubj" and any(c.dep_ == "dobj" and c.lower_ in _REFLEXIVES for c in verb.children):
        return "patient"  # "a teenager shot himself": the one shot is the subject
    if dep == "nsubj" and verb.tag_ != "VBN" and any(c.dep_ == "dobj" for c in verb.children):
        return "agent"
    if dep == "nsubj" and verb.tag_ != "VBN":
        return "subject"  # an intransitive subject: "26 died", "20,000 rallied"
    return "patient"


def _next_participle(figure: _Figure) -> Token | None:
    """A passive right after the figure, for parses that lost it: "two had been decapitated"."""
    doc = figure.head.doc
    i = figure.end
    while i < len(doc) and i < figure.end + 3 and doc[i].lemma_ in _AUXILIARIES:
        i += 1
    if i > figure.end and i < len(doc) and doc[i].tag_ == "VBN":
        return doc[i]
    return None


def _verb_reading(verb: Token, role: str, phrase: Token, enclosed_by: int | None, found: list) -> _Reading | None:
    lex = lexicon()
    lemma = verb.lemma_.lower()
    manner = lemma if lemma in lex.manners else None
    measure = lex.verbs.get(lemma) or lex.nouns.get(verb.lower_)  # "are missing" is tagged as a verb
    if lemma in lex.hit_verbs and role == "patient" and _by_projectile(verb):
        return None if _a_death_in(verb.doc) else _Reading("Injured", verb, None, [verb])
    if measure == PARTICIPANTS:
        return _Reading(measure, verb, None, [verb]) if role in ("agent", "subject") else None
    if lemma in lex.denied_rescues and _denied(verb):
        # "doctors were unable to save him", "he did not survive the shooting": he died
        wanted = ("agent", "subject") if lex.denied_rescues[lemma] == "subject" else ("patient",)
        return _Reading("Killed", verb, None, [verb], denied=True) if role in wanted else None
    if lemma in lex.suffer_verbs:
        return _suffered(verb, phrase)
    if role == "agent":
        return None
    words = [verb, *(c for c in (*verb.children, *phrase.children)
                     if c.lower_ in _RESULT_WORDS and c.dep_ in ("acomp", "oprd", "advmod", "xcomp"))]
    if manner is not None:
        measure = lex.manners[lemma] or _result(verb) or _result(phrase) or (
            found[enclosed_by][1].measure if enclosed_by is not None else None)  # "three were shot, one fatally"
        if measure is None and lemma in lex.otherwise and not _a_death_in(verb.doc):
            measure = lex.otherwise[lemma]  # "two men were shot": wounded, when no one of the article died
    if measure is None:
        measure = _place(verb) or _complement(verb)
    if measure == "Injured" and manner is None and _result(verb) == "Killed":
        measure = "Killed"  # "fatally wounded", "wounded and later died": a death
    return _Reading(measure, verb, None, words, manner=manner) if measure else None


def _by_projectile(verb: Token) -> bool:
    """Whether what hits is a projectile: "struck by a stray bullet", "a bullet hit her"."""
    projectiles = lexicon().projectiles
    hitters = [c for c in verb.children if c.dep_ == "nsubj"]
    hitters += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in projectiles for h in hitters)


def _with_harm(phrase: Token) -> _Reading | None:
    """People found "with" a harm (kg/data/figures.yaml ``suffered``): "a man with a gunshot wound"
    (Injured, in an article that names no death)."""
    lex = lexicon()
    for prep in (c for c in phrase.children if c.dep_ == "prep" and c.lower_ == "with"):
        for harm in (g for g in prep.children if g.dep_ == "pobj"):
            measure = lex.harms.get(harm.lemma_.lower())
            if measure is None or any(c.lower_ == "no" for c in harm.children):
                continue
            if any(c.dep_ == "amod" and c.lower_ in lexicon().fatal for c in harm.children):
                return _Reading("Killed", prep, None, [prep, harm])
            return None if _a_death_in(phrase.doc) else _Reading(measure, prep, None, [prep, harm])
    return None



def _suffered(verb: Token, phrase: Token) -> _Reading | None:
    """The harm a phrase's people suffer: "a man suffered a gunshot wound", "a man suffering from a
    stab wound" (Injured, in an article that names no death: like "shot", a wound may be the one
    that killed), "suffered fatal injuries" (Killed). Only the sufferer is counted: the subject of
    the verb, or the noun it describes ("a man suffering …")."""
    lex = lexicon()
    if not (phrase.head == verb and phrase.dep_ == "nsubj" or verb.head == phrase and verb.dep_ in ("acl", "relcl")):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
                for g in c.children if g.dep_ == "pobj"]
    for harm in objects:
        measure = lex.harms.get(harm.lemma_.lower())
        if measure is None or any(c.lower_ == "no" for c in harm.children):
            continue  # "suffered no life-threatening injuries" may be no injury at all
        if any(c.dep_ == "amod" and c.lower_ in lexicon().fatal for c in harm.children):
            measure = "Killed"
        elif _a_death_in(verb.doc):
            return None  # as with "shot": in an article that names a death, the wounded may be the dead
        return _Reading(measure, verb, None, [verb, harm])
    return None


def _passed_away(token: Token) -> bool:
    """A death told as a natural one by a verb and its particle ("passed away": ``natural_phrases``)."""
    phrases = lexicon().natural_phrases
    return any((token.lemma_.lower(), c.lower_) in phrases for c in token.children if c.dep_ in ("prt", "advmod"))


def _a_death_in(doc: Doc) -> bool:
    """Whether an article has a word of death ("fatally", "dead", "killed", "death", "passed away"): then the
    shot it names may be the dead ("three were shot, one fatally"; "a man was shot … the man
    died"), and "shot" alone says no more than that they were hit. Read once per Doc."""
    found = doc.user_data.get("kg_a_death")
    if found is None:
        lex = lexicon()
        lowers = texts_of(doc, LOWER)
        found = doc.user_data["kg_a_death"] = any(
            lowers[i] in ("fatally", "mortally") or lex.verbs.get(lemma) == "Killed"
            or lex.nouns.get(lemma) == "Killed" or lex.manners.get(lemma) == "Killed"
            or lemma in lex.denied_rescues and _denied(doc[i])
            for i, lemma in enumerate(_lower_lemmas(doc))) \
            or any(_passed_away(doc[i]) for i in _natural_phrase_verbs(doc))
    return found


def _result(verb: Token) -> str | None:
    """What a manner verb (or its elliptic figure) ended in: "shot dead", "stabbed to death", "shot and wounded",
    "fatally shot", "one fatally"."""
    lex = lexicon()
    for child in verb.children:
        word = child.lemma_.lower()
        if child.dep_ in ("oprd", "acomp", "advmod", "xcomp") and word in ("dead", "fatally", "mortally"):
            return "Killed"
        if child.dep_ == "prep" and any(g.lemma_.lower() == "death" for g in child.children):
            return "Killed"
        if child.dep_ == "prt" and (verb.lemma_.lower(), word) in lex.phrasal_results:
            return lex.phrasal_results[(verb.lemma_.lower(), word)]  # "gunned down"
    # Verbs the same people went on to undergo: "shot and killed"; "shot and wounded … and died
    # on Sunday" ends in a death, so Killed wins. A conjunct with a subject of its own is another
    # clause: in "two were shot, and one of them died" the two did not all die.
    outcomes = [lex.verbs[c.lemma_.lower()] for c in _shared_conjuncts(verb)
                if lex.verbs.get(c.lemma_.lower()) not in (None, PARTICIPANTS)]
    return "Killed" if "Killed" in outcomes else (outcomes[0] if outcomes else None)


def _shared_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated with ``verb`` that share its subject (no subject of their own)."""
    found, stack = [], [c for c in verb.children if c.dep_ == "conj"]
    while stack:
        conj = stack.pop(0)
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        found.append(conj)
        stack.extend(c for c in conj.children if c.dep_ == "conj")
    return found


def _complement(verb: Token) -> str | None:
    """A predicate adjective that names the measure: "10 people are missing", "five were dead"."""
    nouns = lexicon().nouns
    return next((nouns[c.lemma_.lower()] for c in verb.children
                 if c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in nouns), None)


def _place(verb: Token) -> str | None:
    places = lexicon().places
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if obj.lemma_.lower() in places:
                return places[obj.lemma_.lower()]
    return None


def _by_size(phrase: Token) -> _Reading | None:
    """The figure is the size of a collective: "forces would number 2,500", "a crowd of 20,000"."""
    lex = lexicon()
    holder = phrase.head
    if phrase.dep_ == "pobj" and holder.lower_ == "of" and holder.head.pos_ in ("NOUN", "PROPN"):
        measure = _collective(holder.head)
        return _Reading(measure, holder.head, holder.head, [holder.head]) if measure else None
    verb = _governor(phrase)
    if verb is None or verb.lemma_.lower() not in lex.size_verbs or phrase.dep_ in ("nsubj", "nsubjpass"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    measure = _collective(subject)
    return _Reading(measure, subject, subject, [subject, verb]) if measure else None


def _collective(noun: Token) -> str | None:
    lex = lexicon()
    lemma = noun.lemma_.lower()
    return lex.collectives.get(lemma) or lex.nouns.get(lemma)


def _enclosing(figure: _Figure, found: list) -> int | None:
    """The earlier figure that this one is part of: "18 killed, including two …"."""
    doc = figure.head.doc
    if figure.start > 0 and doc[figure.start - 1].lower_ in _ENCLOSING_CUES and found:
        return len(found) - 1
    return None


def part_marker(figure: _Figure, reading: _Reading, sentence: SpacySpan, found: list,
                triggers: dict[int, EventMention] | None = None) -> str | None:
    """The words (kg/data/figure_parts.yaml) that make a figure a part of a count or a count over
    a wider scope: "two more", "the other eight", "including two", "two of them", "in all",
    "since Friday", "nationwide". None for a figure that counts the incident's whole group, and
    for a part the text singles out by its own manner ("18 killed, including two beheaded"):
    its manner names the part, so another count of it in that manner counts the same people.
    Also a part: a figure whose verb has a partitive before it ("Of those homicides, five people
    were killed"), and a count over several incidents, the object of its verb's preposition a
    plural incident (``triggers``: the sentence's event triggers; "nine people were killed in city
    shootings", "killed in two attacks"): a round-up's toll is not one incident's."""
    lex = lexicon()
    doc = sentence.doc
    if reading.enclosed_by is not None:
        whole = found[reading.enclosed_by][1]
        if reading.manner and not same_manner(reading.manner, whole.manner):
            return None
        return "including"
    if reading.alongside:
        return "and other"  # "he and the other seven": the whole takes in named people another count may leave out
    phrase = reading.noun if reading.noun is not None and reading.noun.i >= figure.start else figure.head
    if _breaks_down(phrase):
        return BREAKDOWN  # "three men" of "six people, three men and three women": a share of the six
    if figure.kind == NOUGHT and any(c.dep_ in ("prep", "relcl", "acl") for c in figure.noun.children):
        return "restricted"  # "nobody inside the vehicle was hurt" says nothing of those outside it
    if figure.end < sentence.end and doc[figure.end].lower_ in lex.parts_after:
        return doc[figure.end].lower_
    lowers = texts_of(doc, LOWER)
    before = max(sentence.start, figure.cue_start - 3)
    for cue in lex.parts_before:
        for i in range(before, figure.cue_start - len(cue) + 1):
            if tuple(lowers[i:i + len(cue)]) == cue:
                return " ".join(cue)
    if any(c.dep_ == "prep" and c.lower_ in lex.partitives for c in figure.head.children):
        return "of"
    verb = reading.anchor
    if verb.pos_ in ("VERB", "AUX", "ADJ") and any(c.dep_ == "prep" and c.lower_ in lex.partitives and c.i < figure.start
                                                   for c in verb.children):
        return "of"  # "Of those homicides, five people were killed"
    for prep in (c for c in verb.children if c.dep_ == "prep") if triggers else ():
        for obj in (g for g in prep.children if g.dep_ == "pobj" and g.tag_ == "NNS" and g.i in triggers):
            if event_tier(reading.measure, triggers[obj.i].type) == INCIDENT:
                return f"{prep.lower_} {obj.lower_}"  # "in shootings": several incidents
    if any(c.dep_ == "conj" for c in phrase.children) and not breakdown(phrase):
        return "and"  # "killed three people and then himself": the verb's toll is more than the figure
    for token in doc[figure.end:min(sentence.end, figure.end + WITHIN_WINDOW)]:
        if token.lower_ in _REFLEXIVES and token.head == verb and phrase.head == verb and phrase.dep_ == "nsubj":
            continue  # "a teenager shot himself": the figure's own person, not one more
        if token.lower_ in lex.within:
            return token.lower_  # "seven people dead, including the gunman"
    for i in range(sentence.start, sentence.end):
        for cue in lex.scopes:
            if cue[0] == lowers[i] and i + len(cue) <= sentence.end and tuple(lowers[i:i + len(cue)]) == cue:
                return " ".join(cue)
    return None


def breakdown(noun: Token) -> list[Token]:
    """The counted nouns that share out the noun's count, set off by a comma after it, whether the
    parser hangs them as an apposition or as conjuncts: "six people, three men and three women" →
    [men, women]. Only when their numbers add up to the noun's: the sum is what says they restate
    the six rather than add to them ("two officers, three civilians and a child": no)."""
    doc = noun.doc
    total = _cardinal(noun)
    if total is None or noun.i + 1 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    first = next((c for c in noun.children if c.dep_ in ("appos", "conj") and c.i > noun.i + 1), None)
    if first is None:
        return []
    shares = [first]
    while (after := next((c for c in shares[-1].children if c.dep_ == "conj"), None)) is not None:
        shares.append(after)
    counts = [_cardinal(share) for share in shares]
    if len(shares) < 2 or None in counts or sum(counts) != total:
        return []
    return shares


def _breaks_down(noun: Token) -> bool:
    """Whether the noun is one of the shares of a count it is set after ("three women" of "six
    people, three men and three women")."""
    whole = noun
    while whole.dep_ in ("appos", "conj") and whole.head.i < whole.i:
        whole = whole.head
        if noun in breakdown(whole):
            return True
    return False


def _cardinal(noun: Token) -> Decimal | None:
    number = next((c for c in noun.children if c.dep_ == "nummod" and c.i < noun.i), None)
    return parse_number(number.text) if number is not None else None


def _denied(verb: Token) -> bool:
    """Whether a verb of rescue is denied: "could not save", "did not survive", "were unable to
    save", "failed to revive" (not "could save", "tried to save")."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb:
        lemma = head.lemma_.lower()
        if lemma in ("unable", "fail") or lemma == "able" and any(c.dep_ == "neg" for c in (*head.children,
                                                                                            *head.head.children)):
            return True
    return False


def _unasserted(verb: Token) -> bool:
    """A denied or merely possible outcome: "was not hurt", "could have hit her and killed her"."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for v in verbs for c in v.children)


def _negated(verb: Token) -> bool:
    """A denied outcome: "were not hurt", "and were not injured"."""
    verbs = (verb, verb.head) if verb.dep_ == "conj" else (verb,)
    return any(c.dep_ == "neg" for v in verbs for c in v.children)


def _tally(anchor: Token) -> bool:
    """Whether the clause of a figure says it adds up many incidents: "45 homicides so far this year"."""
    lex = lexicon()
    doc = anchor.doc
    inside = {t.i for t in anchor.subtree if not _under_ordinal(t, anchor)}
    for i in sorted(inside):
        token = doc[i]
        if any(all(i + k in inside and doc[i + k].lower_ == word for k, word in enumerate(cue)) for cue in lex.tallies):
            return True
        following = doc[i + 1] if i + 1 < len(doc) else None
        if following is None:
            continue
        if token.lower_ == "since" and following.ent_type_ in ("DATE", "TIME") and \
                not any(c.dep_ == "case" for c in following.children):
            return True  # "74 shot since Wednesday", not "since Sunday's shooting"
        if token.lower_ in ("past", "last") and any(t.tag_ == "NNS" and t.lemma_ in ("hour", "day", "week", "month", "year")
                                                    for t in doc[i + 1:i + 3]):
            return True  # "in the past two weeks"
        if token.lower_ == "separate" and token.head.tag_ == "NNS":
            return True  # "in separate shootings"
    return False


def _under_ordinal(token: Token, top: Token) -> bool:
    """Inside a phrase with an ordinal: "the city's 45th homicide this year" says which one, not how many."""
    for node in (token, *token.ancestors):
        if any(c.ent_type_ == "ORDINAL" for c in node.children):
            return True
        if node == top:
            return False
    return False


# --- who, and according to whom ----------------------------------------------------


def _affected(figure: _Figure, reading: _Reading, found: list, entities: MentionsByOffset) -> str | None:
    if figure.kind == LISTED:
        # "Ann Lee and Tom Hale were shot dead": the first conjunct stands for the list in the
        # reading, but no one actor is the two people counted; the first person is not.
        return None
    if reading.noun is not None:
        key = _restated(reading.noun, entities) or entity_key(reading.noun, entities) \
            or _befallen(reading.noun, figure, entities) or _group_of(reading.noun, entities)
        if key is not None or reading.noun != reading.anchor:
            return key
    if reading.enclosed_by is not None:
        return found[reading.enclosed_by][2].affected
    for _, earlier, claim in reversed(found):  # "26 … killed and 18 wounded": the figure shares the noun
        if _coordinated(earlier.anchor, reading.anchor):
            # but not one person's node: "a man was killed and seven were injured" counts others
            return claim.affected if claim.value != 1 or figure.value == 1 else None
    return None


def _befallen(noun: Token, figure: _Figure, entities: MentionsByOffset) -> str | None:
    """The people a counted noun of what befalls them names with "of", when the figure counts them:
    "the killing of a man", "the deaths of two women" → the man, the two women."""
    counted = _object(_child(noun, "prep", "of"))
    if counted is None or not counted.left_edge.i <= figure.head.i <= counted.i:
        return None
    return entity_key(counted, entities)


def _restated(noun: Token, entities: MentionsByOffset) -> str | None:
    """The group an apposition says the counted people are: "nine people, all members of rival
    gangs, were killed" counts the gang members, the qualified group, not people at large: the
    apposition's group mention, or that of its "of" ("members of rival gangs": the gangs)."""
    for appositive in (c for c in noun.children if c.dep_ == "appos" and c.tag_ == "NNS"):
        mention = mention_at(entities, appositive)
        if mention is not None and mention.kind == GROUP:
            return mention.key
        if (key := _group_of(appositive, entities)) is not None:
            return key
    return None


def _group_of(noun: Token, entities: MentionsByOffset) -> str | None:
    """The group a plural says the counted people belong to with "of": "18 members of the police
    … had been killed" counts police, "members of rival gangs" gang members."""
    whole = _object(_child(noun, "prep", "of")) if noun.tag_ == "NNS" else None
    mention = mention_at(entities, whole) if whole is not None else None
    return mention.key if mention is not None and mention.kind == GROUP else None


def _coordinated(a: Token, b: Token) -> bool:
    return (b.dep_ == "conj" and b.head == a) or (a.dep_ == "conj" and a.head == b) or \
        (a.dep_ == b.dep_ == "conj" and a.head == b.head)


def entity_key(token: Token, entities: MentionsByOffset | list[EntityMention]) -> str | None:
    """The key of the shortest mention covering the token's first character (an index of the
    mentions answers without scanning them all, for the claims of a long article)."""
    mention = mention_at(entities, token)
    return mention.key if mention is not None else None


def source_of(anchor: Token, sentence: SpacySpan) -> Token | None:
    """The source of the clause: the subject of the reporting verb above it, or "according to X"."""
    lex = lexicon()
    for ancestor in anchor.ancestors:
        lemma = ancestor.lemma_.lower()
        if ancestor.lower_ == "according":
            return _relayed(issuer(_object(_child(ancestor, "prep", "to"))))
        if lemma in lex.relay_verbs:
            return _relayed(_child(ancestor, "dobj"))
        if lemma in lex.speech_verbs:
            subject = _subject(ancestor)
            if subject is not None and subject.tag_ == "WP" and ancestor.dep_ == "relcl":
                subject = ancestor.head  # "the sheriff, who said three were killed"
            if subject is not None:
                return _relayed(issuer(subject))
            if ancestor.dep_ == "acl":  # "officials saying …"
                return ancestor.head
        if lemma in lex.speech_nouns and ancestor.dep_ == "dobj":
            subject = _subject(ancestor.head)  # "the president made reference to 300 bandits"
            if subject is not None:
                return _relayed(subject)
    inserted = _inserted_report(anchor)
    if inserted is not None:
        return _relayed(issuer(inserted))
    according = next((t for t in sentence if t.lower_ == "according"), None)
    if according is not None:
        return _relayed(issuer(_object(_child(according, "prep", "to"))))
    return None


def _inserted_report(anchor: Token) -> Token | None:
    """The subject of a reporting verb set into the figure's clause rather than over it: "the three
    wounded victims were all hospitalized, Hale said, and one …" (the parser hangs "said" under
    "hospitalized" as parataxis). A reporting verb with a complement of its own reports that
    instead: "three were hurt; police said the gunman fled"."""
    speech = lexicon().speech_verbs
    for head in (anchor, *anchor.ancestors):
        for child in head.children:
            if child.dep_ == "parataxis" and child.lemma_.lower() in speech and \
                    not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in child.children):
                subject = _subject(child)
                if subject is not None:
                    return subject
    return None


def _relayed(speaker: Token | None) -> Token | None:
    """The final source when the speaker passes on someone's words: "Khabar 24 citing the ministry"."""
    if speaker is None:
        return None
    relay = next((c for c in speaker.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon().relay_verbs), None)
    source = _child(relay, "dobj") if relay is not None else None
    return source or speaker


def _subject(verb: Token) -> Token | None:
    """The nearest subject: a heading run into the sentence may add a second one."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return min(subjects, key=lambda c: abs(c.i - verb.i)) if subjects else None


def _child(token: Token | None, dep: str, text: str | None = None) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == dep and (text is None or c.lower_ == text)), None)


def _object(preposition: Token | None) -> Token | None:
    return _child(preposition, "pobj")
