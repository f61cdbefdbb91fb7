"""Events in one parsed article: who did what to whom, where and when.

A trigger is a verb or an event noun of the lexicon ``kg/data/event_triggers.yaml``
(the 16 PLOVER 2021 categories). Its roles come from the dependency parse:

- agent: the subject; the passive "by X"; the antecedent of a relative
  pronoun ("protesters, who stormed"); the controlling subject of an
  infinitive or participle ("vowed to destroy them", "…, pulling X from
  posts"); the object of "thank X for sending"; for a noun, its possessor
  ("Moscow's deployment"), "by X", "from X" for a request ("an appeal for
  assistance from X"), a proper-noun compound, the subject of the light
  verb it is the object of ("staged demonstrations"), or the subject of a
  verb of taking part in it ("is in talks with X"); a "by X" set off by a comma
  right after a passive with none, which the parser hangs higher up ("a man who
  was shot and killed on May 1, by police");
- target: the direct object, the passive subject, the subject a passive with
  none of its own takes from the verb it hangs on ("a teenager died after
  being shot": the teenager, not the agent), and the objects of the
  category's target prepositions (data in the lexicon); the object of a
  participle of hitting that shares an attack's subject ("fired at police,
  striking an officer"); the object of a verb taking a bare infinitive, parsed
  as that clause's subject ("help them apprehend");
- place: the object of a place preposition ("in Nairobi") that is a Place or
  Country mention, or the place a part of a place is of ("in the 1400 block of
  Elm Street"); the noun a relative clause opened by "where" describes ("at
  Elm and Oak avenues, where a man was shot"); for an event done "for" at the
  end of a going or bringing, the place gone to ("flown to Lyon for the
  ceremony");
- date: the time expression that modifies the trigger (``dates.date_for``),
  or the one of the verb governing a nominal trigger.

Roles point to EntityMention keys by overlap with the role's head token, its
conjuncts ("Russia, Belarus, Armenia …") and, failing that, its appositions
and compounds; a role with no overlapping mention is left empty.

Reporting verbs ("say", "announce") are not events. A report is a
kg:Statement only when it heads its sentence, its speaker is a mention, and
the reported clause holds no event of a category: the declaration itself is
then the news. A reported clause with a deontic modal aimed at someone else
("China must drop barriers") is a Request of the speaker to that someone.

Negated events ("did not", "without warning") and events that are not
asserted as having happened (modal or future auxiliaries, infinitives,
conditionals, the content of a request, offer, refusal or threat) keep their
category and carry ``negated`` / ``hypothetical``.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, ORTH
from spacy.tokens import Doc, Token

from kg.extract.described_people import is_kin_noun
from kg.extract.overlaps import MentionsByOffset
from kg.extract.syntax import first_conjunct, listed_apposition
from kg.model import COUNTRY, GROUP, ORGANIZATION, PLACE, Article, EntityMention, EventMention, TimeMention
from kg.nlp.parse import char_span, positions, positions_of, span_of
from kg.knowledge.resources import data_file, load_yaml
from kg.extract.dates import before_its_mark, bounds_a_period, date_for, day_value, time_phrase, times_starting_in
from kg.knowledge.event_classes import EVENT_TYPES, event_ancestors, plover_category

STATEMENT = "Statement"
_CLAUSAL = {"ccomp", "advcl", "relcl", "xcomp", "acl", "conj", "parataxis", "csubj", "pcomp", "csubjpass"}
_RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
_SUBJECTS = {"nsubj", "csubj", "expl"}
# Categories whose nominal or clausal content is asked for, offered, refused or
# threatened, not reported as having happened: "appealed for help".
_CONTENT_OF = {"Request", "Agree", "Reject", "Threaten"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Links by which a verb's clause shares the time of the clause it belongs to.
_SAME_TIME_CLAUSES = {"advcl", "conj", "xcomp", "ccomp"}
# Prepositions of the occasion an act took place at ("said in a July 16 press conference", "at a
# Thursday news conference", "killed in a Saturday shooting"): the occasion's day is the act's.
_OCCASION_PREPOSITIONS = {"in", "at", "during"}
# Words by which a time names a moment or part of a day, not a whole day ("early Sunday morning").
_MOMENT_WORDS = {"early", "late", "morning", "afternoon", "evening", "night", "midnight", "noon", "overnight",
                 "a.m.", "p.m.", "dawn"}
NO_OBJECT = frozenset({"<none>"})  # a constraint: the trigger counts only without an object
PERSON_OBJECT = "<person>"  # in a word class: an object the parser names as a person
ORGANIZATION_OBJECT = "<organization>"  # in a word class: an object the parser names as an organisation
COUNTRY_OBJECT = "<country>"  # in a word class: an object the parser names as a country, state or city
MONEY_OBJECT = "<money>"  # in a word class: an object the parser names as a sum of money ("offered $5 billion")
_OBJECT_ENTITIES = {PERSON_OBJECT: "PERSON", ORGANIZATION_OBJECT: "ORG", COUNTRY_OBJECT: "GPE", MONEY_OBJECT: "MONEY"}


@dataclass(frozen=True)
class TriggerRule:
    """One way a word can signal an event of a category."""

    type: str
    head: str  # lemma of the trigger token
    words: tuple[str, ...] = ()  # other lemmas to find among its dependents
    objects: frozenset[str] | None = None  # an object must have one of these lemmas ("any": empty set)
    agent_types: tuple[tuple[frozenset[str], str], ...] = ()  # agent word class → category
    object_is_target: bool = False  # the licensing object is the target ("fired the coach"), not trigger words
    subjects: frozenset[str] | None = None  # the doer (subject, or "by" of a passive) must have one of these lemmas
    modifiers: frozenset[str] | None = None  # an adjective or compound on the word must be one of these ("a formal protest")


@dataclass(frozen=True)
class NotSense:
    """A use of a trigger word in another sense than the event's: it holds when the word has a
    direct object (``object``), a preposition (``prep``, with an object of ``prep_object`` if
    given), a modifier (``modifier``) or a head (``head``) among the given lemmas."""

    object: frozenset[str] | None = None
    prep: str | None = None
    prep_object: frozenset[str] | None = None
    modifier: frozenset[str] | None = None
    head: frozenset[str] | None = None
    adverb: frozenset[str] | None = None  # an adverb on the word ("have met him once")
    aux: frozenset[str] | None = None  # an auxiliary of the word ("have met": the experiential perfect)
    subject: frozenset[str] | None = None  # who or what does it ("the new plane offers more seats")
    passive: bool = False  # the word is a passive ("had been warned")
    # dependencies and prepositions it must not have: "had been warned" with no clause ("that it
    # would strike"), no "of" or "against" phrase, tells no threatened act
    without_dep: frozenset[str] = frozenset()
    without_prep: frozenset[str] = frozenset()
    # the word ends a proper name ("the Global Mobile Conference"): the name of an occasion
    named: bool = False

    def holds(self, token: Token) -> bool:
        def among(tokens, lemmas) -> bool:
            return any(t.lemma_.lower() in lemmas or t.lower_ in lemmas for t in tokens)
        if self.object is not None and not among(_patients(token), self.object):
            return False
        if self.prep is not None:
            preps = [c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == self.prep]
            if not preps or self.prep_object is not None and not among(
                    (g for c in preps for g in c.children if g.dep_ == "pobj"), self.prep_object):
                return False
        if self.modifier is not None and not among(
                (c for c in token.children if c.dep_ in ("amod", "compound", "nummod", "npadvmod")), self.modifier):
            return False
        if self.adverb is not None and not among((c for c in token.children if c.dep_ == "advmod"), self.adverb):
            return False
        if self.aux is not None and not among((c for c in token.children if c.dep_ == "aux"), self.aux):
            return False
        if self.subject is not None and not among(_doers(token), self.subject):
            return False
        if self.passive and not any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
            return False
        if self.named and not (token.pos_ == "PROPN" and token.text[:1].isupper() and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children)):
            return False
        if any(c.dep_ in self.without_dep or c.dep_ == "prep" and c.lower_ in self.without_prep
               for c in token.children):
            return False
        return self.head is None or among([token.head] if token.head != token else [], self.head) or (
            token.head.dep_ == "prep" and among([token.head.head], self.head))


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, tuple[TriggerRule, ...]]
    nouns: dict[str, tuple[TriggerRule, ...]]
    classes: dict[str, frozenset[str]]
    riot: frozenset[str]
    reporting: frozenset[str]
    deontic: frozenset[str]
    light: frozenset[str]
    modals: frozenset[str]
    intent_heads: frozenset[str]
    future_heads: frozenset[str]  # intent heads that plan or promise ("vowed to"): future, not possible
    future_modals: frozenset[str]
    denial: frozenset[str]
    aspectual: frozenset[str]
    negators: frozenset[str]
    conditionals: frozenset[str]
    target_preps: dict[str, frozenset[str]]
    place_preps: frozenset[str]
    happen: frozenset[str]
    generic: frozenset[str]
    intent_as: dict[str, str]
    negated_as: dict[str, str]
    cognition: frozenset[str]  # verbs of learning or judging: their time is not their object's
    temporal_shift: frozenset[str]  # "after", "before": a clause they open is not at its governor's time
    postponing: frozenset[str]  # "postponed a visit": the happening is put off (future)
    cancelling: frozenset[str]  # "cancelled a visit": the happening will not take place (negated)
    possessed: frozenset[str]  # classes whose nominal trigger's possessor undergoes it ("his arrest")
    undergoers: frozenset[str]  # classes whose intransitive subject undergoes the event ("X died")
    befallen: frozenset[str] = frozenset()  # classes whose nominal trigger's name modifier it befalls ("the Acme fire")
    attending: frozenset[str] = frozenset()  # verbs of attending to a happening as it happens ("responded to")
    later_stage: frozenset[str] = frozenset()  # classes whose event follows the one it is about ("charged with murder")
    refusal_heads: frozenset[str] = frozenset()  # their infinitive did not happen ("refusing to help")
    presupposing: frozenset[str] = frozenset()  # their object happened ("responded to investigate a shooting")
    other_happening: frozenset[str] = frozenset()  # "another shooting", "happened four hours earlier"
    ordinals: dict[str, int] = field(default_factory=dict)  # "second" → 2: "the second shooting" of a series
    going_to: frozenset[str] = frozenset()  # progressive heads of a planned act: "are going to arrest him"
    repeated: frozenset[str] = frozenset()  # adverbs of a verb told of an earlier happening: "sued again"
    sought_for: frozenset[str] = frozenset()  # "a fugitive wanted in a shooting": an earlier one
    negative_subjects: frozenset[str] = frozenset()  # "nobody was hurt": the event did not happen
    cause_preps: frozenset[str] = frozenset()  # "died from injuries": the injuries came before
    finding: frozenset[str] = frozenset()  # "found with a gunshot wound": the wound is at their time
    undergoing: frozenset[str] = frozenset()  # "suffered a wound": the wound is at their time
    simultaneous: frozenset[str] = frozenset()  # "while", "as": a clause they open is at its governor's time
    happening_anaphors: frozenset[str] = frozenset()  # "it", "the incident" (happened Saturday)
    happening_times: frozenset[str] = frozenset()  # "happen", "occur", "take place"
    # reporting verbs that also name putting or making a thing ("added new features"): a report
    # only with speech, not with an object that is a thing
    speech_only: frozenset[str] = frozenset()
    # an event noun's modifier → "future" ("the planned merger") or "possible" ("a potential strike")
    unrealised: dict[str, str] = field(default_factory=dict)
    realising: frozenset[str] = frozenset()  # "the planned merger was completed": it happened
    implicative: frozenset[str] = frozenset()  # "has chosen to step down": the step down is told as done
    # (class, trigger phrase) → the kind of act it names within its class ("investigate", "sue")
    act_kinds: dict[tuple[str, str], str] = field(default_factory=dict)
    act_kind_classes: dict[str, frozenset[str]] = field(default_factory=dict)  # kind → narrower classes it may be
    # lemma → the senses in which a (verb or noun) trigger word names no event ("hails from", "killed a deal")
    not_senses: dict[tuple[str, str], tuple[NotSense, ...]] = field(default_factory=dict)
    # (head lemma, modifier lemma) of compounds that name a thing or a happening of another class than
    # their words' ("press release", "trade war": no trigger; "press conference": a Statement) →
    # that class, or None
    fixed_compounds: dict[tuple[str, str], str | None] = field(default_factory=dict)
    place_parts: frozenset[str] = frozenset()  # "the 1400 block of Elm Street": the place is Elm Street
    destination_verbs: frozenset[str] = frozenset()  # "flew to Lyon for the summit": the summit is in Lyon
    hitting_verbs: frozenset[str] = frozenset()  # "fired at police, striking an officer": the officer is hit
    leaving_verbs: frozenset[str] = frozenset()  # "a shooting left a man dead": the man was harmed
    leaving_states: frozenset[str] = frozenset()  # "dead", "injured": the states of harm it leaves them in
    # adjectives that name the state a happening leaves, a trigger only as a predicate ("one man is
    # dead", "left a clerk dead", "3 dead after ..."), never on a noun ("a dead end")
    adjectives: dict[str, tuple[TriggerRule, ...]] = field(default_factory=dict)

    def target_prepositions(self, category: str) -> frozenset[str]:
        plover = plover_category(category) or "default"
        return self.target_preps.get(category, self.target_preps.get(plover, self.target_preps["default"]))


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> Lexicon:
    """Read the trigger lexicon (``kg/data/event_triggers.yaml`` unless ``path`` is given)."""
    with open(path or data_file("event_triggers.yaml"), encoding="utf-8") as handle:
        data = load_yaml(handle)
    classes = {name: frozenset(words) for name, words in data["word_classes"].items()}
    verbs: dict[str, list[TriggerRule]] = {}
    nouns: dict[str, list[TriggerRule]] = {}
    adjectives: dict[str, tuple[TriggerRule, ...]] = {}
    for category, entry in data["categories"].items():
        if category not in EVENT_TYPES:
            raise ValueError(f"event_triggers.yaml: {category} is no event class of kg.rdf.vocab")
        for constrained in entry.get("constrained", []):
            pos = "verb" if "verb" in constrained else "noun"
            head, *words = constrained[pos].split()
            objects = constrained.get("object")
            rule = TriggerRule(
                type=constrained.get("type", category), head=head, words=tuple(words),
                objects=None if objects is None else NO_OBJECT if objects == "none" else classes.get(objects, frozenset()),
                agent_types=tuple((classes[name], kind) for name, kind in constrained.get("agent", {}).items()),
                object_is_target=constrained.get("role") == "target",
                subjects=classes[constrained["subject"]] if "subject" in constrained else None,
                modifiers=_lemma_list(constrained.get("modifier"), classes))
            (verbs if pos == "verb" else nouns).setdefault(head, []).append(rule)
        for phrase in entry.get("verbs", []):
            head, *words = phrase.split()
            verbs.setdefault(head, []).append(TriggerRule(category, head, tuple(words)))
        for phrase in entry.get("nouns", []):
            parts = phrase.split()
            index = parts.index("of") - 1 if "of" in parts else len(parts) - 1
            words = tuple(word for i, word in enumerate(parts) if i != index and word != "of")
            nouns.setdefault(parts[index], []).append(TriggerRule(category, parts[index], words))
        for word in entry.get("adjectives", []):
            adjectives[word] = (TriggerRule(category, word),)

    def ordered(table: dict[str, list[TriggerRule]]) -> dict[str, tuple[TriggerRule, ...]]:
        # constrained entries first (a constraint on the doer, then a word class of objects, then
        # any object: "ordered planes" is a purchase before "ordered" anything is an order), then
        # longer phrases, then single words
        def specificity(rule: TriggerRule) -> int:
            if rule.subjects is not None:
                return 0
            if rule.objects or rule.agent_types or rule.modifiers:
                return 1
            return 2 if rule.objects is not None else 3
        return {head: tuple(sorted(rules, key=lambda r: (specificity(r), -len(r.words))))
                for head, rules in table.items()}

    def by_category(table: dict[str, list[str]]) -> dict[str, str]:
        return {member: category for category, members in table.items() for member in members}

    return Lexicon(
        verbs=ordered(verbs), nouns=ordered(nouns), classes=classes,
        riot=frozenset(data["riot_when_by_protesters"]), reporting=frozenset(data["reporting_verbs"]),
        deontic=frozenset(word for phrase in data["deontic_modals"] for word in phrase.split()[:1]),
        light=frozenset(data["light_verbs"]), modals=frozenset(data["modal_auxiliaries"]),
        intent_heads=frozenset(data["intent_heads"]), aspectual=frozenset(data["aspectual_heads"]),
        future_heads=frozenset(data["future_heads"]), future_modals=frozenset(data["future_modals"]),
        denial=frozenset(data["denial_verbs"]),
        negators=frozenset(data["negators"]), conditionals=frozenset(data["conditional_markers"]),
        target_preps={name: frozenset(preps) for name, preps in data["target_prepositions"].items()},
        place_preps=frozenset(data["place_prepositions"]),
        happen=frozenset(data["aspectual_heads"] + data["happening_verbs"]),
        generic=frozenset(data["nouns_needing_a_role"]),
        intent_as=by_category(data["intent_as"]), negated_as=by_category(data["negated_as"]),
        undergoers=frozenset(data["subject_undergoes"]), possessed=frozenset(data["possessor_undergoes"]), temporal_shift=frozenset(data["temporal_shift"]),
        postponing=frozenset(data["postponing_verbs"]), cancelling=frozenset(data["cancelling_verbs"]),
        cognition=frozenset(data["cognition_verbs"]), later_stage=frozenset(data["later_stage_classes"]),
        attending=frozenset(data["attending_verbs"]), refusal_heads=frozenset(data.get("refusal_heads", [])),
        presupposing=frozenset(data.get("presupposing_verbs", [])),
        other_happening=frozenset(data.get("other_happening", [])), ordinals=dict(data.get("ordinals", {})), going_to=frozenset(data.get("going_to", [])),
        repeated=frozenset(data.get("repeated_happening", [])), sought_for=frozenset(data.get("sought_for", [])),
        negative_subjects=frozenset(data.get("negative_subjects", [])),
        undergoing=frozenset(data.get("undergoing_verbs", [])),
        finding=frozenset(data.get("finding_verbs", [])),
        cause_preps=frozenset(data.get("cause_prepositions", [])),
        befallen=frozenset(data.get("compound_befalls", [])),
        simultaneous=frozenset(data.get("simultaneous_marks", [])),
        happening_anaphors=frozenset(data.get("happening_anaphors", [])),
        happening_times=frozenset(data.get("happening_times", [])),
        speech_only=frozenset(data.get("reporting_of_speech_only", [])),
        not_senses=_not_senses(data.get("not_senses", []), classes),
        unrealised=by_category(data.get("unrealised_modifiers", {})),
        realising=frozenset(data.get("realising_verbs", [])),
        implicative=frozenset(data.get("implicative_heads", [])),
        act_kinds={(category, phrase): kind for category, kinds in data.get("act_kinds", {}).items()
                   for kind, phrases in kinds.items() for phrase in phrases},
        act_kind_classes={kind: frozenset(names) for kind, names in data.get("act_kind_classes", {}).items()},
        fixed_compounds={_fixed_compound(phrase): _compound_class(kind)
                         for phrase, kind in data.get("fixed_compounds", {}).items()},
        place_parts=frozenset(data.get("place_parts", [])),
        destination_verbs=frozenset(data.get("destination_verbs", [])),
        hitting_verbs=frozenset(data.get("hitting_verbs", [])),
        leaving_verbs=frozenset(data.get("leaving_verbs", [])),
        leaving_states=frozenset(data.get("leaving_states", [])),
        adjectives=adjectives,
    )


def _lemma_list(value, classes: dict[str, frozenset[str]]) -> frozenset[str] | None:
    """A condition's lemmas: a word class named, or a list."""
    if value is None:
        return None
    return classes[value] if isinstance(value, str) else frozenset(value)


