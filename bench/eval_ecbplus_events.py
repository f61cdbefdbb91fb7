"""Events on ECB+: each story's central event as one node, and cross-document event coreference.

    python bench/eval_ecbplus_events.py                 # dev topics (split.json "dev")
    python bench/eval_ecbplus_events.py --split test    # the reported figures; never tune on them
    python bench/eval_ecbplus_events.py --write-docs    # rewrite "## Events (ECB+)" (dev, and test if run)
    python bench/eval_ecbplus_events.py --topics 1,3    # a subset while iterating
    python bench/eval_ecbplus_events.py --losses        # dev: each document a best node misses, and why

Reads ``../shared/eval-data/ecbplus/`` (not copied into the repository).

Unit. Each topic (its ECB and ECB+ documents, two stories of one kind) is one
build: every document is read as an article, parsed, extracted and resolved
with ``kg.resolve.resolution.resolve``, as ``kg build`` does. The event nodes
are ``Resolved.events``; a node's mentions are its ``evidence`` spans.

Scope. As in ``eval_ecbplus.py``: only the sentences of
``ECBplus_coreference_sentences.csv`` count.

Central event. A sub-topic (the ``*ecb`` or the ``*ecbplus`` documents of a
topic) reports one story. Its central event is the cross-document
``ACTION_OCCURRENCE`` instance (``cdc_instance``) mentioned in the most of its
documents (ties: the instance with more mentions, then the smaller id). An
asserted node (``kg:factuality kg:Asserted``) *reports* a document when one of its evidence spans overlaps a gold mention of
that instance in that document.

- *found*: share of sub-topics where some node reports the central event;
- *coverage*: mean over sub-topics of (documents reported by the single best
  node) / (documents that mention the central event).

Coreference. Key: every gold ``ACTION_OCCURRENCE`` mention of the scope, its
entity the ``cdc_instance``, else its intra-document chain, else itself.
Predicted mentions (every ``EventMention`` of the extraction, a node's or not)
are paired one to one with gold by character overlap. Response: a paired gold
mention takes its partner's node (a mention that made no node is alone);
unpaired gold mentions are singletons ("unclaimed"). Baseline, same paired
mentions: all mentions of a topic whose trigger head lemma is the same are one
event. For information, the lemma baseline over every gold mention (what a
system that found every mention would get by lemma alone) is printed too.
"""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import corefscore  # noqa: E402
from docsection import split_bench_main  # noqa: E402
from eval_ecbplus import DATA, head_lemma, load, pair_by_overlap, parse_cached, sentence_ranges  # noqa: E402

from kg.extract import Extractor  # noqa: E402
from kg.ingest.clean import clean  # noqa: E402
from kg.ingest.metadata import complete_dates, infer_metadata  # noqa: E402
from kg.model import Article  # noqa: E402
from kg.nlp.parse import load_pipeline  # noqa: E402
from kg.resolve.resolution import resolve  # noqa: E402

TAG = "ACTION_OCCURRENCE"


@dataclass
class Gold:
    id: tuple[str, str]
    doc: str
    start: int
    end: int
    entity: str


def gold_events(record: dict, in_scope: Callable[[int, int], bool]) -> list[Gold]:
    chains = {m_id: f"{record['doc']}#chain{i}" for i, chain in enumerate(record.get("intra_doc_chains") or [])
              for m_id in chain}
    return [Gold((record["doc"], m["m_id"]), record["doc"], m["char_start"], m["char_end"],
                 m.get("cdc_instance") or chains.get(m["m_id"]) or f"{record['doc']}#{m['m_id']}")
            for m in record["mentions"] if m["tag"] == TAG and in_scope(m["char_start"], m["char_end"])]


@dataclass
class Result:
    split: str
    topics: int
    documents: int
    stories: list[tuple[str, int, int, int]] = field(default_factory=list)  # sub-topic, docs, best node, nodes
    key: dict = field(default_factory=dict)
    system: dict = field(default_factory=dict)
    baseline: dict = field(default_factory=dict)
    lemma_all: dict = field(default_factory=dict)
    gold_mentions: int = 0
    predicted_mentions: int = 0
    paired: int = 0
    in_node: int = 0
    seconds: float = 0.0
    # (sub-topic, document, loss class, detail) for each document the best node does not report
    losses: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def found(self) -> float:
        return sum(1 for _, _, best, _ in self.stories if best) / len(self.stories)

    @property
    def coverage(self) -> float:
        return sum(best / docs for _, docs, best, _ in self.stories) / len(self.stories)