def _fixed_compound(phrase: str) -> tuple[str, str]:
    modifier, head = phrase.split()
    return head, modifier


def _compound_class(kind: str | None) -> str | None:
    if kind in (None, "none"):
        return None
    if kind not in EVENT_TYPES and kind != STATEMENT:
        raise ValueError(f"event_triggers.yaml: fixed_compounds: {kind} is no event class")
    return kind


def _not_senses(entries: list[dict], classes: dict[str, frozenset[str]]) -> dict[tuple[str, str], tuple[NotSense, ...]]:
    """(part of speech, lemma) → its NotSense entries; a condition names a word class or lists lemmas."""
    def lemmas(value) -> frozenset[str] | None:
        return _lemma_list(value, classes)

    table: dict[tuple[str, str], list[NotSense]] = {}
    for entry in entries:
        pos = "verb" if "verb" in entry else "noun"
        sense = NotSense(object=lemmas(entry.get("object")), prep=entry.get("prep"),
                         prep_object=lemmas(entry.get("prep_object")), modifier=lemmas(entry.get("modifier")),
                         head=lemmas(entry.get("head")), adverb=lemmas(entry.get("adverb")),
                         aux=lemmas(entry.get("aux")), subject=lemmas(entry.get("subject")),
                         passive=bool(entry.get("passive", False)),
                         without_dep=frozenset(entry.get("without_dep", ())),
                         without_prep=frozenset(entry.get("without_prep", ())),
                         named=bool(entry.get("named", False)))
        table.setdefault((pos, entry[pos]), []).append(sense)
    return {key: tuple(senses) for key, senses in table.items()}


@dataclass
class _Found:
    token: Token
    rule: TriggerRule
    matched: list[Token]
    type: str


def extract_events(doc: Doc, article: Article, entities: list[EntityMention],
                   times: list[TimeMention]) -> list[EventMention]:
    """The events of one parsed article, in text order, keyed ``v1``, ``v2`` …"""
    lexicon = load_lexicon()
    found = _find_triggers(doc, lexicon)
    asking = _asking(found)
    roles = _Roles(article, entities, lexicon)
    events: list[EventMention] = []
    taken: set[int] = set()
    for item in found:
        event = roles.event(item.token, item.type, item.matched, times, _is_content(item, asking),
                            key=f"v{len(events) + 1}")
        event.sense = lexicon.act_kinds.get((item.type, " ".join((item.rule.head, *item.rule.words))), "")
        taken.update(token.i for token in item.matched)
        if item.token.pos_ != "VERB" and item.rule.head in lexicon.generic and not (
                event.agents or event.targets or event.places or event.date or event.negated):
            continue  # "the violence", "help": a kind of act, not one act, when nothing pins it down
        events.append(event)
    # Only a troops-class noun can be a contributed force (``_Roles._sponsors``), only a
    # reporting verb a report: their lemmas pick the tokens without visiting every word.
    forces = (doc[i] for i in _lemma_positions(doc, lexicon.classes["troops"]))
    for force in (token for token in forces if token.i not in taken and _governing_verb(token).i not in taken):
        event = roles.contributed_force(force, key=f"v{len(events) + 1}")
        if event is not None:
            events.append(event)
    reports = (doc[i] for i in _lemma_positions(doc, lexicon.reporting))
    for report in (token for token in reports if token.pos_ == "VERB" and token.i not in taken):
        event = roles.report(report, times, taken, key=f"v{len(events) + 1}")
        if event is not None:
            events.append(event)
    events.sort(key=lambda event: event.trigger.start)
    _victims_of_attacks(doc, events)
    _victims_of_their_wounds(doc, events, lexicon)
    _counted_victims(doc, events, entities, lexicon)
    _places_of_one_subject(doc, events)
    for number, event in enumerate(events, start=1):
        event.key = f"v{number}"
    _happening_dates(doc, events, times, lexicon)
    _happening_places(doc, events, roles, lexicon)
    _continued_dates(doc, events, times, lexicon)
    return events


# The harm done to people, whose targets are the victims of the attack that did it.
_HARMS = frozenset({"Kill", "Injure", "Die"})
# How an attack's word hangs on the harm's in one clause, or the harm's on the attack's: "were
# wounded when a gunman opened fire" (advcl), "killed in a shooting" (prep, pobj), "opened fire,
# wounding four" (advcl), "shot and wounded" (conj).
_TIES = frozenset({"advcl", "prep", "pobj", "conj", "xcomp"})


def _victims_of_attacks(doc: Doc, events: list[EventMention]) -> None:
    """An attack with no target whose clause ties it to a harm done to people ("four people were
    wounded when a gunman opened fire", "one man was killed in a shooting") takes the harm's
    targets: the victims of the harm are the attack's targets."""
    harms = [e for e in events if e.type in _HARMS and e.targets and not e.negated]
    if not harms:
        return
    roots = {harm.key: _trigger_root(doc, harm) for harm in harms}  # once: an article has many attacks
    sentence_of = {key: root.sent.start for key, root in roots.items() if root is not None}
    for attack in events:
        if attack.negated or (attack.type != "Attack" and "Attack" not in event_ancestors(attack.type)):
            continue
        head = _trigger_root(doc, attack)
        if head is None:
            continue
        head = _misread_nominal(head) or head  # "wounded in a Sunday night shooting"
        if attack.targets:  # "a man was shot, and two others were wounded": the others were hit too
            attack.targets += [k for harm in harms if _coordinated(roots[harm.key], head)
                               for k in harm.targets if k not in attack.agents and k not in attack.targets]
            continue
        here = head.sent.start
        tied = next((root for key, root in roots.items() if root is not None and sentence_of[key] == here
                     and (_tied(head, root) or _tied(root, head))), None)
        if tied is None:
            continue
        # and the harms joined to that one: "one man was killed and three others were injured in a shooting"
        for harm in harms:
            root = roots[harm.key]
            if root is not None and (root == tied or root.dep_ == "conj" and root.head == tied
                                     or tied.dep_ == "conj" and tied.head == root
                                     or _joined_clauses(root, tied)):
                attack.targets += [k for k in harm.targets if k not in attack.agents and k not in attack.targets]


def _victims_of_their_wounds(doc: Doc, events: list[EventMention], lexicon: Lexicon) -> None:
    """An attack told with no target ("Police responded to a shooting on Elm Street") takes those
    who died of wounds told after it ("John Doe died at the hospital from his wounds"): the
    wounds are the attack's, when it is the nearest attack before them. The dead are the death's
    subject, not whom the wounds' possessive was read as; a death with no such cause ("was
    pronounced dead") ties no one to it."""
    roots = {id(event): _trigger_root(doc, event) for event in events}
    for wound in events:
        root = roots[id(wound)]
        verb = None if wound.negated or root is None else _undergoing_from(root, lexicon)
        if verb is None:
            continue
        dead = [k for e in events if e.type in _HARMS and roots[id(e)] == verb and not e.negated for k in e.targets]
        attack = max((e for e in events if e.trigger.start < wound.trigger.start and _is_attack(e)),
                     key=lambda e: e.trigger.start, default=None)
        if dead and attack is not None and not attack.targets and not attack.negated and not attack.distinct \
                and attack.factuality == "asserted":
            attack.targets += [k for k in dead if k not in attack.agents]


def _is_attack(event: EventMention) -> bool:
    """An event whose targets are those it harms: an attack of any kind, or a killing."""
    return _is_attack_class(event.type)


def _is_attack_class(kind: str) -> bool:
    return kind in ("Attack", "Kill") or "Attack" in event_ancestors(kind)