def central_instance(golds: list[Gold]) -> str | None:
    docs: dict[str, set[str]] = defaultdict(set)
    mentions: Counter = Counter()
    for g in golds:
        if not g.entity.startswith("ACT"):
            continue  # intra-document chains and singletons are no cross-document instance
        docs[g.entity].add(g.doc)
        mentions[g.entity] += 1
    return min(docs, key=lambda e: (-len(docs[e]), -mentions[e], e), default=None)


def evaluate(split: str = "dev", topics: set[str] | None = None,
             progress: Callable[[str], None] | None = None, cache: Path | None = None) -> Result:
    started = time.perf_counter()
    by_topic, selected = load(split)
    if topics:
        by_topic = {t: r for t, r in by_topic.items() if t in topics}
    nlp, extractor = load_pipeline(), Extractor()
    result = Result(split, len(by_topic), sum(len(r) for r in by_topic.values()))
    for topic, records in by_topic.items():
        if progress:
            progress(f"topic {topic}: {len(records)} documents")
        articles = complete_dates([infer_metadata(clean(Article(source_id=r["doc"], text=r["text"])))
                                   for r in records])
        parsed = [(extractor(article, doc), doc) for article, doc in zip(articles, parse_cached(nlp, articles, cache))]
        resolved = resolve([x for x, _ in parsed])
        node_of = {(e.source_id, e.span.start, e.span.end): event.key
                   for event in resolved.events for e in event.evidence}
        golds_by_sub: dict[str, list[Gold]] = defaultdict(list)
        extraction_of = {x.article.source_id: x for x, _ in parsed}
        node_by_key = {event.key: event for event in resolved.events}
        story_of = {sid: n for n, story in enumerate(resolved.stories) for sid in story.articles}
        for record, (extraction, doc) in zip(records, parsed):
            lines = sentence_ranges(record["text"])
            scope = [lines[i] for i in sorted(selected.get(record["doc"], ())) if i < len(lines)]

            def in_scope(start: int, end: int) -> bool:
                return any(s < end and start < e for s, e in scope)

            golds = gold_events(record, in_scope)
            golds_by_sub[record["subtopic"]].extend(golds)
            predicted = [m for m in extraction.events if in_scope(m.trigger.start, m.trigger.end)]
            result.gold_mentions += len(golds)
            result.predicted_mentions += len(predicted)
            pairs = pair_by_overlap([(m.trigger.start, m.trigger.end) for m in predicted],
                                    [(g.start, g.end) for g in golds])
            claimed = {j: i for i, j in pairs.items()}
            for j, g in enumerate(golds):
                result.key[g.id] = g.entity
                result.lemma_all[g.id] = (topic, head_lemma(doc, g.start, g.end))
                if j not in claimed:
                    result.system[g.id] = result.baseline[g.id] = ("alone", g.id)
                    continue
                m = predicted[claimed[j]]
                node = node_of.get((record["doc"], m.trigger.start, m.trigger.end))
                result.paired += 1
                result.in_node += node is not None
                result.system[g.id] = (topic, node) if node else ("alone", g.id)
                result.baseline[g.id] = (topic, head_lemma(doc, m.trigger.start, m.trigger.end))
        for sub, golds in sorted(golds_by_sub.items()):
            central = central_instance(golds)
            if central is None:
                continue
            mentions = [g for g in golds if g.entity == central]
            docs = {g.doc for g in mentions}
            reported: dict[str, set[str]] = defaultdict(set)
            for event in (event for event in resolved.events if event.factuality == "asserted"):
                for e in event.evidence:
                    if any(g.doc == e.source_id and g.start < e.span.end and e.span.start < g.end for g in mentions):
                        reported[event.key].add(e.source_id)
            best = max((len(d) for d in reported.values()), default=0)
            result.stories.append((sub, len(docs), best, len(reported)))
            best_key = min((key for key, d in reported.items() if len(d) == best), default=None)
            for sid in sorted(docs - reported.get(best_key, set())):
                result.losses.append((sub, sid, *loss_class(
                    [g for g in mentions if g.doc == sid], extraction_of[sid], node_of, node_by_key, story_of,
                    {story_of.get(d) for d in reported.get(best_key, ())})))
    result.seconds = time.perf_counter() - started
    return result