def _left_harmed(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a harm left in a state, the object of a verb of leaving whose subject is the harm's
    noun: "a shooting on Elm Street left a man dead and two women injured"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.leaving_verbs:
        return []
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # the state hangs on the object ("a man dead") or on the verb ("left him critically injured")
    states = [s for t in (verb, *objects) for s in t.children if s.lower_ in lexicon.leaving_states]
    return _with_conjuncts(objects) if states else []


def _bearers(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who bears the harm a noun names: the subject of a verb of undergoing it ("a boy suffered a
    gunshot wound", "two officers sustained injuries"), and the one found with it ("a man was found
    with a gunshot wound", "found a woman with gunshot wounds"). The wound's bearer is its victim."""
    node = noun
    while node.dep_ == "compound" and node.head != node:  # "gunshot" in "suffered a gunshot wound"
        node = node.head
    verb = node.head
    if node.dep_ == "pobj" and verb.lower_ in lexicon.cause_preps:  # "suffering from gunshot wounds"
        node, verb = verb, verb.head
    if node.dep_ in ("dobj", "prep") and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.undergoing:
        return _undergoer(verb)
    if node.dep_ != "pobj" or verb.lower_ != "with":
        return []
    holder = verb.head
    if holder.pos_ == "VERB" and holder.lemma_.lower() in lexicon.finding:  # "was found with", "found her with"
        return _with_conjuncts(c for c in holder.children if c.dep_ in ("nsubjpass", "dobj"))
    if holder.pos_ in ("NOUN", "PROPN", "PRON") and holder.dep_ in ("dobj", "nsubjpass") \
            and holder.head.lemma_.lower() in lexicon.finding:  # "found a man with a gunshot wound"
        return _with_conjuncts([holder])
    return []


def _coordinated(a: Token | None, b: Token) -> bool:
    """Two verbs joined by "and" as one clause's conjuncts: "was shot, and two others were wounded"."""
    return a is not None and a.pos_ == b.pos_ == "VERB" and (a.dep_ == "conj" and a.head == b
                                                             or b.dep_ == "conj" and b.head == a)


def _counted_victims(doc: Doc, events: list[EventMention], entities: list[EntityMention], lexicon: Lexicon) -> None:
    """A group the text counts by a noun of those an attack reached ("Three victims were taken to
    the hospital", "the two victims", the lexicon's ``victims``) is among the targets of the
    nearest attack told before it: the victims are that attack's."""
    for group in (m for m in entities if m.kind == GROUP and _head_lemma(doc, m) in lexicon.classes["victims"]):
        attack = max((e for e in events if e.trigger.end <= group.span.start and _is_attack(e)),
                     key=lambda e: e.trigger.start, default=None)
        if attack is not None and not attack.negated and not attack.distinct and attack.factuality == "asserted" \
                and group.key not in attack.targets + attack.agents:
            attack.targets.append(group.key)


def _undergoer(verb: Token) -> list[Token]:
    """Who undergoes what a verb of undergoing names: its subject ("a man who suffered": the man),
    that of the verb it is joined to ("was shot and suffered a wound"), or, for a participle with
    no subject, whom it describes ("a man suffering from wounds", "found two women in the house,
    suffering from wounds")."""
    subject = _subject(verb) or _subject(first_conjunct(verb, None))
    if subject is not None:
        return _with_conjuncts([_antecedent(subject)])
    if verb.dep_ == "acl":
        return _with_conjuncts([verb.head])
    if verb.dep_ == "advcl":
        return _with_conjuncts(c for c in verb.head.children if c.dep_ in ("dobj", "nsubjpass"))
    return []


def _places_of_one_subject(doc: Doc, events: list[EventMention]) -> None:
    """Verbs of an attack or a killing joined by "and" under one subject happened at one place: in
    "Ann Lee was shot and killed outside a bar on Elm Street" the shooting is on Elm Street too,
    though the phrase hangs on "killed". A death is left out: "was shot on Elm Street and died at
    the hospital" died elsewhere."""
    acts = [(e, root) for e in events if _is_attack(e) and not e.negated
            and (root := _trigger_root(doc, e)) is not None]
    for event, root in acts:
        for other, other_root in acts:
            joined = root if root.dep_ == "conj" else other_root  # the later verb: no subject of its own
            if not event.places and other.places and _coordinated(root, other_root) and not any(
                    c.dep_ in _SUBJECTS or c.dep_ == "nsubjpass" for c in joined.children):
                event.places += other.places


def _trigger_root(doc: Doc, event: EventMention) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _joined_clauses(a: Token, b: Token) -> bool:
    """Two clauses joined by "and" under one verb ("police said one man was killed and three others
    were injured": both the objects of "said")."""
    first, second = sorted((a, b), key=lambda t: t.i)
    return first != second and first.head == second.head and first.dep_ == second.dep_ == "ccomp" \
        and any(c.dep_ == "cc" and first.i < c.i < second.i for c in first.children)


def _tied(token: Token, governor: Token, steps: int = 3) -> bool:
    """Whether ``token`` hangs on ``governor`` through at most ``steps`` clause-internal links."""
    for _ in range(steps):
        if token.dep_ not in _TIES or token.head == token:
            return False
        token = token.head
        if token == governor:
            return True
    return False


def _happening_dates(doc: Doc, events: list[EventMention], times: list[TimeMention], lexicon: Lexicon) -> None:
    """Date the events a sentence such as "It happened about 10 p.m. Saturday" or "The incident
    occurred Saturday around 7 a.m." tells the time of (``_told_beside``)."""
    for verb in _happening_verbs(doc, lexicon):
        when = date_for(verb, times)
        if day_value(when) is None:
            continue
        for event in _told_beside(doc, verb, events, lexicon, lambda e: e.date is None):
            event.date, event.date_span = day_value(when), when.span


def _happening_places(doc: Doc, events: list[EventMention], roles: _Roles, lexicon: Lexicon) -> None:
    """Place the events a sentence such as "It happened on Elm Street" or "The incident occurred
    at the Harbor Mall" tells the place of (``_told_beside``), when they have none: "it" and
    "the incident" stand for them as they do for the day. Only an attack, a harm or another
    happening that befalls (the lexicon's ``compound_befalls``) takes it: "It happened on Elm
    Street. Police said they were called to a home" places no call (it was on GVA dev)."""
    def befalling(event: EventMention) -> bool:
        return not event.places and (_is_attack(event) or event.type in _HARMS or event.type in lexicon.befallen)

    for verb in _happening_verbs(doc, lexicon):
        found = [place for prep, obj in _prep_objects(verb) for place in roles.place_at(prep, obj)]
        keys = roles.keys(found, (PLACE, COUNTRY))
        if not keys:
            continue
        for event in _told_beside(doc, verb, events, lexicon, befalling):
            event.places = list(keys)


def _happening_verbs(doc: Doc, lexicon: Lexicon) -> list[Token]:
    """The verbs of sentences such as "It happened …" or "The incident took place …": a past-tense
    happening verb, not negated, whose subject is a word standing for a happening told nearby."""
    verbs = [doc[i] for i in _lemma_positions(doc, {phrase.split()[0] for phrase in lexicon.happening_times})]
    return [verb for verb in verbs
            if (verb.lemma_.lower() in lexicon.happening_times or any(  # "took place"
                f"{verb.lemma_.lower()} {c.lower_}" in lexicon.happening_times for c in verb.children
                if c.dep_ == "dobj"))
            and verb.tag_ == "VBD" and not _negated(verb, lexicon)
            and any(c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.happening_anaphors for c in verb.children)]


def _told_beside(doc: Doc, verb: Token, events: list[EventMention], lexicon: Lexicon,
                 lacking: Callable[[EventMention], bool]) -> list[EventMention]:
    """The events "it" or "the incident" of a happening verb stands for, lacking what its sentence
    tells (``lacking``): those of the sentence before it, or, when the sentence before tells no
    event (it opens the text, or tells who was charged), of the sentence after it. Only events the
    text asserts, and not a later stage of the happening (an arrest, a charge), a report or a
    judgement: "Police arrested a man. The incident happened Friday" dates no arrest."""
    for step, i in ((-1, verb.sent.start - 1), (1, verb.sent.end)):
        while 0 <= i < len(doc) and doc[i].is_space:  # the blank between two paragraphs
            i += step
        if not 0 <= i < len(doc):
            continue
        near = doc[i].sent
        told = [e for e in events if near.start_char <= e.trigger.start and e.trigger.end <= near.end_char
                and e.factuality == "asserted" and e.type != STATEMENT
                and e.type not in lexicon.later_stage and not e.distinct]
        if told or any(e.sentence.start == near.start_char and e.type != STATEMENT for e in events):
            return [e for e in told if lacking(e)]  # the sentence tells events: "it" is theirs
    return []


def _continued_dates(doc: Doc, events: list[EventMention], times: list[TimeMention], lexicon: Lexicon) -> None:
    """Date the events of a sentence that names no time and goes on from a sentence telling
    when the police or medics attended the scene: "Officers responded to a home around 2:40
    p.m. Saturday. A teenager was found with a gunshot wound" (what they found is what had
    just happened). The day must be that of a past-tense clause of attending (the lexicon's
    ``attending_verbs``: not "Police identified the victim Monday. He was shot", nor an
    arrest, a report or a vigil, after which a story goes back in time), or of a past
    progressive broken into by a "when" clause, which sets the scene ("was playing dice on
    October 22 when a fight broke out. Two men fired shots"), and all the day times
    of that sentence must name one day; only undated asserted events in the past tense take
    it, one sentence on. (Taking the day of any past-tense sentence before dated many events
    of the sentence after otherwise than the text on GVA dev: recaps, later deaths.)"""
    by_sentence: dict[int, list[EventMention]] = {}
    for event in events:
        by_sentence.setdefault(event.sentence.start, []).append(event)
    for start, told in by_sentence.items():
        told = [e for e in told if e.date is None and e.factuality == "asserted" and e.type != STATEMENT
                and e.type not in lexicon.later_stage and not e.distinct]
        if not told:
            continue
        sentence = doc.char_span(told[0].sentence.start, told[0].sentence.end, alignment_mode="expand")
        if sentence is None or times_starting_in(doc, times, sentence.start_char, sentence.end_char):
            continue  # the sentence names a time of its own
        i = sentence.start - 1
        while i >= 0 and doc[i].is_space:
            i -= 1
        if i < 0:
            continue
        before = doc[i].sent
        when = _narrative_day(doc, before, times, lexicon)
        if when is None:
            continue
        for event in told:
            token = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
            if token is not None and _told_in_past(token.root, lexicon) and not _after_or_before(token.root, lexicon):
                event.date, event.date_span = day_value(when), when.span


def _after_or_before(token: Token, lexicon: Lexicon) -> bool:
    """The event is told as later or earlier than the story's moment, so the day of that moment
    is not its own: "where he later died", "died two days later" (the word shifting the time
    modifies its verb), or the cause of a death ("died from his injuries": the injuries came
    first)."""
    verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
    if any(w.lower_ in lexicon.temporal_shift for node in (token, verb)
           for w in node.children if w.dep_ in ("advmod", "mark")):
        return True
    return _undergoing_from(token, lexicon) is not None


def _undergoing_from(token: Token, lexicon: Lexicon) -> Token | None:
    """The verb of undergoing the word names the cause of: "died" of "died from his injuries",
    "died of gunshot wounds"; None when the word names no such cause."""
    node = token
    while node.dep_ == "compound" and node.head != node:  # "gunshot" in "died of gunshot wounds"
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in lexicon.cause_preps and _undergone(node.head.head, lexicon):
        return node.head.head
    return None


def _narrative_day(doc: Doc, sentence, times: list[TimeMention], lexicon: Lexicon) -> TimeMention | None:
    """The one day the sentence's past-tense clauses of attending a scene (or setting it, see
    :func:`_interrupted`) are at, if they name one and no other time ("responded to a call
    around 3 a.m. Sunday")."""
    days = []
    for time in times_starting_in(doc, times, sentence.start_char, sentence.end_char):
        span = doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is None or bounds_a_period(span):
            continue
        if day_value(time) is None:
            return None  # "last week", "in March": the sentence's time is no one day
        verb = time_phrase(span).head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        if not (verb.lemma_.lower() in lexicon.attending or _interrupted(verb)) or not _past(verb) or any(
                w.lower_ in lexicon.temporal_shift for w in verb.children if w.dep_ in ("mark", "advmod")):
            return None
        days.append(time)
    return days[0] if days and len({day_value(t) for t in days}) == 1 else None


def _interrupted(verb: Token) -> bool:
    """A past progressive broken into by a "when" clause, which sets the scene of what happens
    next: "was playing dice on October 22 when a fight broke out" (the story's moment)."""
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ == "VBD" for c in verb.children) \
        and any(c.dep_ == "advcl" and any(m.dep_ in ("advmod", "mark") and m.lower_ == "when" for m in c.children)
                for c in verb.children)


def _past(verb: Token) -> bool:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ == "MD" or c.lower_ in ("will", "shall", "'ll") for c in aux):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in aux)


def _told_in_past(token: Token, lexicon: Lexicon) -> bool:
    """The event's clause is in the past tense: "was shot", "fired shots", "the shooting was"."""
    verb = token if token.pos_ in ("VERB", "AUX") else _governing_verb(token)
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") and (verb.tag_ != "VBG" and verb.tag_ != "VBN" or any(
                c.dep_ in ("aux", "auxpass") for c in verb.children)):
            break
        if verb.head == verb:
            break
        verb = verb.head
    return _past(verb) and verb.lemma_.lower() not in lexicon.reporting


def main_event(doc: Doc, events: list[EventMention]) -> EventMention | None:
    """The event a sentence or short text is about: the categorised event whose
    trigger stands highest in the dependency tree, the first one on a tie."""
    def depth(event: EventMention) -> int:
        span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
        token = span.root if span is not None else doc[0]
        return sum(1 for _ in token.ancestors)

    categorised = [event for event in events if plover_category(event.type) is not None]
    return min(categorised, key=lambda event: (depth(event), event.trigger.start), default=None)


def reported_category(event: EventMention) -> str:
    """The PLOVER category of what the text reports as done: an expressed
    intent is Agree or Threaten by its polarity, a refused cooperative act is
    Reject ("will not accept refugees"); otherwise the PLOVER category of the
    event's class (an arrest is Coerce), or the class itself when PLOVER codes
    no such happening (a death)."""
    lexicon = load_lexicon()
    category = plover_category(event.type) or event.type
    if event.negated:
        return lexicon.negated_as.get(category, category)
    if event.hypothetical:
        return lexicon.intent_as.get(category, category)
    return category


# --- triggers -------------------------------------------------------------------


def _find_triggers(doc: Doc, lexicon: Lexicon) -> list[_Found]:
    found: list[_Found] = []
    used: set[int] = set()
    # A token whose lemma heads no rule matches nothing: only the others are visited.
    for token in (doc[i] for i in _lemma_positions(doc, lexicon.verbs.keys() | lexicon.nouns.keys()
                                                   | lexicon.adjectives.keys())):
        if token.i in used or token.ent_type_ in ("DATE", "TIME"):
            continue  # "March 01, 2008" is no march
        lemma = token.lemma_.lower()
        if token.pos_ == "VERB":
            rules = lexicon.verbs.get(lemma, ())
        elif token.pos_ in ("NOUN", "PROPN") and (
                token.dep_ != "attr" or _existential(token) or _predicated_of(token, lexicon) is not None) and not (
                token.dep_ == "compound" and token.head.lemma_.lower() not in lexicon.nouns
                and token.head.lemma_.lower() not in lexicon.classes["happening_heads"]):
            # a predicate noun describes its subject ("the protests are the biggest threat"),
            # unless the clause only says it exists ("there have been 3,000 arrests") or its
            # subject is a happening it tells the kind of ("the incident was a shooting"); a noun
            # that qualifies another names no happening ("riot police", "murder suspect")
            rules = lexicon.nouns.get(lemma, ())
        elif _predicative(token):
            rules = lexicon.adjectives.get(lemma, ())
        else:
            continue
        pos = "verb" if token.pos_ == "VERB" else "noun"
        if rules and any(sense.holds(token) for sense in lexicon.not_senses.get((pos, lemma), ())):
            continue  # "hails from", "killed the deal", "a nominal charge"
        if rules and pos == "noun":
            compound = _fixed_compound_of(token, lexicon)
            if compound is not None:  # "a press release", "a trade war"; "a press conference" (a Statement)
                rule, modifier = compound
                if rule is not None:
                    found.append(_Found(token, rule, [modifier, token], rule.type))
                    used.update((modifier.i, token.i))
                continue
        for rule in rules:
            matched = _match(token, rule, lexicon)
            if matched is not None:
                found.append(_Found(token, rule, matched, _typed(token, rule, lexicon)))
                used.update(t.i for t in matched)
                break
    return _outside_other_phrases(found)


def _predicative(token: Token) -> bool:
    """An adjective said of something, not one that qualifies a noun: "one man is dead", "left a
    clerk dead", a headline's "3 dead after ..."; not "a dead end", nor "the dead" (a noun)."""
    return token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ROOT", "conj", "xcomp", "ccomp", "advcl") \
        and not any(c.dep_ == "det" for c in token.children)


def _said_of(adjective: Token) -> list[Token]:
    """Whom a predicate adjective is said of: the subject of its copula ("one man is dead"), the
    object of the verb it completes ("left a clerk dead")."""
    deps = ("dobj",) if adjective.dep_ == "oprd" else ("nsubj", "nsubjpass") if adjective.dep_ in ("acomp", "xcomp") else ()
    return _with_conjuncts(c for c in adjective.head.children if c.dep_ in deps)