def loss_class(mentions: list[Gold], extraction, node_of: dict, node_by_key: dict, story_of: dict,
               best_stories: set) -> tuple[str, str]:
    """Why a document mentioning a sub-topic's central event is not reported by its best node (dev
    diagnostics, ``--losses``): no event mention on the gold trigger; a mention that made no node
    (no role, place or date); one whose node is not asserted; one in another node of the best
    node's story, or of another story. The detail names the mention's trigger and class."""
    sid = extraction.article.source_id
    found = [m for m in extraction.events if any(g.start < m.trigger.end and m.trigger.start < g.end for g in mentions)]
    if not found:
        return "no mention", ", ".join(sorted({extraction.article.text[g.start:g.end] for g in mentions}))
    order = ("another story", "another node", "not asserted", "no node")
    classes = []
    for m in found:
        key = node_of.get((sid, m.trigger.start, m.trigger.end))
        event = node_by_key.get(key)
        if event is None:
            classes.append(("no node", f"{m.trigger.text} ({m.type}, {m.factuality})"))
        elif event.factuality != "asserted":
            classes.append(("not asserted", f"{m.trigger.text} ({m.type}, {event.factuality})"))
        else:
            where = "another story" if best_stories and story_of.get(sid) not in best_stories else "another node"
            classes.append((where, f"{m.trigger.text} ({m.type}) in a {event.type} node of "
                                   f"{len({e.source_id for e in event.evidence})} documents"))
    return min(classes, key=lambda c: order.index(c[0]))


def losses_table(result: Result) -> str:
    """The documents each sub-topic's best node misses, by loss class (dev diagnostics)."""
    counts = Counter(kind for _, _, kind, _ in result.losses)
    lines = ["Documents the best node misses, by class: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()), "",
             "| sub-topic | document | class | detail |", "| --- | --- | --- | --- |"]
    lines += [f"| {sub} | {sid} | {kind} | {detail} |" for sub, sid, kind, detail in result.losses]
    return "\n".join(lines)


def report(result: Result) -> str:
    def conll(response: dict) -> corefscore.CorefScores:
        return corefscore.score(corefscore.clusters_of(result.key), corefscore.clusters_of(response))

    scores = {"kg (merge_events)": conll(result.system), "same trigger lemma per topic": conll(result.baseline)}
    lemma_all = conll(result.lemma_all)
    out = [f"ECB+ {result.split}: {result.topics} topics, {result.documents} documents, {len(result.stories)} "
           f"sub-topics; {result.gold_mentions} gold {TAG} mentions, {result.predicted_mentions} predicted event "
           f"mentions (in the annotated sentences), {result.paired} paired with gold, {result.in_node} of those "
           f"in an event node; {result.seconds:.0f} s.", "",
           "Central event of each sub-topic:", "",
           "| found | coverage | sub-topics with the central event split over more than one node |",
           "| --- | --- | --- |",
           f"| {result.found:.3f} | {result.coverage:.3f} | "
           f"{sum(1 for *_, nodes in result.stories if nodes > 1)} |", "",
           "Cross-document event coreference within topics (key: every gold mention; unclaimed ones are singletons):",
           "", "| system | MUC R / P / F1 | B³ R / P / F1 | CEAF-e R / P / F1 | CoNLL F1 |",
           "| --- | --- | --- | --- | --- |"]
    for name, s in scores.items():
        cells = [" / ".join(f"{v:.2f}" for v in (x.recall, x.precision, x.f1)) for x in (s.muc, s.b_cubed, s.ceaf_e)]
        out.append(f"| {name} | {' | '.join(cells)} | {100 * s.conll_f1:.1f} |")
    system, baseline = (100 * s.conll_f1 for s in scores.values())
    out += ["", f"CoNLL F1 minus the baseline's: {system - baseline:+.1f} points. For information, the same-lemma "
                f"baseline over every gold mention (perfect mention detection): {100 * lemma_all.conll_f1:.1f}."]
    return "\n".join(out)