def _fixed_compound_of(token: Token, lexicon: Lexicon) -> tuple[TriggerRule | None, Token] | None:
    """For a noun that is the head or the modifier of a compound of ``fixed_compounds`` ("a press
    release", "a trade war", "the news conference"): the rule of the class the compound names (None
    when it names no happening) and its modifier; None for any other noun."""
    lemma = token.lemma_.lower()
    for child in token.children:
        key = (lemma, child.lemma_.lower())
        if child.dep_ == "compound" and key in lexicon.fixed_compounds:
            kind = lexicon.fixed_compounds[key]
            return (None if kind is None else TriggerRule(kind, lemma, (key[1],))), child
    if token.dep_ == "compound" and (token.head.lemma_.lower(), lemma) in lexicon.fixed_compounds:
        return None, token
    return None


def _outside_other_phrases(found: list[_Found]) -> list[_Found]:
    """The triggers that no other matched phrase holds after its first word: a noun already
    inside a phrase matched later ("declared a state of emergency") is no event of its own.
    Which phrases hold a word is looked up by its index, not by scanning every phrase per
    trigger (quadratic on a long article)."""
    held: dict[int, list[int]] = {}
    for number, item in enumerate(found):
        for token in item.matched[1:]:
            held.setdefault(token.i, []).append(number)
    return [item for number, item in enumerate(found) if not any(other != number for other in held.get(item.token.i, ()))]


def _asking(found: list[_Found]) -> set[int]:
    """The token indices of the triggers of events that ask for, offer, refuse or threaten
    something (``_is_content`` looks its trigger's heads up here)."""
    return {item.token.i for item in found if plover_category(item.type) in _CONTENT_OF}


def _lemma_positions(doc: Doc, lemmas) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased lemma is in ``lemmas``."""
    return positions_of(doc, LEMMA, lemmas, lower=True)


def _existential(token: Token) -> bool:
    return token.head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in token.head.children)


def _predicated_of(token: Token, lexicon: Lexicon) -> Token | None:
    """The happening a predicate noun tells the kind of: the subject of its copula when that is a
    word of ``happening_subjects`` ("the incident on Thursday was a shooting", "the death was a
    homicide"), also through a verb of belief or seeming ("the incident is believed to be a
    shooting", "the blast appears to be an accident"); None for any other word."""
    copula = token.head
    if token.dep_ != "attr" or copula.lemma_.lower() != "be":
        return None
    holders = [copula, copula.head] if copula.dep_ == "xcomp" else [copula]
    subject = next((c for holder in holders for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in lexicon.classes["happening_subjects"]:
        return None
    return subject


def _match(token: Token, rule: TriggerRule, lexicon: Lexicon) -> list[Token] | None:
    if rule.subjects is not None and not any(
            t.lemma_.lower() in rule.subjects for doer in _doers(token) for t in (doer, *doer.children)
            if t is doer or t.dep_ == "compound"):
        return None  # "the volcano erupted", not "gunfire erupted"
    if rule.modifiers is not None and not any(
            c.dep_ in ("amod", "compound") and c.lemma_.lower() in rule.modifiers for c in token.children):
        return None  # "a formal protest" is a complaint, "a protest" a demonstration
    near = [t for t in _near(token) if not _is_time_prep(t)]
    matched = [token]
    for number, word in enumerate(rule.words):
        # the first word of a phrase hangs on the trigger itself: "call in", "open fire"
        candidates = [t for t in near if t.head == token] if number == 0 else near
        if number == 0 and token.dep_ == "acl" and token.tag_ == "VBN":
            candidates = [*candidates, token.head]  # a reduced passive: "shots fired" are shots that were fired
        hit = next((t for t in candidates if t.lemma_.lower() == word or t.lower_ == word), None)
        if hit is None:
            return None
        matched.append(hit)
    if rule.objects is not None:
        objects = _patients(token)
        if rule.objects == NO_OBJECT:
            return None if objects else matched
        if rule.objects:  # the object that licenses the trigger is part of it: "sent troops"
            destined = []
            if token.pos_ != "VERB":
                # what a nominal trigger is of may stand before it ("the prisoner release", "a
                # patch release"), and so may whom it befalls, for the classes it befalls ("his release")
                objects = objects + [c for c in token.children if c.dep_ == "compound"
                                     or c.dep_ == "poss" and rule.type in lexicon.possessed]
                destined = [] if objects else _subject_destined_for(token)
                objects = objects or destined
            objects = [o for o in _recipients(token, objects or _intransitive_subject(token), rule) if o.lemma_.lower() in rule.objects
                       or any(special in rule.objects and o.ent_type_ == label
                              for special, label in _OBJECT_ENTITIES.items())]
            if not rule.object_is_target and not destined:  # a subject the noun is destined for stays out
                matched.extend(objects[:1])
        if not objects:
            return None
    return matched


def _subject_destined_for(noun: Token) -> list[Token]:
    """What a nominal trigger after "for" is of when the predicate it completes has it as its
    subject: "the phone is scheduled for release", "the plant was slated for closure", "the
    album is ready for release" (the noun's own phrase names nothing)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.pos_ not in ("VERB", "ADJ", "AUX"):
        return []
    predicate = prep.head
    subjects = [c for c in predicate.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and predicate.dep_ == "acomp":  # "is ready for release": the subject is the copula's
        subjects = [c for c in predicate.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _with_conjuncts(subjects)


def _recipients(token: Token, objects: list[Token], rule: TriggerRule) -> list[Token]:
    """A verb's objects, and for a rule whose licensing object is the target, its recipient: the
    object of "to" stands for the indirect object it alternates with (the dative alternation, Levin
    1993, 2.1: "offered its troops to the president", "offered the president its troops")."""
    out = [o for o in objects if not (o.dep_ == "dative" and o.pos_ == "ADP")]
    if token.pos_ == "VERB" and rule.object_is_target:
        out += [g for c in token.children if c.dep_ in ("dative", "prep") and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj"]
    return out


def _headline_passive(verb: Token) -> bool:
    """A past participle with a subject and no object, no auxiliary and no "by" phrase, in a line
    with no full stop at its end (a headline): headlines drop the auxiliary of the passive ("John
    Smith Arrested After Shooting", "Smith placed on injured reserve"), and write the active in
    the present ("Police Arrest Smith"). The parser reads the participle as a past tense whose
    subject does the act."""
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBN", "VBD") or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if any(c.dep_ in ("dobj", "aux", "auxpass", "agent", "nsubjpass", "ccomp", "xcomp") for c in verb.children):
        return False
    text = verb.doc.text
    start, end = text.rfind("\n", 0, verb.idx) + 1, text.find("\n", verb.idx)
    line = text[start:end if end >= 0 else len(text)].strip()
    return bool(line) and not line.endswith((".", "!", "?", ":", ";", ","))


def _doers(token: Token) -> list[Token]:
    """Who or what does a verb: its subject, or the "by" phrase of a passive ("struck by a car")."""
    if token.pos_ != "VERB":
        return []
    doer = _passive_agent(token) if _passive(token) else _subject(token)
    if doer is not None and doer.lower_ in _RELATIVE_PRONOUNS and token.dep_ == "relcl":
        doer = token.head  # "the quake, which struck at dawn"
    return [] if doer is None else _with_conjuncts([doer])


def _near(token: Token, depth: int = 3) -> list[Token]:
    """Dependents of a trigger within its own clause, nearest first, and a
    passive subject ("the internet being closed")."""
    found: list[Token] = []
    frontier = [token]
    for _ in range(depth):
        frontier = [child for t in frontier for child in t.children if child.dep_ not in _CLAUSAL or child.dep_ == "conj"
                    and t != token]
        found.extend(frontier)
    return found


def _is_time_prep(token: Token) -> bool:
    """A preposition that introduces a date ("on Thursday") is not a particle of a phrase."""
    return token.pos_ == "ADP" and any(c.ent_type_ in ("DATE", "TIME") for c in token.children)


def _intransitive_subject(verb: Token) -> list[Token]:
    """The subject of a verb without an object: "troops flew into the country" moves troops."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return _with_conjuncts(c for c in verb.children if c.dep_ == "nsubj")


def _passive(verb: Token) -> bool:
    """A passive verb: with a passive subject, or with a "by" phrase the parser labels an agent
    although it read the participle as a past tense ("a boy struck last week by a bullet")."""
    return any(c.dep_ == "nsubjpass" or c.dep_ == "agent" for c in verb.children)


def _objects(token: Token) -> list[Token]:
    direct = [child for child in token.children if child.dep_ in ("dobj", "nsubjpass", "attr", "dative")]
    if token.pos_ == "VERB" and not direct and any(c.dep_ == "agent" for c in token.children):
        direct = [child for child in token.children if child.dep_ == "nsubj"]  # the misread passive's subject undergoes it
    if token.dep_ == "relcl":  # "the studio, which was acquired by X" and "the firm that X bought": the studio, the firm
        direct = [token.head if child.lower_ in _RELATIVE_PRONOUNS else child for child in direct]
    if token.pos_ != "VERB":
        direct += [grand for child in token.children if child.dep_ == "prep" and child.lower_ == "of"
                   for grand in child.children if grand.dep_ == "pobj"]
    return _with_conjuncts(direct)


def _small_clause_subjects(verb: Token) -> list[Token]:
    """The object of a verb taking a bare infinitive, which the parser reads as the subject of a
    clause: "trying to help them apprehend him" (them), "let them go"."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    return _with_conjuncts(s for c in verb.children if c.dep_ == "ccomp" and c.tag_ == "VB"
                           and not any(g.dep_ in ("aux", "mark") for g in c.children)
                           for s in c.children if s.dep_ == "nsubj")


def _patients(token: Token) -> list[Token]:
    """``_objects``, and the noun a past participle describes, which is what the participle's act
    is done to ("a music event hosted by Acme", "the troops sent to the border")."""
    objects = _objects(token)
    if token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        objects = objects + [token.head]
    return objects


def _typed(token: Token, rule: TriggerRule, lexicon: Lexicon) -> str:
    agents = _agent_tokens(token, lexicon)
    lemmas = {lemma for agent in agents for lemma in _lemmas_of(agent)}
    for members, kind in rule.agent_types:
        if lemmas & members:
            return kind
    phrase = " ".join((rule.head, *rule.words))
    if plover_category(rule.type) in ("Assault", "Coerce") and phrase in lexicon.riot and lemmas & lexicon.classes["protesters"]:
        return "Protest"
    return rule.type


def _lemmas_of(token: Token) -> set[str]:
    return {token.lemma_.lower()} | {child.lemma_.lower() for child in token.children if child.dep_ == "compound"}


def _is_content(item: _Found, asking: set[int]) -> bool:
    """True when the trigger is what another event asks for, offers, refuses or threatens
    (``asking``: the token indices of the triggers of such events)."""
    token = item.token
    for _ in range(3):
        if token.head == token or token.dep_ in ("ccomp", "relcl", "advcl", "conj", "parataxis"):
            return False
        if token.dep_ == "prep" and token.lower_ in _PRESUPPOSING_PREPOSITIONS:
            return False  # "refused to pay after the crash": the crash happened
        token = token.head
        if token.i in asking:
            return True
    return False


# --- roles ---------------------------------------------------------------------


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        for member in (token, *token.conjuncts, *_listed_names(token)):
            if member not in out:
                out.append(member)
    return out


def _listed_names(token: Token) -> list[Token]:
    """Names of a list that the parser hangs as an apposition: in "Ann Lee, Bo Park and Cy Diaz
    were shot" it reads "Bo Park" as an apposition of "Ann Lee" (and "Cy Diaz" as a conjunct of
    either). A proper name in apposition to a proper name of the same entity type (or a person's
    beside an organisation's, which the recogniser confuses), in a phrase with a conjunct, is one
    more member of the list, not another name of the first; so is a described person in "a man,
    a woman and a boy were shot" (``listed_apposition``). Names in apposition to a plural noun
    are its members: "shot three people, Ann Lee, Bo Park and Cy Diaz" shot each of them.
    An apposition stands beside its noun: a name the parser hangs on a subject from after the
    subject's verb ("Lee is suspected of killing Bo Park, 38; Cy Diaz, 20") is not one."""
    found: list[Token] = []
    for member in (token, *token.conjuncts):
        for child in member.children:
            if child.dep_ == "appos" and member.dep_ in ("nsubj", "nsubjpass") and child.i > member.head.i:
                continue
            if (child.dep_ == "appos" and child.pos_ == "PROPN" and member.pos_ == "PROPN"
                    and child.ent_type_ and _same_kind_of_name(child.ent_type_, member.ent_type_)
                    and (token.conjuncts or child.conjuncts)) or listed_apposition(child) \
                    or _members_named(child):
                found += [child, *child.conjuncts]
    return found


def _members_named(apposition: Token) -> bool:
    """A person's name in apposition to a plural common noun of people: "three people, Ann Lee
    and Bo Park", "the victims, Ann Lee and Bo Park" (each one of them)."""
    return (apposition.dep_ == "appos" and apposition.pos_ == "PROPN" and apposition.ent_type_ == "PERSON"
            and apposition.head.pos_ == "NOUN" and apposition.head.tag_ == "NNS")


# Entity labels of the names of actors, which the parser's recogniser confuses with each other
# ("Ann Lee, 24, Bo Park, 16, and Cy Diaz were shot" with "Lee" read as an organisation).
_ACTOR_LABELS = frozenset({"PERSON", "ORG"})


def _same_kind_of_name(a: str, b: str) -> bool:
    return a == b or a in _ACTOR_LABELS and b in _ACTOR_LABELS


def _antecedent(subject: Token) -> Token:
    """A relative pronoun subject stands for the noun its clause describes: in "two men who were
    shot and killed", "killed" shares "who" with "shot", and "who" is the two men."""
    verb = subject.head
    if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _subject(verb: Token) -> Token | None:
    return next((child for child in verb.children if child.dep_ in _SUBJECTS), None)


def _shares_passive(verb: Token) -> bool:
    """A participle coordinated with a passive verb, without an auxiliary of its
    own, is passive too: "26 were killed and 3,000 arrested"."""
    return (verb.dep_ == "conj" and verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
            and any(c.dep_ == "auxpass" for c in verb.head.children))


def _paragraph_starts(doc: Doc) -> list[int]:
    """Token indices that open a paragraph; computed once per Doc (kept in its user data)."""
    starts = doc.user_data.get("kg_paragraph_starts")
    if starts is None:
        # A token opens the next paragraph when its text holds a blank line ("\n\n", or a run of
        # spaces with two line breaks): a property of its text alone, so each distinct text of
        # the Doc is looked at once (a token's own trailing whitespace is one space or nothing).
        starts = [i + 1 for i in positions(doc, ORTH, _opens_paragraph)]
        doc.user_data["kg_paragraph_starts"] = starts
    return starts


def _opens_paragraph(text: str) -> bool:
    return "\n\n" in text or text.isspace() and text.count("\n") > 1


def _within_paragraph(subject: Token | None, verb: Token) -> Token | None:
    """A subject in an earlier paragraph than its verb is a parse across a
    heading with no full stop ("Praise for Paris / Merkel thanked …"):
    the subject is then the word of the subject phrase highest in the tree
    that stands in the verb's paragraph."""
    if subject is None or subject.i > verb.i:
        return subject
    starts = _paragraph_starts(verb.doc)
    last = bisect_right(starts, verb.i) - 1  # the last paragraph start up to the verb, found by bisection
    if last < 0 or starts[last] <= subject.i:
        return subject
    inside = [t for t in subject.subtree if starts[last] <= t.i < verb.i and not t.is_space and t.pos_ != "PUNCT"]
    return min(inside, key=lambda t: (sum(1 for _ in t.ancestors), t.i), default=None)


def _passive_agent(token: Token) -> Token | None:
    by = next((child for child in token.children if child.dep_ == "agent"
               or child.dep_ == "prep" and child.lower_ == "by"), None)
    return None if by is None else next((g for g in by.children if g.dep_ == "pobj"), None)


def _stray_agent(verb: Token) -> Token | None:
    """A "by" phrase right after a passive with none, set off by a comma, that the parser hangs
    on a verb higher up: in "the man who was shot and killed on May 1, by police" it reads "by
    police" as a phrase of the main verb. An active verb takes no agent "by": the phrase is the
    passive's."""
    first = first_conjunct(verb, None)
    end = max(t.i for t in first.subtree)
    doc = verb.doc
    following = next((doc[i] for i in range(end + 1, min(end + 3, len(doc))) if not doc[i].is_punct), None)
    if following is None or following.lower_ != "by" or following.dep_ != "prep" or doc[following.i - 1].text != ",":
        return None
    host = following.head
    if host not in list(first.ancestors) or any(c.dep_ in ("nsubjpass", "auxpass") for c in host.children):
        return None
    return next((g for g in following.children if g.dep_ == "pobj"), None)


def _misread_nominal(verb: Token) -> Token | None:
    """The time noun before an event noun in "-ing" that the parser reads as a verb of its own:
    in "a woman who was wounded in a Sunday night shooting" it makes "a Sunday night" the object
    of "in" and "shooting" a description of the woman (who would then shoot), or the subject of
    the next verb.
    The phrase is one noun phrase, "a Sunday night shooting": the time noun stands where the
    event noun belongs, and the noun it is hung on does not do it."""
    if verb.tag_ != "VBG" or verb.i == 0 or any(c.dep_ == "dobj" for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.ent_type_ not in ("DATE", "TIME") or before.pos_ not in ("NOUN", "PROPN") \
            or before.head == verb or verb.head == before or not any(c.dep_ == "det" for c in before.children):
        return None
    return before


def _shared_passive_agent(verb: Token) -> Token | None:
    """The "by" phrase of coordinated passives hangs on the last: "was shot and killed by X"
    says X shot too."""
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    return next((agent for conj in verb.conjuncts if conj.i > verb.i and _shares_passive(conj)
                 for agent in [_passive_agent(conj)] if agent is not None), None)


def _agent_tokens(token: Token, lexicon: Lexicon) -> list[Token]:
    if token.pos_ == "VERB":
        agent = _verb_agent(token)
    else:
        agent = _noun_agent(token, lexicon)
    return [] if agent is None else _with_conjuncts([agent])


def _speaker_at(occasion: Token, lexicon: Lexicon) -> list[Token]:
    """Who speaks at an occasion for speaking named where a report says it was ("In a press
    conference, Smith said", "told reporters at a news conference"): the reporting verb's speaker."""
    preposition = occasion.head
    if occasion.dep_ != "pobj" or preposition.lower_ not in ("in", "at", "during"):
        return []
    verb = preposition.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.reporting | {"tell", "speak"}:
        return []
    return _agent_tokens(verb, lexicon)


def _controlled_passive(verb: Token) -> bool:
    """A passive with no subject of its own that takes the subject of the verb it hangs on: "a
    teenager died after being shot", "she was taken to hospital after being shot", "he appeared to
    have been shot". That subject undergoes it (a target), and does not do it."""
    return (verb.pos_ == "VERB" and verb.dep_ in ("pcomp", "advcl", "xcomp")
            and any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ in _SUBJECTS or c.dep_ == "nsubjpass" for c in verb.children))


def _participle_undergoer(verb: Token) -> Token | None:
    """Whom a bare past participle complementing a verb of finding or leaving says something was
    done to: "deputies found a man shot in the head" (the parser makes the man the participle's
    subject), "Lee was found shot" (the passive's subject), "left him wounded" (the object). With
    no auxiliary the participle is passive: that one undergoes it, and does not do it."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("ccomp", "xcomp", "oprd") \
            or any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None:
        return subject
    if verb.dep_ == "ccomp":
        return None
    undergoer = next((c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return None if undergoer is None else _antecedent(undergoer)


def _controller(verb: Token) -> Token | None:
    """The subject a verb without its own takes from the verb it hangs on (through "after", "before",
    "while": the governor of the preposition), the passive subject too."""
    governor = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
    return next((c for c in governor.children if c.dep_ in _SUBJECTS or c.dep_ == "nsubjpass"), None)


def _verb_agent(verb: Token) -> Token | None:
    if _controlled_passive(verb) or _participle_undergoer(verb) is not None:
        return _passive_agent(verb)  # "died after being shot by police": police shot; else unsaid
    for _ in range(4):
        subject = _subject(verb)
        if subject is not None and (_shares_passive(verb) or _passive(verb)):
            # "… had been killed and 3,000 arrested": 3,000 were arrested; "a boy struck by a bullet"
            subject = None
        subject = _within_paragraph(subject, verb) or _passive_agent(verb) or _shared_passive_agent(verb)
        if subject is None and (any(c.dep_ == "nsubjpass" for c in verb.children) or _shares_passive(verb)):
            return _stray_agent(verb)  # "26 criminals had been killed": the agent is not said
        if subject is not None:
            if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return subject
        if verb.dep_ == "relcl" or verb.dep_ == "acl" and verb.tag_ != "VBN" and _misread_nominal(verb) is None:
            return verb.head  # "protesters storming …", "a force sending …"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            governor = verb.head.head  # "thanked Putin for sending": Putin sends
            obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if obj is not None:
                return obj
            undergoer = _passive_subject_doing(verb, governor)
            if undergoer is not None:
                return undergoer
            verb = governor
            continue
        if verb.dep_ == "xcomp":
            obj = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            if obj is not None:  # object control: "urged the people to restrict"
                return obj
        if verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _passive_subject_doing(verb: Token, governor: Token) -> Token | None:
    """The subject of a passive that an active "-ing" clause with no subject of its own hangs on
    (through "of", "with", "for", "after"): "Lee was accused of shooting Ann Roe", "who is charged
    with killing", "was arrested after stabbing" (Lee shoots, kills, stabs). The passive's
    subject undergoes the passive, and does the "-ing" clause's verb; a relative pronoun stands
    for the noun its clause describes."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
    return None if subject is None else _antecedent(subject)


def _noun_agent(noun: Token, lexicon: Lexicon) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    by = _passive_agent(noun) or _by_after_the_object(noun)
    if by is not None:
        return by
    for child in noun.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return child
    governor = noun.head
    if noun.dep_ == "dobj" and governor.lemma_.lower() in lexicon.light:
        return _verb_agent(governor)
    return _taking_part(noun)


def _by_after_the_object(noun: Token) -> Token | None:
    """The "by" phrase right after an event noun that is a verb's object, which the parser hangs
    on the verb: "investigating the shooting of Ann Lee by her neighbour" (the neighbour shot)."""
    after = noun.right_edge.i + 1
    if noun.dep_ != "dobj" or after >= len(noun.doc):
        return None
    by = noun.doc[after]
    if by.lower_ != "by" or by.dep_ != "prep" or by.head.i != noun.head.i:
        return None
    return next((g for g in by.children if g.dep_ == "pobj"), None)


def _taking_part(noun: Token) -> Token | None:
    """The subject of a verb of taking part in a nominal event: "the company is in talks with X"
    (the company talks). For a class that befalls its possessor, the one it befalls: "X remained
    in detention" (X is detained)."""
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ == "in" and governor.head.lemma_.lower() in _TAKING_PART:
        return _verb_agent(governor.head)
    return None


# Verbs whose subject takes part in the happening named by their "in" phrase: "is in talks",
# "remains in negotiations", "militants engaged in fighting".
_TAKING_PART = {"be", "remain", "stay", "engage", "participate"}


_QUANTITIES = {"some", "many", "most", "all", "several", "dozen", "dozens", "hundred", "hundreds", "thousand",
               "thousands", "score", "scores", "number", "majority", "half", "none", "few"}


def _partitive(token: Token) -> Token | None:
    """The "of" object of a figure or quantity: "3,000 of them", "dozens of protesters"; and of
    "members", who act for the body they are part of ("members of two rival gangs opened fire")."""
    if token.pos_ != "NUM" and token.lower_ not in _QUANTITIES and token.lemma_.lower() != "member":
        return None
    return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)


def _counted(subject: Token) -> Token:
    """A bare figure in a passive coordinated with another counts what that one
    does: "748 officers were wounded and 18 killed" (18 officers)."""
    if subject.pos_ != "NUM" or _partitive(subject) is not None:
        return subject
    return next((c for c in subject.head.head.children if c.dep_ == "nsubjpass"), subject)


def _paragraph_of(token: Token) -> tuple[int, int]:
    """Character bounds of the paragraph (text between blank lines) of a token."""
    starts = [token.doc[i].idx for i in _paragraph_starts(token.doc) if i < len(token.doc)]
    start = max((s for s in starts if s <= token.idx), default=0)
    last = token.doc[-1]
    end = min((s for s in starts if s > token.idx), default=last.idx + len(last.text_with_ws))  # len(doc.text)
    return start, end


def _head_lemma(doc: Doc, mention: EntityMention) -> str:
    span = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else mention.name.lower()


# Prepositions of a phrase that, hung on a participant, tells where the clause happened.
_SCENE_PREPOSITIONS = frozenset({"in", "at", "on", "near", "inside", "outside"})


def _scene_phrases(token: Token, where: list[tuple[str, Token]]) -> list[tuple[str, Token]]:
    """Phrases that can only tell where an event happened, hung by the parser below the
    trigger's own phrases: on the "by" of a passive ("shot by a gunman in Dorrin", the gunman
    not being the place's), and on a participle describing the object of a phrase of the trigger
    ("outside a bar located in the Elm Plaza"); and the phrases of a clause that says when it
    happened, which happened there too ("were wounded when a gunman opened fire in Dorrin"), or
    of the clause a participle adds a consequence to ("opened fire in Dorrin, killing two"). The
    caller keeps the places among them."""
    hosts = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    hosts += [acl for _, obj in where for acl in obj.children if acl.dep_ == "acl" and acl.tag_ == "VBN"]
    hosts += [clause for clause in token.children if clause.dep_ == "advcl" and any(
        c.lower_ == "when" and c.dep_ == "advmod" for c in clause.children)]
    if token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_ in _SUBJECTS for c in token.children):
        hosts.append(token.head)  # "opened fire at a bar in Dorrin, killing two": killed there
    return [(prep, obj) for host in hosts for prep, obj in _prep_objects(host) if prep in _SCENE_PREPOSITIONS]


def _qualifies_another_noun(obj: Token, token: Token) -> bool:
    """Whether an "of" phrase hangs on a noun below the trigger, not on the trigger itself:
    "charged with two counts of Felony Neglect" (the charge's wording), "accused of the killing
    of a woman", "investigating the shooting of a woman" (whom the killing or the shooting
    befell); it qualifies that noun and names no one the trigger's event is aimed at."""
    return obj.head.head.i != token.i


def _prep_objects(token: Token) -> list[tuple[str, Token]]:
    """(preposition, object) pairs attached to a trigger, and to its object
    ("appealed for help from X": from X)."""
    pairs: list[tuple[str, Token]] = []
    hosts = [token, *(c for c in token.children if c.dep_ == "dobj")]
    while hosts:
        host = hosts.pop(0)
        for prep in (c for c in host.children if c.dep_ in ("prep", "dative") and c.pos_ == "ADP"):
            for obj in (g for g in prep.children if g.dep_ == "pobj"):
                pairs.append((prep.lower_, obj))
                if len(pairs) < 6:
                    hosts.append(obj)
    return pairs


class _Roles:
    def __init__(self, article: Article, entities: list[EntityMention], lexicon: Lexicon) -> None:
        self.article = article
        self.entities = entities
        self.by_offset = MentionsByOffset(entities)
        self.lexicon = lexicon

    def keys(self, tokens: Iterable[Token], kinds: tuple[str, ...] | None = None) -> list[str]:
        """The mentions a role's tokens stand for. For actor roles (no ``kinds``)
        also: the group a figure counts ("3,000 of them", "dozens of
        protesters"), and the organisation or country a force belongs to."""
        keys: list[str] = []
        for token in tokens:
            # A name qualifying a noun of a person by age, sex or kin is not that person ("a Harbury
            # man", ``is_kin_noun``); a government, a force or an official stands for the name's
            # holder ("the Hale administration", "a U.S. official", as PLOVER codes them).
            hits = self._overlapping(token, kinds)
            for deps in (("appos",), ("compound", "nmod")):  # "his successor, Ruto", "the Ruto government"
                if not hits and not (deps[0] == "compound" and is_kin_noun(token.lemma_)):
                    hits = [k for c in token.children if c.dep_ in deps for k in self._overlapping(c, kinds)]
            if not hits and token.dep_ == "appos" and token.pos_ == "NOUN" and token.head.pos_ == "PROPN":
                hits = self._overlapping(token.head, kinds)  # "Ann Lee, a young woman who was shot": Ann Lee
            if kinds is None:
                if not hits and _partitive(token) is not None:
                    part = _partitive(token)
                    hits = self._overlapping(part, None) or self._antecedent_group(part)
                hits += self._sponsors(token)
            for key in hits:
                if key not in keys:
                    keys.append(key)
        return keys

    def _overlapping(self, token: Token, kinds: tuple[str, ...] | None) -> list[str]:
        start, end = token.idx, token.idx + len(token.text)
        return [m.key for m in self.by_offset.overlapping(start, end) if kinds is None or m.kind in kinds]

    def _of_kind(self, tokens: Iterable[Token], kinds: tuple[str, ...]) -> list[str]:
        return [key for token in _with_conjuncts(tokens) for key in self._overlapping(token, kinds)]

    def _sponsors(self, token: Token) -> list[str]:
        """PLOVER codes a force by whom it belongs to ("troops from Russia" is
        Russia): for a troops-class noun, the organisation or country of its
        "from X", "of X", "X's" or "X-led"."""
        if token.lemma_.lower() not in self.lexicon.classes["troops"]:
            return []
        owners = [c for c in token.children if c.dep_ == "poss"]
        owners += [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("from", "of")
                   for g in c.children if g.dep_ == "pobj"]
        owners += [g for c in token.children if c.dep_ == "amod" and c.lemma_.lower() == "lead"
                   for g in c.children if g.dep_ in ("npadvmod", "compound", "nmod")]
        return self._of_kind(owners, (ORGANIZATION, COUNTRY))

    def contributed_force(self, token: Token, key: str) -> EventMention | None:
        """A force described by who sent it, with no event verb of its own: "the contingent
        is made up of forces from Russia, Belarus and Armenia" says each of them mobilised
        forces (PLOVER Mobilize), just as "Russia sent troops" would."""
        if token.pos_ not in ("NOUN", "PROPN") or token.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
            return None  # a force that acts or is acted upon belongs to that clause's event, if any
        owners = self._sponsors(token)
        if not owners:
            return None
        text = self.article.text
        return EventMention(key=key, type="Mobilize", trigger=span_of(token, text), sentence=span_of(token.sent, text),
                            agents=owners, negated=_negated(token, self.lexicon),
                            hypothetical=_hypothetical(token, self.lexicon), factuality=_factuality(token, self.lexicon))

    def _antecedent_group(self, pronoun: Token) -> list[str]:
        """"them" in "3,000 of them": the nearest group mentioned before it in its sentence."""
        if pronoun.lower_ not in ("them", "those", "these"):
            return []
        before = [m for m in self.entities if m.kind == GROUP and pronoun.sent.start_char <= m.span.start
                  and m.span.end <= pronoun.idx]
        return [max(before, key=lambda m: m.span.start).key] if before else []

    def _protesters_near(self, noun: Token) -> list[str]:
        """PLOVER's source of a protest is the protesters: a protest noun with no
        agent takes the protester group mentioned in its sentence, else the
        nearest one in its paragraph."""
        sentence = noun.sent
        paragraph = _paragraph_of(noun)
        protesters = [m for m in self.entities if m.kind == GROUP and _head_lemma(noun.doc, m) in
                      self.lexicon.classes["protesters"] and paragraph[0] <= m.span.start < paragraph[1]]
        inside = [m for m in protesters if sentence.start_char <= m.span.start < sentence.end_char]
        nearest = min(inside or protesters, key=lambda m: abs(m.span.start - noun.idx), default=None)
        return [] if nearest is None else [nearest.key]

    def _is_place(self, token: Token) -> bool:
        return bool(self.keys([token], (PLACE, COUNTRY))) or token.ent_type_ in _PLACE_LABELS

    def _is_site(self, token: Token) -> bool:
        """A place "on" which something happens ("on Elm Street", "on the Mall"): a place that is no
        country ("an attack on Ruritania" is aimed at the state, an actor)."""
        return bool(self.keys([token], (PLACE,))) and not self.keys([token], (COUNTRY,)) \
            or token.ent_type_ == "FAC"

    def _place_of_part(self, noun: Token) -> Token | None:
        """The place a noun of a part of a place is part of: "the 1400 block of Elm Street", "the
        intersection of Elm and Oak" (the "of" object, when that is a place)."""
        if noun.lemma_.lower() not in self.lexicon.place_parts:
            return None
        return next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj" and self._is_place(g)), None)

    def _where(self, verb: Token) -> list[Token]:
        """The place a relative clause opened by "where" says its verb happened at: the noun the
        clause describes ("at Elm and Oak avenues, where a man was shot and killed")."""
        first = first_conjunct(verb, None)
        if first.dep_ != "relcl" or not any(c.lower_ == "where" and c.dep_ == "advmod"
                                             for member in (first, *first.conjuncts) for c in member.children):
            return []
        antecedent = first.head
        part = self._place_of_part(antecedent)
        if part is not None:
            antecedent = part
        if self._overlapping(antecedent, (PLACE, COUNTRY)) or antecedent.ent_type_ in _PLACE_LABELS:
            return _with_conjuncts([antecedent])
        # "at Elm and Oak avenues": the names qualifying the common noun
        return _with_conjuncts(c for c in antecedent.children if c.dep_ in ("compound", "nmod") and self._is_place(c))

    def _destination(self, noun: Token) -> list[Token]:
        """Where an event noun done "for" at the end of a going or bringing happens: the place gone
        to, or the place a part of a place is of ("flew to Lyon for the summit", "was flown to the
        north end of Lyon for the ceremony")."""
        preposition = noun.head
        if noun.dep_ != "pobj" or preposition.lower_ != "for" or preposition.head.pos_ != "VERB" \
                or preposition.head.lemma_.lower() not in self.lexicon.destination_verbs:
            return []
        goals = [g for c in preposition.head.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
                 for g in c.children if g.dep_ == "pobj"]
        places = (g if self._is_place(g) else self._place_of_part(g) for g in goals)
        return _with_conjuncts(place for place in places if place is not None)

    def place_at(self, prep: str, obj: Token) -> list[Token]:
        """The places a prepositional phrase says something happened at: "in Nairobi, Kenya" (the
        apposition too), "in the 1400 block of Elm Street", "in the Elm Park neighborhood of
        Dorrin" (both), "on Elm Street"; none for a phrase of no place."""
        if prep in self.lexicon.place_preps and self._is_place(obj):  # "the Elm Park neighborhood of Dorrin": both
            part = self._place_of_part(obj)
            return _with_conjuncts([obj]) + [c for c in obj.children if c.dep_ == "appos" and self._is_place(c)] \
                + ([] if part is None else self.place_at(prep, part))
        if prep in self.lexicon.place_preps and (part := self._place_of_part(obj)) is not None:
            return self.place_at(prep, part)
        if prep == "on" and self._is_site(obj):
            return [obj]  # "shot on Elm Street": where, not whom
        return []

    def _hit(self, verb: Token, kind: str) -> list[Token]:
        """Whom an attack reaches, named by a participle of hitting that shares its subject:
        "fired at police, striking an officer" (the officer)."""
        if kind != "Attack" and "Attack" not in event_ancestors(kind):
            return []
        return _with_conjuncts(o for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VBG"
                               and c.lemma_.lower() in self.lexicon.hitting_verbs
                               and not any(g.dep_ in _SUBJECTS for g in c.children)
                               for o in c.children if o.dep_ == "dobj")

    def event(self, token: Token, kind: str, matched: list[Token], times: list[TimeMention], content: bool,
              key: str) -> EventMention:
        text = self.article.text
        agents = _agent_tokens(token, self.lexicon)
        if kind == STATEMENT and not agents and token.pos_ != "VERB":
            agents = _speaker_at(token, self.lexicon)
        targets: list[Token] = []
        if token.pos_ != "VERB" and kind in self.lexicon.befallen and agents and all(
                a.dep_ == "compound" and a.head == token for a in agents):
            agents, targets = [], agents  # "the Acme shooting": at Acme, not by it
        places: list[Token] = []
        # "the incident was a shooting": the happening a predicate noun tells the kind of
        happening = _predicated_of(token, self.lexicon) if token.pos_ != "VERB" else None
        if token.pos_ == "VERB":
            targets += [o for o in _objects(token) if o not in matched]
            targets += _small_clause_subjects(token)
            targets += self._hit(token, kind)
            places += self._where(token)
            if _controlled_passive(token):  # "a teenager died after being shot": the teenager was shot
                controller = _controller(token)
                targets += [] if controller is None else _with_conjuncts([controller])
            if (undergoer := _participle_undergoer(token)) is not None:  # "found Lee shot": Lee was shot
                targets += _with_conjuncts([undergoer])
            if token.tag_ == "VBN" and token.dep_ in ("amod", "acl"):  # "the detained militants"
                targets += _with_conjuncts([token.head])
            if _shares_passive(token):
                targets += _with_conjuncts(_counted(c) for c in token.children if c.dep_ == "nsubj")
                if not any(c.dep_ in _SUBJECTS for c in token.children):  # "was shot and killed": she was killed
                    targets += _with_conjuncts(_antecedent(c) for c in token.head.children if c.dep_ == "nsubjpass")
        else:
            targets += [o for o in _objects(token) if o not in matched]
            if happening is not None:  # "the death of John Hale was a homicide": whom the happening befell
                targets += _objects(happening)
            if kind in _HARMS or _is_attack_class(kind):
                targets += _bearers(token, self.lexicon) + _left_harmed(token, self.lexicon)
            if kind == "Request":
                agents = agents or [obj for prep, obj in _prep_objects(token) if prep == "from"]
            between = [member for c in token.children if c.dep_ == "prep" and c.lower_ == "between"
                       for member in _with_conjuncts(g for g in c.children if g.dep_ == "pobj")]
            if len(between) > 1 and not agents:  # "clashes between protesters and police": the first acts
                agents, targets = between[:1], targets + between[1:]
            elif len(between) == 1 and between[0].tag_ in ("NNS", "NNPS") and not agents:
                agents = between  # "a shooting between rival gangs": the gangs, each at the other
        if token.pos_ == "ADJ":  # "one man is dead", "left a clerk dead": whom the state is said of
            targets += _said_of(token)
        where = _prep_objects(token)
        if token.pos_ != "VERB" and token.dep_ == "nsubj" and token.head.lemma_.lower() in self.lexicon.happen:
            where += _prep_objects(token.head)  # "fighting continued in the city"
        if happening is not None:
            where += _prep_objects(happening)  # "the incident in Dorrin was a shooting"
        for prep, obj in where:
            if obj in matched or obj in agents:
                continue
            if obj.head in matched and self.lexicon.target_prepositions(kind):
                # the object of a phrase's particle: "called in paratroopers"; not for a class that
                # takes no target from a preposition ("checked into a clinic": where, not whom)
                targets.extend(_with_conjuncts([obj]))
            elif found := self.place_at(prep, obj):
                places.extend(found)
            elif prep in self.lexicon.target_prepositions(kind) and not (prep == "from" and token.pos_ != "VERB"
                                                                          and kind == "Request") \
                    and not (prep == "of" and _qualifies_another_noun(obj, token)):
                targets.extend(_with_conjuncts([obj]))
        places += [place for prep, obj in _scene_phrases(token, where) for place in self.place_at(prep, obj)]
        places += self._destination(token)
        if not targets:  # "offered to hand over X to Britain": the complement's objects
            for comp in (c for c in token.children if c.dep_ == "xcomp"):
                targets += _objects(comp) + [obj for prep, obj in _prep_objects(comp)
                                             if prep in self.lexicon.target_prepositions(kind) | {"to", "with"}]
        possessor = token.pos_ != "VERB" and kind in self.lexicon.possessed and any(
            a.dep_ == "poss" and a.head == token or a == _taking_part(token) for a in agents)
        if (kind in self.lexicon.undergoers or possessor or kind in self.lexicon.possessed and _headline_passive(token)) \
                and not self.keys(targets):
            # "the actress died", "Page's death", the headline "John Smith Arrested": the one it happened to
            agents, targets = [], agents
        # a trigger inside a name ("the Harbor Film Awards", "the Harbor Critics Awards") names the
        # happening: that name is no one who does it or undergoes it
        naming = set(self._overlapping(token, None))
        agent_keys = [k for k in self.keys(agents) if k not in naming]
        if not agent_keys and token.pos_ != "VERB" and kind == "Protest":
            agent_keys = self._protesters_near(token)
        place_keys = self.keys(places, (PLACE, COUNTRY)) or [k for k in self.keys(places)]
        if token.pos_ != "VERB" and plover_category(kind) in ("Protest", "Coerce", "Assault"):
            # "Kenya's internet shutdown": a country possessor is also where it happened
            place_keys += [k for k in self.keys([c for c in token.children if c.dep_ == "poss"], (COUNTRY, PLACE))
                           if k not in place_keys]
        if max(t.i for t in matched) - min(t.i for t in matched) > 5:
            matched = [token]  # a phrase spread over a clause: the head word is the trigger
        start, end = min(t.idx for t in matched), max(t.idx + len(t.text) for t in matched)
        when = _event_date(token, times, self.lexicon, self.article.date)
        refused = _refused(token, self.lexicon)
        negated = _negated(token, self.lexicon) or refused
        modality = None if refused else "possible" if content else _modality(token, self.lexicon)
        denier = _denier(token, self.lexicon)
        denied_by = self.keys([denier]) if denier is not None else []
        factuality = "negated" if negated else "denied" if denied_by else modality or "asserted"
        return EventMention(
            key=key, type=kind, trigger=char_span(start, end, text), sentence=span_of(token.sent, text),
            agents=agent_keys, targets=[k for k in self.keys(targets) if k not in agent_keys and k not in naming],
            places=place_keys, date=day_value(when), date_span=when.span if when and day_value(when) else None,
            negated=negated, hypothetical=modality is not None, factuality=factuality, denied_by=denied_by,
            # a phrase's noun may set it apart or number it: "filed additional charges", "launched a second attack"
            distinct=any(_another(word, self.lexicon) for word in matched),
            ordinal=max(_ordinal(word, self.lexicon) for word in matched))

    def report(self, verb: Token, times: list[TimeMention], taken: set[int], key: str) -> EventMention | None:
        clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        speaker = _subject(verb)
        if speaker is None or not self.keys([speaker]):
            return None
        if clause is not None:
            modal = next((c for c in clause.children if c.dep_ == "aux" and c.lemma_.lower() in self.lexicon.deontic),
                         None)
            addressee = _subject(clause)
            if modal is not None and addressee is not None and addressee.lower_ not in _RELATIVE_PRONOUNS:
                event = self.event(verb, "Request", [verb], times, False, key)
                event.targets = [k for k in self.keys([addressee]) if k not in event.agents]
                if event.targets and not set(self.keys([addressee])) & set(event.agents):
                    return event
                return None
            if any(t.i in taken for t in clause.subtree):
                return None
        if verb.dep_ != "ROOT":
            return None
        if verb.lemma_.lower() in self.lexicon.speech_only and clause is None and any(
                c.dep_ == "dobj" and c.lemma_.lower() not in self.lexicon.classes["speech"] for c in verb.children):
            return None  # "Acme added voice recording abilities": a thing added, nothing said
        return self.event(verb, STATEMENT, [verb], times, False, key)


# --- modality and dates -----------------------------------------------------------


def _governing_verb(token: Token) -> Token:
    """The verb whose clause a nominal trigger belongs to ("staged demonstrations" → staged)."""
    head = token
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return head
        head = head.head
    return head


def _negated(token: Token, lexicon: Lexicon) -> bool:
    if any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    if token.pos_ == "VERB" and any(c.dep_ in ("nsubj", "nsubjpass") and _no_one(c, lexicon) for c in token.children):
        return True  # "no one else was injured", "nothing was stolen"
    if token.pos_ != "VERB" and token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in lexicon.cancelling:
        return True  # "cancelled the visit", "the strike was scrapped": it did not take place
    if token.pos_ != "VERB" and token.dep_ == "dobj" or _prepositional_object_of_verb(token, lexicon):
        return any(c.dep_ == "neg" for c in _governing_verb(token).children)  # "has not participated in combat"
    # "we do not need to buy", "did not manage to flee": the negation of the head verb is its infinitive's
    # (not of a head that itself says the act did not happen: "did not refuse to help")
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    return (verb is token or token.dep_ in ("dobj", "nsubjpass")) and verb.dep_ == "xcomp" \
        and verb.head.lemma_.lower() in lexicon.aspectual | lexicon.implicative | lexicon.intent_heads \
        and verb.head.lemma_.lower() not in lexicon.refusal_heads and any(c.dep_ == "neg" for c in verb.head.children)


def _prepositional_object_of_verb(noun: Token, lexicon: Lexicon) -> bool:
    """A nominal trigger in a phrase on a verb itself ("has not participated in combat"), whose
    verb's negation is its own; not one in a phrase of time or cause ("did not have those marks
    prior to Friday's shooting", "told not to buy due to the ban"): that happening is presupposed,
    the "not" is of the other verb."""
    preposition = noun.head
    return noun.pos_ != "VERB" and noun.dep_ == "pobj" and preposition.dep_ == "prep" \
        and preposition.head.pos_ in ("VERB", "AUX") \
        and preposition.lower_ not in lexicon.temporal_shift | _PRESUPPOSING_PREPOSITIONS


def _no_one(subject: Token, lexicon: Lexicon) -> bool:
    """A subject that denies there is anyone or anything: "nobody", "none of them", "no one"."""
    return subject.lower_ in lexicon.negative_subjects or any(
        c.dep_ == "det" and c.lower_ == "no" for c in subject.children)


def _hypothetical(token: Token, lexicon: Lexicon) -> bool:
    return _modality(token, lexicon) is not None


# Prepositions whose object is taken as having happened whatever the modality of the clause they
# hang on (presupposed: "despite his arrest, he will play", "after his arrest he could be freed").
_PRESUPPOSING_PREPOSITIONS = {"despite", "after", "following", "since", "amid"}


def _modality(token: Token, lexicon: Lexicon) -> str | None:
    """"future" when the event is planned, promised or announced ("will", "plans to",
    "vowed to", "to help quell"), "possible" when it is conditional, wished, asked for or
    under another modal ("could", "if", "wants to"); None when the clause asserts it."""
    if token.pos_ != "VERB":
        unrealised = _unrealised_noun(token, lexicon)
        if unrealised is not None:
            return unrealised
        if _presupposed(token, lexicon):
            return None  # "officers responded to investigate a shooting": the shooting happened
    verb = _governing_verb(token) if token.pos_ != "VERB" else token
    if token.pos_ != "VERB" and verb != token and token.dep_ not in ("dobj", "nsubjpass", "attr"):
        verb = token  # a noun elsewhere in the clause is not under the verb's modality
    for node in (verb, *list(verb.ancestors)[:3]):
        if node.dep_ == "prep" and node.lower_ in _PRESUPPOSING_PREPOSITIONS:
            return None  # "despite his arrest, he will play": the arrest happened, whatever "will" says
        children = list(node.children)
        modals = [c.lemma_.lower() for c in children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in lexicon.modals]
        if modals:
            if set(modals) & lexicon.future_modals or modals == ["would"] and _reported(node, lexicon):
                return "future"  # "will offer"; "it was announced that X would offer": will, told in the past
            return "possible"
        if any(c.dep_ == "mark" and c.lower_ in lexicon.conditionals for c in children):
            return "possible"
        if token.pos_ == "VERB" and node.pos_ in ("VERB", "AUX") and any(c.dep_ == "advcl" and c.i < node.i and any(
                g.dep_ == "mark" and g.lower_ in lexicon.conditionals for g in c.children) for c in children):
            # the consequence of a condition before it: "if we find him we are arresting him" (not "was
            # asked if", a question; nor a noun it speaks of: "if so, that blows the reported offers")
            return "possible"
        head = node.head.lemma_.lower()
        if node.dep_ == "xcomp" and head in lexicon.implicative:
            continue  # "has chosen to step down", "dared to speak": as told as the choice itself ("will choose to": future)
        if node.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp") and any(c.tag_ == "TO" for c in children):
            if token.pos_ == "VERB" and head in lexicon.going_to and node.head.tag_ == "VBG" and any(
                    c.dep_ == "aux" and c.lemma_.lower() == "be" for c in node.head.children):
                return "future"  # "we are going to arrest him": a plan, not the aspectual "went on to win"
            if head in lexicon.aspectual:
                return None
            return "future" if head in lexicon.future_heads or node.dep_ in ("advcl", "acl") else "possible"
        if node.dep_ == "xcomp" and head in lexicon.intent_heads:
            return "future" if head in lexicon.future_heads else "possible"
        if node.dep_ not in ("xcomp", "conj", "dobj", "pobj", "prep") or node.dep_ == "conj" and node.pos_ != "VERB":
            return None  # the modality of a governing clause stops at a clause boundary
    return None


def _presupposed(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun that is the object of a verb presupposing its object happened ("to
    investigate a shooting", "will look into the attack", "condemned the bombing"), also through a
    report of it ("to investigate reports of a shooting"): asserted whatever the verb's modality."""
    for _ in range(2):
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" \
                and noun.head.head.lemma_.lower() in lexicon.reporting:
            noun = noun.head.head  # "reports of a shooting"
    if noun.dep_ == "dobj":
        return noun.head.lemma_.lower() in lexicon.presupposing
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return f"{noun.head.head.lemma_.lower()} {noun.head.lower_}" in lexicon.presupposing
    return False


def _unrealised_noun(noun: Token, lexicon: Lexicon) -> str | None:
    """"future" or "possible" for an event noun its own words put ahead ("the planned merger", "a
    potential strike", "scheduled for release", "the release, scheduled for next summer"), else None
    (also when its verb says it came about: "the planned merger was completed")."""
    if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lemma_.lower() in lexicon.realising:
        return None
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.lower_ in lexicon.unrealised:
            return lexicon.unrealised[child.lower_]
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in lexicon.future_heads and (
                child.tag_ == "VBN" or any(c.dep_ in ("auxpass", "nsubjpass") for c in child.children)):
            return "future"  # "the release, scheduled for next summer", "which is planned for May"
    if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in lexicon.postponing:
        return "future"  # "postponed a visit", "the vote was delayed": put off to a later day
    preposition = noun.head
    if noun.dep_ == "pobj" and preposition.lower_ == "for" and preposition.head.lemma_.lower() in lexicon.future_heads:
        return "future"  # "scheduled for release", "set for launch"
    return None


def _reported(clause: Token, lexicon: Lexicon) -> bool:
    """A clause that is what a reporting verb says, with no condition of its own: its "would" is
    the "will" of the report, shifted into the past (the sequence of tenses), not a modal."""
    return (clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lexicon.reporting
            and not any(c.dep_ in ("mark", "advcl") and c.lower_ in lexicon.conditionals or c.dep_ == "advcl"
                        and any(g.dep_ == "mark" and g.lower_ in lexicon.conditionals for g in c.children)
                        for c in clause.children))


def _happening_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a happening: a trigger noun of the lexicon ("attack", "shooting") or
    a word that stands for one ("incident", "episode"); not "part" of "in another part of town"."""
    return noun.lemma_.lower() in lexicon.nouns or noun.lower_ in lexicon.happening_anaphors


def _another(token: Token, lexicon: Lexicon) -> bool:
    """A mention the text sets apart from a happening it resembles: "another shooting", "a
    separate attack", or a happening said to be at another time ("that shooting happened four
    hours earlier"), told as a repetition of an earlier one ("has twice before sued", "sued again"), or
    as one a person is sought or convicted for ("a fugitive wanted in a shooting": the indefinite
    article introduces another happening than the story's). A verb told "in a separate incident"
    ("In a separate attack, a woman was shot"): its clause says it is another happening than the
    one told before, so a round-up's next incident does not join the one before it (and lend it
    its day)."""
    if token.pos_ == "VERB":
        return any(c.dep_ == "advmod" and (c.lower_ in lexicon.repeated or any(
            g.dep_ == "advmod" and g.lower_ in lexicon.repeated for g in c.children)) for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ in ("in", "during") and any(
                p.dep_ == "pobj" and _happening_noun(p, lexicon)
                and any(g.dep_ in ("det", "amod") and g.lower_ in lexicon.other_happening for g in p.children)
                for p in c.children) for c in token.children)
    if any(c.dep_ in ("det", "amod") and c.lower_ in lexicon.other_happening for c in token.children):
        return True
    if (token.dep_ == "pobj" and token.head.lower_ in ("in", "for")
            and token.head.head.lemma_.lower() in lexicon.sought_for
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)):
        return True
    # the verb that says when the noun's happening was, shifted by a measure of time
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in lexicon.happen and any(
        c.dep_ == "advmod" and c.lower_ in lexicon.other_happening and any(g.dep_ == "npadvmod" for g in c.children)
        for c in token.head.children)


def _ordinal(token: Token, lexicon: Lexicon) -> int:
    """The place an event noun's ordinal gives it in a series ("the second shooting": 2), else 0."""
    if token.pos_ == "VERB":
        return 0
    return next((lexicon.ordinals[c.lower_] for c in token.children
                 if c.dep_ == "amod" and c.lower_ in lexicon.ordinals), 0)


def _refused(token: Token, lexicon: Lexicon) -> bool:
    """An act someone refuses, declines or fails to do did not happen: "refusing to help"."""
    verb = token if token.pos_ == "VERB" else _governing_verb(token)
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.refusal_heads and (
        verb is token or token.dep_ in ("dobj", "nsubjpass"))


def _factuality(token: Token, lexicon: Lexicon) -> str:
    return "negated" if _negated(token, lexicon) or _refused(token, lexicon) else _modality(token, lexicon) or "asserted"


def _denier(token: Token, lexicon: Lexicon) -> Token | None:
    """The subject of a denial the event is the content of: "the ministry denied that its troops
    fired on the crowd" (the ministry), "rejected reports of an attack"."""
    node = token
    for _ in range(4):
        if node.head == node or node.dep_ == "prep" and node.lower_ in _PRESUPPOSING_PREPOSITIONS:
            return None  # "denied arson following a fire": the fire is not what is denied
        if node.dep_ in ("ccomp", "xcomp", "dobj", "pobj", "prep", "acl", "nsubjpass") and \
                node.head.lemma_.lower() in lexicon.denial and node.head.pos_ == "VERB":
            return _subject(node.head)
        if node.dep_ in ("relcl", "advcl", "parataxis") or node.dep_ == "conj" and node.pos_ == "VERB":
            return None
        node = node.head
    return None


def _event_date(token: Token, times: list[TimeMention], lexicon: Lexicon,
                published: date | None = None) -> TimeMention | None:
    """The time expression of the trigger, else of the verb of a nominal trigger,
    else of the clause a subordinate event belongs to ("grew on Wednesday as
    protesters stormed …")."""
    node: Token | None = token
    for _ in range(3):
        when = date_for(node, times, lexicon.reporting) or _told_of_date(node, times, lexicon) or \
            _date_of_a_later_conjunct(node, times, lexicon) or _date_of_its_occasion(node, times, lexicon)
        if when is not None:
            return when
        node = _date_governor(node, lexicon)
        if node is None:
            break
    return _sentence_date(token, times, lexicon, published)


def _date_of_a_later_conjunct(node: Token, times: list[TimeMention], lexicon: Lexicon) -> TimeMention | None:
    """The time that ends a coordination of participles sharing one auxiliary: "One man was
    killed and three others wounded in a shooting early Friday", "was shot and killed early
    Friday", "was robbed, shot and wounded Friday night" (the time hangs on the last participle
    but is said of them all). Not from a conjunct with an auxiliary or a tense of its own ("was
    shot and died Sunday", "was shot last month and was released Sunday"), nor one set later
    ("and later killed"), nor a later stage or a report ("was shot and charged Monday"), nor a
    death, which may follow its wound by days."""
    if node.pos_ != "VERB":
        return None
    conjuncts, frontier = [], [node]
    while frontier:
        following = [c for c in frontier.pop().children if c.dep_ == "conj" and c.pos_ == "VERB"]
        conjuncts += following
        frontier += following
    first = node
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head  # "was robbed, shot and wounded": the passive's auxiliary is the first's
    passive = any(c.dep_ == "auxpass" for c in first.children)
    for conjunct in sorted(conjuncts, key=lambda c: c.i):
        # "was robbed, shot and wounded": the parser may tag a participle as a past tense;
        # after a passive, one without an object of its own is still the passive's participle
        participle = conjunct.tag_ == "VBN" or conjunct.tag_ == "VBD" and passive and not any(
            c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in conjunct.children)
        own_tense = not participle or any(c.dep_ == "aux" or c.dep_ == "auxpass" and not passive
                                          for c in conjunct.children)
        set_later = any(c.lower_ in lexicon.temporal_shift or c.lower_ == "then"
                        for c in conjunct.children if c.dep_ in ("advmod", "mark", "prep"))
        dead = any(c.lower_ == "dead" for c in conjunct.children)  # "and was pronounced dead at 7:30 a.m. Tuesday"
        if own_tense or set_later or dead or _later_stage(conjunct, lexicon) or _undergone(conjunct, lexicon):
            return None
        when = date_for(conjunct, times) or _time_of_its_clause(conjunct, times)
        if when is not None and when.span.start > conjunct.idx:
            return when
    return None


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a word stands in. A noun of happening after a name ("in a
    Northside shooting early Friday") is often parsed as a participle hanging on the name; with
    no object or subject of its own it is that noun, in the clause of the verb above it."""
    verb = token
    for _ in range(64):
        misread = verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "PROPN" and \
            verb.head.i == verb.i - 1 and verb.head.dep_ == "pobj" and not any(
                c.dep_ in ("dobj", "nsubj", "nsubjpass", "prep", "ccomp", "xcomp") for c in verb.children)
        if verb.pos_ in ("VERB", "AUX") and not misread or verb.head == verb:
            return verb
        verb = verb.head
    return verb


def _time_of_its_clause(verb: Token, times: list[TimeMention]) -> TimeMention | None:
    """The first day of the verb's sentence that its clause holds, though the parser hangs it on
    a noun of the clause ("wounded in a shooting late Saturday": on "shooting")."""
    sentence = verb.sent
    for time in times_starting_in(verb.doc, times, sentence.start_char, sentence.end_char):
        span = verb.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is None or day_value(time) is None or bounds_a_period(span):
            continue
        governor = _clause_verb(time_phrase(span).head)
        if governor == verb:
            return time
    return None


def _date_of_its_occasion(node: Token, times: list[TimeMention], lexicon: Lexicon) -> TimeMention | None:
    """The day of the occasion a verb's act took place at, when the day stands before that
    occasion's noun: "In a July 16 press conference, the chief said", "said at a Thursday news
    conference", "was killed in a Saturday shooting". Not for a later stage ("charged in the
    May 3 killing": the charge came after it) nor a thought ("believed in a 2015 report")."""
    if node.pos_ not in ("VERB", "AUX") or _later_stage(node, lexicon) and node.lemma_.lower() not in lexicon.reporting:
        return None
    for prep in node.children:
        if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPOSITIONS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                when = date_for(noun, times)
                if when is not None and when.span.end <= noun.idx:
                    return when
    return None


def _told_of_date(node: Token, times: list[TimeMention], lexicon: Lexicon) -> TimeMention | None:
    """The time a relative clause gives the happening it is about: "a shooting that happened
    just after 2:30 a.m. Thursday", "a shooting that left one man dead Monday" (the shooting
    did it then; not "a shooting that police investigated Monday", nor "which was reported
    Monday"), also for the verb of an event that took place in it ("was injured in a shooting
    that happened Thursday")."""
    if node.pos_ in ("VERB", "AUX"):
        nouns = [obj for prep in node.children if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
                 for obj in prep.children if obj.dep_ == "pobj" and _is_event_word(obj, lexicon)
                 and not _later_stage(obj, lexicon)]
    else:
        nouns = [node]
    for noun in nouns:
        for clause in noun.children:
            said_of = clause.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in clause.children) or (
                clause.dep_ == "acl" and clause.tag_ == "VBG")  # "a shooting involving a child Friday night"
            if said_of and clause.pos_ in ("VERB", "AUX") and not _later_stage(clause, lexicon):
                when = date_for(clause, times)
                if when is not None:
                    return when
    return None


def _date_governor(node: Token, lexicon: Lexicon) -> Token | None:
    """The word whose time expression also dates ``node``: the clause an adverbial clause hangs
    on; the existential "be" of "there was a shooting Friday"; the noun a nominal event is a compound of ("a Friday night shooting spree", not "a
    murder trial on Monday"); the light or happening verb of a nominal event ("staged protests
    on Monday", "the shooting happened on Tuesday"), the verb of undergoing it ("suffered a
    gunshot wound Saturday"), the event verb it is the subject of ("the blast killed three
    on Tuesday"), not any verb ("ruled the death a homicide on Monday" dates
    the ruling); the event word a prepositional phrase hangs on ("killed in an attack on
    Tuesday"), unless the preposition shifts the time ("arrested on Friday after the shooting")
    or names the cause of a death ("died Sunday from her injuries"),
    the word is no event (but for a part or amount of one: "heard bursts of gunfire") ("posted about the shooting on Friday", "arrested in connection with a
    shooting") or its event comes after the one it is about ("charged with murder on Monday",
    "indicted on murder charges": the ``later_stage_classes`` of the lexicon)."""
    if node.dep_ == "advcl":  # not "arraigned Thursday after his son shot himself"
        shifted = any(w.lower_ in lexicon.temporal_shift for w in node.children if w.dep_ in ("mark", "advmod"))
        return None if shifted or _later_stage(node.head, lexicon) else node.head
    if node.dep_ == "attr" and node.head.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in node.head.children):
        return node.head  # "there were reports of gunfire around 5 p.m. Friday"
    if node.dep_ == "attr" and (happening := _predicated_of(node, lexicon)) is not None:
        return happening  # "the incident on Thursday was a shooting": the incident's day
    if node.dep_ == "compound" and node.head.pos_ == "NOUN" and not _later_stage(node.head, lexicon):
        return node.head  # "a Friday night shooting spree", "a gunshot wound Monday"
    if node.dep_ == "dobj" and _sent_to_attend(node.head, lexicon):
        return node.head.head  # "were called on Sunday to investigate a shooting": then it was
    if node.dep_ in ("dobj", "nsubj", "nsubjpass"):
        verb = node.head.lemma_.lower()
        causes = node.dep_ == "nsubj" and verb in lexicon.verbs and not _later_stage(node.head, lexicon)
        undergone = node.dep_ == "dobj" and verb in lexicon.undergoing  # "suffered a gunshot wound Saturday"
        return node.head if node.pos_ == "VERB" or verb in lexicon.light or verb in lexicon.happen or causes or \
            undergone else None
    if node.dep_ == "pobj" and node.head.dep_ in ("prep", "agent") and node.head.lower_ not in lexicon.temporal_shift:
        governor = node.head.head
        if node.head.lower_ in lexicon.cause_preps and _undergone(governor, lexicon):
            return None  # "died from her injuries Sunday": the injuries came before
        lemma = governor.lemma_.lower()
        if governor.pos_ == "VERB" and (node.head.lower_ == "from" and lemma in lexicon.undergoing or
                                        node.head.lower_ == "with" and lemma in lexicon.finding):
            return governor  # "suffering from a gunshot wound", "found with a gunshot wound Monday night"
        if _is_event_word(governor, lexicon) and not _later_stage(governor, lexicon):
            return governor
        if node.head.dep_ == "agent" and governor.pos_ == "VERB" and not _later_stage(governor, lexicon):
            return governor  # what an event did, it did then: "disrupted last night by gunfire"
        if node.head.lower_ == "of" and governor.pos_ in ("NOUN", "NUM", "PRON") and \
                not _is_event_word(governor, lexicon) and not _object_of_later_stage(governor, lexicon):
            return governor  # a part or amount of the event: "bursts of gunfire", "one of the shootings"
    return None


def _sent_to_attend(verb: Token, lexicon: Lexicon) -> bool:
    """The verb is the purpose of attending to a happening as it happens, and presupposes its
    object happened: "officers responded to investigate a shooting", "deputies were called at 2
    a.m. Sunday to investigate a reported shooting" (a verb of attending, or one whose subject is
    sent: a passive)."""
    head = verb.head
    return verb.lemma_.lower() in lexicon.presupposing and verb.dep_ in ("advcl", "xcomp") and \
        any(c.tag_ == "TO" for c in verb.children) and head.pos_ == "VERB" and (
            head.lemma_.lower() in lexicon.attending or any(c.dep_ == "auxpass" for c in head.children))


def _object_of_later_stage(token: Token, lexicon: Lexicon) -> bool:
    """The word is what a later stage is about: "charged (as an adult) with two counts of
    murder last Thursday" (the counts are the charge's, and so is their time), "convicted on
    counts of"."""
    if token.dep_ in ("dobj", "nsubjpass"):
        return _later_stage(token.head, lexicon)
    node = token
    for _ in range(3):  # "charged as an adult with two counts of murder": up through the phrases
        if node.dep_ != "pobj" or node.head.dep_ != "prep":
            return False
        node = node.head.head
        if _later_stage(node, lexicon):
            return True
    return False


def _is_event_word(token: Token, lexicon: Lexicon) -> bool:
    """A trigger word of the lexicon, a light or happening verb, or a verb of attending to a
    happening ("called to a shooting", "responded to a shooting at 10 a.m. Saturday")."""
    lemma = token.lemma_.lower()
    verb = token.pos_ in ("VERB", "AUX")
    if verb and (lemma in lexicon.light or lemma in lexicon.happen or lemma in lexicon.attending):
        return True
    # A trigger word only in the sense its rules allow here: "received an award" is a ceremony,
    # "received new information about a homicide" no happening that the homicide is part of.
    rules = (lexicon.verbs if verb else lexicon.nouns).get(lemma, ())
    return any(_match(token, rule, lexicon) is not None for rule in rules)


def _undergone(token: Token, lexicon: Lexicon) -> bool:
    """The word is a trigger of a class whose subject undergoes it (a death: "died", "succumbed")."""
    table = lexicon.verbs if token.pos_ in ("VERB", "AUX") else lexicon.nouns
    return any(rule.type in lexicon.undergoers for rule in table.get(token.lemma_.lower(), ()))


def _later_stage(token: Token, lexicon: Lexicon) -> bool:
    """The word is a trigger of a class whose event follows the one it is about (an arrest, a
    charge, a trial, a reaction): a time on it is not the time of that event."""
    table = lexicon.verbs if token.pos_ in ("VERB", "AUX") else lexicon.nouns
    lemma = token.lemma_.lower()
    return lemma in lexicon.reporting or lemma in lexicon.cognition or any(
        rule.type in lexicon.later_stage for rule in table.get(lemma, ()))


def _same_time_path(token: Token, lexicon: Lexicon) -> list[Token]:
    """The trigger and the words above it that share its time: each step is one of
    :func:`_date_governor`'s, or a verb's clause link to the clause it belongs to ("grew on
    Wednesday as protesters stormed …", "had continued on Thursday, with a correspondent
    hearing bursts of gunfire"). It stops at a relative clause, a reporting, cognition or
    later-stage verb, and a word that shifts the time."""
    path, node = [token], token
    for _ in range(8):
        step = _date_governor(node, lexicon)
        if step is None and node.pos_ in ("VERB", "AUX") and node.dep_ in _SAME_TIME_CLAUSES:
            step = node.head
        if step is not None and node.dep_ == "ccomp" and _report_in_a_simultaneous_clause(step, lexicon):
            step = step.head  # "was hurt Sunday when police say two men … started shooting": the
            # "when" is said of the reported clause, the report only tells it
        if step is None or step in path or _later_stage(step, lexicon) or any(
                w.lower_ in lexicon.temporal_shift for w in node.children if w.dep_ in ("mark", "advmod")):
            break
        path.append(step)
        node = step
    return path


def _report_in_a_simultaneous_clause(verb: Token, lexicon: Lexicon) -> bool:
    """A present-tense report opening a "when", "while" or "as" clause: "when police say two men
    pulled up and started shooting" (the report is now, what it reports at the clause's time)."""
    return verb.lemma_.lower() in lexicon.reporting and verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in lexicon.simultaneous and c.i < verb.i for c in verb.children)


def _sentence_date(token: Token, times: list[TimeMention], lexicon: Lexicon,
                   published: date | None = None) -> TimeMention | None:
    """The day of the clause an event stands in, when no time expression modifies it in the
    tree: "Fighting had continued on Thursday, with a correspondent hearing bursts of gunfire"
    (the gunfire is Thursday's). The time must belong to the clause of a word on the event's
    :func:`_same_time_path`: "said on Friday that 26 were killed" (Friday is the saying),
    "arrested Monday in connection with a shooting", "a day after Russia sent troops", "the
    uprising, which he described as a revolt" give no date; the sentence's day expressions so
    taken must all name one day. A report takes only the date that modifies it."""
    if token.lemma_.lower() in lexicon.reporting:
        return None
    sentence = token.sent
    path = _same_time_path(token, lexicon)
    days = []
    for time in times_starting_in(token.doc, times, sentence.start_char, sentence.end_char):
        if day_value(time) is None:
            continue
        span = token.doc.char_span(time.span.start, time.span.end, alignment_mode="expand")
        if span is None or bounds_a_period(span):
            continue
        phrase = time_phrase(span)
        if phrase.head != token and phrase.head.pos_ == "NOUN" and phrase.i < phrase.head.i and \
                _is_event_word(phrase.head, lexicon):
            continue  # "arrested in the May 3 killing": the day of the happening the noun names
        if _joined_to_another_time(phrase):
            continue  # "on Wednesday night and Thursday afternoon": no one day
        verb = _clause_verb(phrase.head)
        if before_its_mark(phrase, verb):
            continue
        if verb in path or _simultaneous(verb, path, lexicon) or _before_a_report(span, verb, path, lexicon) or \
                _present_state_over(verb, token, lexicon) and not _before_a_shifted_clause(span, token, verb, lexicon) and (
                _a_moment(span) or published is not None and day_value(time) < published or
                _right_after(span, token)):
            days.append(time)
    return days[0] if days and len({day_value(t) for t in days}) == 1 else None


def _before_a_report(span, verb: Token, path: list[Token], lexicon: Lexicon) -> bool:
    """The parser hangs a time on a report that follows the event's clause, but the time stands
    before the report's subject, at the end of the event's clause: "A teen was accidentally
    shot in the chest Saturday, the sheriff's office announced Monday" (Saturday is the
    shooting's; not "…, police said Saturday")."""
    if verb.lemma_.lower() not in lexicon.reporting or verb.dep_ not in ("advcl", "parataxis") or verb.head not in path:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and span.end <= subject.left_edge.i and span.start > verb.head.i


def _before_a_shifted_clause(span, token: Token, verb: Token, lexicon: Lexicon) -> bool:
    """The time stands before an "after" (or "before", "since") clause the event is in, with
    the present-tense clause it hangs on: "A death investigation is underway Monday ... after
    a 16-year-old was shot" (Monday is the investigation's; not "are searching for a gunman
    after four people were shot ... late Wednesday", where the time ends the event's clause)."""
    node = token
    for _ in range(8):
        shifted = node.lower_ in lexicon.temporal_shift and node.dep_ == "prep" or any(  # "after a boy was shot"
            w.lower_ in lexicon.temporal_shift for w in node.children if w.dep_ in ("mark", "advmod"))
        if shifted and span.end <= node.left_edge.i:
            return True
        if node == verb or node.head == node:
            return False
        node = node.head
    return False


def _simultaneous(verb: Token, path: list[Token], lexicon: Lexicon) -> bool:
    """The time's verb opens a clause at the time of one on the event's path: "was shot while
    sleeping early Tuesday morning", "sustained a gunshot wound while riding in a car Monday
    night" (not a report: "while police said Tuesday …")."""
    return verb.dep_ == "advcl" and verb.head in path and not _later_stage(verb, lexicon) and any(
        c.dep_ == "mark" and c.lower_ in lexicon.simultaneous for c in verb.children)


def _a_moment(span) -> bool:
    """The time names a moment or part of a day ("early Sunday morning", "Saturday night", "2
    a.m. Sunday"), not a whole day: on a present-tense clause ("an investigation is underway
    Tuesday", the article's day) a whole day may be the clause's own."""
    phrase = time_phrase(span)
    words = {w.lower_ for w in (*span, phrase)}
    return bool(words & _MOMENT_WORDS)


def _joined_to_another_time(phrase: Token) -> bool:
    """The time is one of two joined by "and" ("on Wednesday night and Thursday afternoon"), though
    the other may have no value (a weekday with two readings): what happened on both has no one day."""
    partners = [c for c in phrase.children if c.dep_ == "conj"] + ([phrase.head] if phrase.dep_ == "conj" else [])
    return any(p.ent_type_ in ("DATE", "TIME") for p in partners)


def _right_after(span, token: Token) -> bool:
    """The time follows the event's noun phrase with nothing between: "are investigating a
    shooting Thursday at a range" reads as "Thursday's shooting", though the parser hangs the
    day on the verb."""
    return token.pos_ == "NOUN" and span.start == token.right_edge.i + 1


def _present_state_over(verb: Token, token: Token, lexicon: Lexicon) -> bool:
    """The time's verb is in the present tense, telling what goes on now ("police are
    investigating", "is in critical condition", "are searching for a gunman"): that takes
    place on no past day, so a day the parser hangs on it ("are investigating a shooting
    Saturday night", "are searching for a gunman after four people were shot … late
    Wednesday") is the day of the happening the clause is about, an event word below it
    reached through no reporting, judging or later-stage word (not "police say Saturday",
    "is charged with murder in a shooting Monday"). So does the past progressive ("police were
    investigating the shooting on Friday evening"): what went on then."""
    if token == verb or verb.lemma_.lower() in lexicon.reporting or _later_stage(verb, lexicon) and not (
            verb.tag_ == "VBG"):
        return False
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    # "police were investigating a shooting": the past progressive tells what went on then
    past_progressive = verb.tag_ == "VBG" and any(c.lemma_ == "be" and c.tag_ == "VBD" for c in aux)
    if any(c.dep_ == "auxpass" or c.tag_ == "MD" or c.tag_ == "VBD" and not past_progressive or c.lemma_ == "have"
           for c in aux):
        return False
    if not (verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VBG" and any(c.tag_ in ("VBZ", "VBP") for c in aux)
            or past_progressive):
        return False
    node = token
    for _ in range(8):
        if node.head == node:
            return False
        node = node.head
        if node == verb:
            return not _later_stage(token, lexicon)
        if node.pos_ in ("VERB", "AUX", "NOUN") and _later_stage(node, lexicon):
            return False
    return False