def sub_topic_table(result: Result) -> str:
    lines = ["| sub-topic | documents with the central event | best node | nodes reporting it |", "| --- | --- | --- | --- |"]
    lines += [f"| {sub} | {docs} | {best} | {nodes} |" for sub, docs, best, nodes in result.stories]
    return "\n".join(lines)


DOC_INTRO = """Written by `python bench/eval_ecbplus_events.py --write-docs` (dev) and
`--split test --write-docs` (test, run once); `--parse-cache DIR` keeps the
parses between runs while iterating. Each ECB+ topic (its two sub-topics,
two stories of one kind) is built as one folder (`kg.extract`,
`kg.resolve.resolution.resolve`); only the sentences of
`ECBplus_coreference_sentences.csv` count. The central event of a sub-topic is
the cross-document `ACTION_OCCURRENCE` instance found in the most of its
documents; an asserted node reports a document when one of its evidence spans
overlaps a gold mention of that instance there. *found*: share of sub-topics
with a node reporting it; *coverage*: mean of (documents reported by the best
node) / (documents mentioning it). Coreference: key = every gold
`ACTION_OCCURRENCE` mention (`cdc_instance`, else intra-document chain, else
itself); a gold mention paired by overlap with a predicted event mention
takes that mention's node, other gold mentions are singletons; the baseline
groups the same paired mentions by the trigger's head lemma per topic.

How dev moved (found / coverage / CoNLL F1 vs baseline), change by change
(issue 15): 0.455 / 0.161 / 34.7 vs 43.7 at the start (PLOVER classes only,
merge on shared agent or target and word); general-news classes aligned with
ACE 2005 (Die, Kill, Attack, Shooting, Arrest, Charge, Sentence, Elect,
Nominate, Dismiss, MergeOrg, Launch, Disaster, Fire, Accident …) 0.727 /
0.306 / 39.8 vs 53.1 (the baseline gains too: it groups the new mentions by
lemma); merging by story and class compatibility (a bare mention joins its
story's node of a compatible class) and clause dates 0.803 / 0.481 / 50.2
vs 53.1; nouns that qualify another ('riot police') dropped 0.788 / 0.473;
the dead and the dismissed as targets ('she died', 'fired the coach',
'his arrest') 0.788 / 0.516 / 50.4 vs 52.7; a mention with roles joining
the largest compatible node of its story and class reported with one of
its words 0.788 / 0.514 / 51.4 vs 52.6; dates only from an event's own
clause and trigger words' business senses left out ('killed the deal',
'eliminating jobs') 0.773 / 0.513 / 51.4 vs 52.6: the one sub-topic lost
(9_ecb, new endangered-species rules) had been found only through
'eliminated 35-year-old regulations' read as violence, in a Kill node.
Nine more general-news classes (ACE Justice.Appeal, Life.Marry,
Life.Divorce; Contest, Ceremony, Treatment, Enact, Outage, Theft, which no
ACE, Rich ERE or PLOVER type covers) 0.773 / 0.517 / 51.4 vs 52.6 ->
0.924 / 0.601 / 54.2 vs 55.6 (the 0.517 is this measure on the tree the
classes were added to; the baseline gains again from the new mentions).
Tried and dropped: keeping role-less nodes that two articles of a story
report (no change on dev).
Third round (participants that do not resolve to one actor; measured with a
parse cache, on which the tree before this round gives 0.924 / 0.597 / 54.1
vs 55.6): one agent's happening of one general-news class in a story is one
happening whatever words report it ('the thieves stole' / 'the heist';
PLOVER categories still need a shared word) 0.924 / 0.607 / 54.4; an
unnamed group may describe a named participant ('the gunman' / the
shooter's name) and any two groups agree 0.616 / 55.0; triggers 'hanged
himself', 'found dead' (Die), 'hanged' a person (Kill), a cable cut,
severed or damaged (Outage) 0.635 / 55.5 vs 56.2 (the baseline gains the
new mentions too); two groups agree only when they may be the same people
(the same CAMEO sector, 'protesters' / 'rioters'; civilians in general and
workers, students, protesters; never troops, police, militants or
officials and civilians), because any two groups joined 'called in troops'
and 'calling on civilians' on the example: 0.628 / 55.3, 0.629 / 55.4 with
civilians in general. Fourth round (word senses, roles, set-apart
mentions, factuality; with the cache, 0.924 / 0.630 / 55.5 vs 56.2 before):
selectional constraints on the doer of a verb (an earthquake or a volcano
strikes, erupts or hits: Disaster; struck by a bullet: Attack; struck by
a car: Accident; a striking worker has no object: Protest), an order of
goods a Contract, "have met him once" no meeting, a mention set apart
("another robbery") kept from the happening its article told of before,
and an act refused, declined or failed negated: 0.924 / 0.628 / 55.5 vs
56.2. The one document lost (10_ecbplus) reported the offer only as
"declined to make an offer", which is no asserted offer; the quake
stories gain "struck" and "hit" mentions (Protest before) that join their
Disaster nodes. Goods bought or ordered a Contract, a company bought a
MergeOrg: no change. "Nobody was hurt" negated, press releases, "returned
fire", "under heavy fire" and life-threatening injuries no events of
their word's class, a fire that destroys something the Fire: 0.924 /
0.628 / 55.5 vs 56.3 (the baseline gains the "destroyed" mentions).
Tried and dropped: an offence named by its legal grade in a charge
("charged with first-degree murder") as no event: ECB+ counts that
"murder" as the killing, and the sub-topic lost a document; "destroyed"
by a fire as no event (ECB+ pairs it in the fire stories).
Fifth round (with the cache, 0.924 / 0.631 / 55.6 vs 56.3 before; loss
classes from `--losses`, documents the best node misses: no mention 174,
another node 55, another story 21, not asserted 11, no node 7): triggers for
the central events still unfound or reported in words of no class — a
fighter stopped in a round (Contest), a party named by its occasion ('an
office Christmas party', Ceremony), a fall measured in height or to one's
death (Accident) 0.955 / 0.671; two classes of no ACE, Rich ERE or PLOVER
type, Suspension ('placed on injured reserve', 'suspended the coach') and
Foil ('foiled a piracy attempt', 'thwarted an attack'), a team beaten and a
'win' (Contest), 'rioting', 'snatched', and nodes left apart by the order
of joining joined once compatible and tied (`join_nodes`) 1.000 / 0.713 /
57.1 vs 57.5 (the baseline gains the new mentions); the subject of a
headline's participle ('Smith Arrested After Shooting') as the one it
happens to 0.715 / 57.2; the object of 'despite' or 'after' as having
happened whatever the clause's modality 57.3 vs 57.5; a trigger inside a
name ('the Academy Awards honored ...') no agent of its own happening 0.719
/ 57.3 vs 57.5. Tried and dropped:
the referee's 'stopped the fight' (its agent split the bout), 'unrest' as a
Protest (the example's reports of unrest are no event), a looser story
threshold (0.05: +0.1 CoNLL, but it changes every build's stories), and
roles read the other way round agreeing (no change). After this round:
no mention 100, another node 57, another story 21, not asserted 15, no
node 7.
Sixth round (with the cache, 1.000 / 0.718 / 57.5 vs 57.7 before; no
mention 98, another node 45, another story 30, not asserted 15, no node
12): a verb, its irregular forms and the nouns derived from it one trigger
word (kg/data/event_word_families.yaml: 'died' / 'dies' / 'death',
'negotiated' / 'negotiations', 'quake' / 'earthquake') 1.000 / 0.718 /
57.8 vs 57.7; 'dead' said of someone ('one man is dead', 'left a clerk
dead') a death 0.719 / 58.0 vs 57.8; the object of a phrase's particle no
target for a class that takes none from a preposition ('checked into a
clinic': where, not whom) 0.720 / 58.0 vs 57.8, 44 sub-topics split. Tried and dropped: a mention with
roles tied to no node joining the largest compatible node of its story and
general-news class without a shared word (+0.1, 0.724, not worth the risk of
joining two happenings of one kind). Of the coreferent mentions kg keeps
apart in one story, most differ in factuality (an announced hosting and the
hosting: kept apart by design), in class (ECB+ joins 'gunned down' with
'shot' but never 'killed' with 'shot'), or in participants read from the
parse ('Bettie Page' / 'Betty Mae Page').
The figures below are a run with the parse cache (sixth round).

Known gaps (from dev). Targets (found ≥ 0.9, coverage ≥ 0.7, CoNLL +5 over
the baseline): found and coverage are met (fifth round), CoNLL is not (0.2 points above the baseline after the sixth round, not 5). What
follows was written after the fourth round; the fifth found the injured
reserve, the foiled piracy attack, the fall and the party. Of the 15 central
events that had no class, 10 are now found: the rehab stay (Treatment;
checking into rehab, found before in 1 of its 18 documents, now in 14),
the awards ceremony (2, Ceremony: 'ceremony', 'celebration', a name ending
in 'Awards'; the ceremony called by its own name alone is not, and its
reports are split over nodes: 3 of 10 and 3 of 11 documents), new
regulations issued (Enact), a rule overturned (Enact: a rule or law
reversed is not a court's Justice.Appeal), a theft (Theft),
a network outage (Outage: 'outage', 'downtime', 'went down'), a record
broken and a tournament (Contest); the boxing bout (7_ecbplus) only
through 'won' in one document of 11 (its reports say 'stops', 'floored'). Still missed (5): foiling a piracy
attack (a thwarted act is no class: 'foil' and 'thwart' are not an
attack), a party (the noun is mostly a political party; only 'threw a
party' is a trigger), a fall (the verb 'fall' is mostly a figure falling),
placing a player on injured reserve (2; a roster move, too narrow for a
class of its own and no start or end of a position). Coverage stays low
where a story's reports call the event by a name ('the Oscars'), by a
verb of no class ('stops Thompson in the sixth round'), or where it is
split over several nodes (41 sub-topics; 46 before the third round) mostly by participants that do
not resolve to one actor
("Betty Page" / "Bettie Page", "Regina M" / "Regina Benjamin", "Dr" /
"doctor"; unnamed groups no longer split, see above), by roles read wrongly
from the parse ("Supreme Court" as the one who nominates, "Academy Awards"
as the host of the ceremony), by places that do not nest (a region and a
city in it, "California" / "Calif" / "Rancho Mirage", clash as two cities:
the gazetteer has no region of a city), by one story's reports falling into
two stories or two stories into one (12 of 66 sub-topics are split over
stories; two Iran earthquakes years apart share one), and because ECB+
documents carry no date, so nothing but participants and places can tie
reports together. Against the
same-lemma baseline on the same mentions the merge loses 0.9 points (1.4 before the third round): the
baseline joins every "died" of a topic, which ECB+ mostly rewards; kg keeps
different victims apart, which it should."""


def main(argv: list[str] | None = None) -> int:
    def add_arguments(parser) -> None:
        parser.add_argument("--topics", help="comma-separated topic numbers (iterating only; not for --write-docs)")
        parser.add_argument("--by-story", action="store_true", help="print the per-sub-topic table too")
        parser.add_argument("--parse-cache", type=Path, help="a folder for the parsed Docs (iterating only)")
        parser.add_argument("--losses", action="store_true",
                            help="dev diagnostics: each document a sub-topic's best node misses, and why")

    def run(args) -> str:
        topics = set(args.topics.split(",")) if args.topics else None
        result = evaluate(args.split, topics, progress=lambda msg: print(msg, file=sys.stderr), cache=args.parse_cache)
        text = report(result)
        if args.losses and args.split != "dev":
            raise SystemExit("--losses is for dev only")
        return (text + ("\n\n" + sub_topic_table(result) if args.by_story else "")
                + ("\n\n" + losses_table(result) if args.losses else ""))

    return split_bench_main(argv, description=__doc__.split("\n")[0], data=DATA, title="Events (ECB+)",
                            intro=DOC_INTRO, evaluate=run, add_arguments=add_arguments)


if __name__ == "__main__":
    sys.exit(main())
