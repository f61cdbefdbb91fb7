"""Actors on ECB+: entity mention detection and cross-document entity coreference per topic.

    python bench/eval_ecbplus.py                       # dev topics (split.json "dev")
    python bench/eval_ecbplus.py --split test          # the reported figures; never tune on them
    python bench/eval_ecbplus.py --write-docs          # rewrite "## Actors (ECB+)" (dev, and test if run)
    python bench/eval_ecbplus.py --parse-cache DIR     # keep the parsed Docs in DIR (iterating only)
    python bench/eval_ecbplus.py --topics 1,3          # a subset while iterating

Reads ``../shared/eval-data/ecbplus/`` (not copied into the repository).

Unit. Each topic (its ECB and ECB+ documents together, as the corpus groups
them) is one cluster: every document is read as an article (clean, metadata),
parsed, run through ``kg.extract.Extractor``, then ``Resolver.recover_mentions``
and ``kg.resolve.resolution.actors_and_events`` as ``kg.resolve.resolution.resolve``
does (named actors, spokespeople, described people, events, described people
joined by event role), which give each mention its actor. Mentions that
resolve to no actor (an unlinked pronoun, a description the resolver ties to
no one) are singletons.

Scope. Only the sentences listed in ``ECBplus_coreference_sentences.csv``
count, on both sides: the corpus annotates selected sentences only. The
README of eval-data says so for the ``*ecbplus`` documents; the CSV lists
sentences of the ``*ecb`` documents too, and those are annotated in the same
way (735 of their 6,641 sentences are listed, 811 carry any annotation), so
the restriction is applied to every document, as is usual for ECB+.

Gold entity mentions: tags ``HUMAN_PART*`` and ``LOC*`` (participants and
locations, what the actor extractor looks for). ``NON_HUMAN_PART*`` (objects,
vehicles, substances…), actions and times are not entities here; a predicted
mention that overlaps only one of them is a false positive (counted apart as
"on a non-human participant").

Matching. Predicted and gold mentions are paired one to one by character
overlap, the largest overlaps first. Precision = pairs / predicted, recall =
pairs / gold; by predicted kind (precision) and by gold tag (recall).

Coreference. Gold entities: the ``cdc_instance`` (cross-document) of a
mention, else its intra-document chain, else the mention alone. Scores
(``corefscore``: MUC, B³, CEAF-e, CoNLL F1) over all topics of the split at
once, entities never crossing topics, in two settings:

- *matched mentions* (the usual coreference-only score): key and response
  restricted to the paired mentions, a response mention standing for its
  gold partner;
- *head-matched* (for information; the target is on *matched*): the matched
  pairs whose predicted span holds the gold mention's head word (its root once
  leading prepositions and determiners are set aside), so that "Brooklyn" is
  not scored as "a Brooklyn mom" nor "Mafia" as "Mafia boss";
- *all predicted mentions* (end to end): the key holds every gold mention of
  the scope, the response every predicted mention; unpaired mentions count
  against recall (gold) or precision (predicted).

Baseline, same command, same mentions: all mentions of a topic whose head
lemma (spaCy, lowercased) is the same are one entity.
"""

from __future__ import annotations

import csv
import hashlib
import json
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

import corefscore  # noqa: E402
from docsection import split_bench_main  # noqa: E402

from kg.ingest.clean import clean  # noqa: E402
from kg.extract import Extractor  # noqa: E402
from kg.ingest.metadata import complete_dates, infer_metadata  # noqa: E402
from kg.model import Article, ArticleExtraction, EntityMention  # noqa: E402
from kg.nlp.parse import load_pipeline, parse  # noqa: E402
from kg.resolve.actors import Resolver  # noqa: E402
from kg.resolve.resolution import actors_and_events  # noqa: E402

DATA = REPO.parent / "shared" / "eval-data" / "ecbplus"
ENTITY_TAGS = ("HUMAN_PART", "LOC")


# -- shared with eval_meantime: extraction of a cluster and overlap matching ----------------------


@dataclass
class Parsed:
    extraction: ArticleExtraction
    doc: object  # spacy Doc of article.masked


def parse_cached(nlp, articles: list[Article], cache: Path | None) -> list:
    """The Docs of the articles, read from ``cache`` (spaCy DocBin files keyed by the pipeline and the
    texts) when a run has written them: parsing is most of a run and does not change while the
    extraction rules do."""
    if cache is None:
        return [doc for _, doc in parse(nlp, articles)]
    from spacy.tokens import DocBin

    key = hashlib.sha256("\0".join([nlp.meta["name"], nlp.meta["version"], *(a.masked for a in articles)])
                         .encode()).hexdigest()[:16]
    path = cache / f"{key}.spacy"
    if path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = [doc for _, doc in parse(nlp, articles)]
    cache.mkdir(parents=True, exist_ok=True)
    DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def extract_cluster(records: Iterable[tuple[str, str, str | None]], nlp=None, extractor: Extractor | None = None,
                    resolver: Resolver | None = None,
                    cache: Path | None = None) -> tuple[list[Parsed], dict[tuple[str, str], str]]:
    """(id, text, ISO date or None) records → their parses and extractions, and mention → actor key
    for the records taken as one cluster (recover_mentions then actors_and_events, as kg.resolve.resolution.resolve).
    ``cache``: a folder of parsed Docs (``parse_cached``), None to parse every time."""
    from datetime import date

    nlp = nlp or load_pipeline()
    extractor = extractor or Extractor()
    resolver = resolver or Resolver()
    articles = complete_dates([infer_metadata(clean(Article(source_id=sid, text=text,
                                                            date=date.fromisoformat(day) if day else None)))
                               for sid, text, day in records])
    parsed = [Parsed(extractor(article, doc), doc) for article, doc in zip(articles, parse_cached(nlp, articles, cache))]
    extractions = resolver.recover_mentions([p.extraction for p in parsed])
    parsed = [Parsed(extraction, p.doc) for extraction, p in zip(extractions, parsed)]
    # as the build does (kg.resolve.resolution): the people described but not named are kept out
    # of the actor resolver and made actors of their article after it, then joined by story role
    # and by the role they fill in one event node
    return parsed, actors_and_events(extractions, resolver).actor_of


def pair_by_overlap(predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> dict[int, int]:
    """One-to-one pairs (predicted index → gold index) of overlapping spans, largest overlap first."""
    candidates = []
    for i, (ps, pe) in enumerate(predicted):
        for j, (gs, ge) in enumerate(gold):
            shared = min(pe, ge) - max(ps, gs)
            if shared > 0:
                candidates.append((-shared, i, j))
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for _, i, j in sorted(candidates):
        if i not in pairs and j not in used:
            pairs[i] = j
            used.add(j)
    return pairs


@dataclass
class PRCounts:
    predicted: Counter = field(default_factory=Counter)
    gold: Counter = field(default_factory=Counter)
    correct_predicted: Counter = field(default_factory=Counter)  # by predicted class
    correct_gold: Counter = field(default_factory=Counter)  # by gold class

    def row(self, pred_class: str | None = None, gold_class: str | None = None) -> tuple[float, float, float]:
        """(P, R, F1); all classes when none is given."""
        p_num = sum(self.correct_predicted.values()) if pred_class is None else self.correct_predicted[pred_class]
        p_den = sum(self.predicted.values()) if pred_class is None else self.predicted[pred_class]
        r_num = sum(self.correct_gold.values()) if gold_class is None else self.correct_gold[gold_class]
        r_den = sum(self.gold.values()) if gold_class is None else self.gold[gold_class]
        p = p_num / p_den if p_den else 0.0
        r = r_num / r_den if r_den else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def fmt(values: Iterable[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def head_lemma(doc, start: int, end: int) -> str:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None and len(span) else doc.text[start:end].lower()


def gold_head(doc, gold) -> int | None:
    """The character offset of a gold mention's head word: the syntactic root of its tokens once
    leading prepositions, determiners and punctuation are set aside (ECB+ location mentions
    begin with their preposition: "in Queens"). None when the span has no token."""
    span = doc.char_span(gold.start, gold.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    start = span.start
    while start < span.end - 1 and doc[start].pos_ in ("ADP", "DET", "PUNCT"):
        start += 1
    return doc[start:span.end].root.idx


# -- ECB+ ------------------------------------------------------------------------------------------


@dataclass
class GoldMention:
    id: tuple[str, str]  # (doc, m_id)
    start: int
    end: int
    tag: str
    entity: Hashable


def load(split: str) -> tuple[dict[str, list[dict]], dict[str, set[int]]]:
    topics = {str(t) for t in json.loads((DATA / "split.json").read_text())[split]}
    by_topic: dict[str, list[dict]] = defaultdict(list)
    with open(DATA / "ecbplus_docs.jsonl", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record["topic"] in topics:
                by_topic[record["topic"]].append(record)
    selected: dict[str, set[int]] = defaultdict(set)
    with open(DATA / "ECBplus_coreference_sentences.csv", encoding="utf-8") as stream:
        for row in csv.DictReader(stream):
            selected[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return dict(sorted(by_topic.items(), key=lambda kv: int(kv[0]))), selected


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """One sentence per line in the released text; the line index is the CSV's sentence number."""
    ranges, start = [], 0
    for line in text.split("\n"):
        ranges.append((start, start + len(line)))
        start += len(line) + 1
    return ranges


def gold_entities(record: dict) -> list[GoldMention]:
    chains = {m_id: f"{record['doc']}#chain{i}" for i, chain in enumerate(record.get("intra_doc_chains") or [])
              for m_id in chain}
    out = []
    for m in record["mentions"]:
        if not m["tag"].startswith(ENTITY_TAGS):
            continue
        entity = m.get("cdc_instance") or chains.get(m["m_id"]) or f"{record['doc']}#{m['m_id']}"
        out.append(GoldMention((record["doc"], m["m_id"]), m["char_start"], m["char_end"], m["tag"], entity))
    return out


@dataclass
class Result:
    split: str
    topics: int
    documents: int
    counts: PRCounts
    on_non_human: int
    coref: dict[str, dict[str, corefscore.CorefScores]]  # setting → system → scores
    mentions: dict[str, int]  # setting → number of response mentions
    seconds: float


def evaluate(split: str = "dev", progress: Callable[[str], None] | None = None,
             cache: Path | None = None, topics: set[str] | None = None) -> Result:
    started = time.perf_counter()
    by_topic, selected = load(split)
    if topics:
        by_topic = {t: r for t, r in by_topic.items() if t in topics}
    nlp, extractor, resolver = load_pipeline(), Extractor(), Resolver()
    counts = PRCounts()
    on_non_human = 0
    key_all: dict = {}  # gold mention id → entity
    key_matched: dict = {}
    key_head: dict = {}
    responses = {"all": {"system": {}, "baseline": {}}, "matched": {"system": {}, "baseline": {}},
                 "head": {"system": {}, "baseline": {}}}
    documents = 0
    for topic, records in by_topic.items():
        if progress:
            progress(f"topic {topic}: {len(records)} documents")
        parsed, actor_of = extract_cluster(((r["doc"], r["text"], None) for r in records), nlp, extractor, resolver,
                                           cache)
        documents += len(records)
        for record, p in zip(records, parsed):
            doc_id = record["doc"]
            lines = sentence_ranges(record["text"])
            scope = [lines[i] for i in sorted(selected.get(doc_id, ())) if i < len(lines)]

            def in_scope(start: int, end: int) -> bool:
                return any(s < end and start < e for s, e in scope)

            gold = [g for g in gold_entities(record) if in_scope(g.start, g.end)]
            others = [(m["char_start"], m["char_end"]) for m in record["mentions"]
                      if m["tag"].startswith("NON_HUMAN") and in_scope(m["char_start"], m["char_end"])]
            predicted: list[EntityMention] = [m for m in p.extraction.entities if in_scope(m.span.start, m.span.end)]
            pairs = pair_by_overlap([(m.span.start, m.span.end) for m in predicted], [(g.start, g.end) for g in gold])
            for g in gold:
                counts.gold[g.tag] += 1
                key_all[g.id] = g.entity
            for i, m in enumerate(predicted):
                counts.predicted[m.kind] += 1
                if i in pairs:
                    g = gold[pairs[i]]
                    counts.correct_predicted[m.kind] += 1
                    counts.correct_gold[g.tag] += 1
                    key_matched[g.id] = g.entity
                elif any(s < m.span.end and m.span.start < e for s, e in others):
                    on_non_human += 1
                mention_id = gold[pairs[i]].id if i in pairs else ("predicted", doc_id, m.key)
                # Actor keys are per cluster: the same key in two topics is two entities.
                entity = (topic, actor_of.get((doc_id, m.key), ("alone", doc_id, m.key)))
                lemma = (topic, head_lemma(p.doc, m.span.start, m.span.end))
                responses["all"]["system"][mention_id] = entity
                responses["all"]["baseline"][mention_id] = lemma
                if i in pairs:
                    responses["matched"]["system"][mention_id] = entity
                    responses["matched"]["baseline"][mention_id] = lemma
                    head = gold_head(p.doc, gold[pairs[i]])
                    if head is None or m.span.start <= head < m.span.end:
                        key_head[mention_id] = gold[pairs[i]].entity
                        responses["head"]["system"][mention_id] = entity
                        responses["head"]["baseline"][mention_id] = lemma
    coref = {setting: {system: corefscore.score(corefscore.clusters_of(key),
                                                corefscore.clusters_of(responses[setting][system]))
                       for system in ("system", "baseline")}
             for setting, key in (("matched", key_matched), ("all", key_all), ("head", key_head))}
    mentions = {setting: len(responses[setting]["system"]) for setting in responses}
    return Result(split, len(by_topic), documents, counts, on_non_human, coref, mentions,
                  time.perf_counter() - started)


def report(result: Result) -> str:
    c = result.counts
    out = [f"ECB+ {result.split}: {result.topics} topics, {result.documents} documents, "
           f"{sum(c.gold.values())} gold entity mentions, {sum(c.predicted.values())} predicted "
           f"(in the annotated sentences); {result.seconds:.0f} s.", "",
           "Entity mention detection (P / R / F1):", "",
           "| mentions | P / R / F1 |", "| --- | --- |",
           f"| all | {fmt(c.row())} |"]
    for kind in sorted(c.predicted):
        p = c.correct_predicted[kind] / c.predicted[kind]
        out.append(f"| predicted {kind} ({c.predicted[kind]}) | P {p:.2f} |")
    for tag in sorted(c.gold):
        r = c.correct_gold[tag] / c.gold[tag]
        out.append(f"| gold {tag} ({c.gold[tag]}) | R {r:.2f} |")
    out += ["", f"Unpaired predictions that overlap a non-human participant (counted as false positives): "
                f"{result.on_non_human}.", "",
            "Cross-document entity coreference within topics:", "",
            "| mentions | system | MUC R / P / F1 | B³ R / P / F1 | CEAF-e R / P / F1 | CoNLL F1 |",
            "| --- | --- | --- | --- | --- | --- |"]
    for setting, label in (("matched", "matched"), ("head", "head-matched"), ("all", "all predicted")):
        for system, name in (("system", "kg (resolve_actors)"), ("baseline", "same head lemma")):
            s = result.coref[setting][system]
            cells = [fmt((x.recall, x.precision, x.f1)) for x in (s.muc, s.b_cubed, s.ceaf_e)]
            out.append(f"| {label} ({result.mentions[setting]}) | {name} | {' | '.join(cells)} | "
                       f"{100 * s.conll_f1:.1f} |")
    delta = {setting: 100 * (result.coref[setting]["system"].conll_f1 - result.coref[setting]["baseline"].conll_f1)
             for setting in result.coref}
    out += ["", f"CoNLL F1 minus the baseline's: {delta['matched']:+.1f} points (matched), "
                f"{delta['head']:+.1f} (head-matched), {delta['all']:+.1f} (all predicted); "
                f"target: +5 on dev, matched."]
    return "\n".join(out)


DOC_INTRO = """Written by `python bench/eval_ecbplus.py --write-docs` (dev) and
`--split test --write-docs` (test, run once): ECB+ topics (split by topic,
`../shared/eval-data/ecbplus/split.json`), each topic's documents built as
one cluster with `kg.extract.Extractor`, `Resolver.recover_mentions` and
`Resolver.resolve_actors` (with the described people and events as
`kg.resolve.resolution.actors_and_events` resolves them). Only the sentences of
`ECBplus_coreference_sentences.csv` count, for every document (the corpus
annotates those; the `*ecb` documents too are annotated in the listed
sentences only). Gold entity mentions are the `HUMAN_PART*` and `LOC*` tags;
predicted ones are every `EntityMention` (all kinds, pronouns and
descriptions included), paired one to one with gold by character overlap.
Coreference: gold entities are the `cdc_instance` ids (else the
intra-document chain, else a singleton); scores over all topics of the split
at once. *matched*: key and response restricted to the paired mentions (the
coreference-only score; issue 3's target is on it); *head-matched*, for
information: only the pairs whose predicted span holds the gold mention's
head word (its root, leading prepositions and determiners set aside), which
drops pairs such as "Brooklyn" against "a Brooklyn mom" that no resolver can
get right; *all predicted*: every gold and every predicted
mention of the scope (end to end). The baseline puts all mentions of a topic
with the same head lemma in one entity, on the same mentions.

Known gaps (from dev). Issue 3's target, CoNLL F1 5 points above the
baseline on matched mentions, was not met when test was last run: the
resolver was 4.2 points above it on dev and 2.2 on test; on dev it is now
5.2 on the merged tree of the sixth round (below; 5.3 on its branch). How dev moved, change by change, in the order
made (kg / baseline): 73.8 / 74.8 at the start of the work; a bench fix
(kg's actor keys were not qualified by topic, so one "police" entity
spanned every topic; the baseline's lemmas always were) and the earlier
rules (headline verbs cut from names, "the employee" as one person,
place-qualified names, "Mt" = "Mount", misspelt surnames, company suffixes,
one police force per story, GeoNames translations dropped) 78.0 / 75.3;
headline entities cut into the names the body writes ("Esther Williams
Dead", "Microsoft Launches") 78.6 / 75.8; names without accents (the
gazetteer's "Būsh" had split "Bush" from George W. Bush), first-name
nicknames ("Fred LaRue" = "Frederick Cheney LaRue", the `nicknames`
package) and a first name alone ("Vincent") 78.9; generic last words
("Mediterranean Sea" = "Mediterranean", `kg/data/name_tails.yaml`) 79.1;
role descriptions their sentence ties to a name (apposition, "Lopez is the
accused gunman", "McDermott became the scoring leader") 79.1; groups kept
apart by story (`kg/resolve/stories.py`: ECB+ topics mix two stories of one kind,
and the police of one shooting are not those of another) 79.5; pronouns by
syntax before recency (the subject of the clause, of the governing clause,
or of the sentence before: "LaRue … was rumored to be Deep Throat, has
died. He was 75.") 80.0 / 75.8; issue 14's actors14e (products no actors, a
maker's name in a model's name no mention, a given name in a person's context
a person, misspelt and shared surnames by the discourse, "Miss" / "Mr" and
kinship nouns constraining surnames and pronouns) 80.1 → 80.2 / 75.5 (on
0a523a4; the organisation kinds of cf1242d and the articles' product vote of 86c5405 were not rerun here; an
intermediate version that also typed a given name Person without a person's
context, "Washington Post", gave 79.9); on a7f1ada 80.15 / 75.5 (+4.6); issue
14's ecbent14b, a name the tagger cut at a spaced middle initial ("Regina M .
Benjamin" read as "Regina M", "Frederick C . LaRue") completed with its
surname and made a person, a middle initial matching a middle name, 80.25
(+4.7). Then issue 15's people described but not named (per-article Person
actors, kg.resolve.described_people): the bench first left them in the
actor resolver, unlike the build; run as the build runs them, 2873 → 3036
matched mentions (the descriptions are now predicted and paired with gold;
the baseline on them 74.4): 77.7 (+3.3) with the descriptions left in the
actor resolver, 75.9 (+1.5) run as the build runs them: a per-article person
cannot join the other documents' mentions that gold links ("a man", "the
man" across reports). A role of the happening ("the gunman", "the suspect",
"the victim") described once in each report of one story is one person
(``join_across_story``): 76.4 (+2.0). Issue 14's ecbent14: the described
people of different reports who fill the same role of one event node are one
person, and the one named person of that role when there is one, if their
descriptions agree (sex, age, age of life, country, nouns;
``join_by_role``, run after ``merge_events`` as the build runs it, which
this bench now calls through ``kg.resolve.resolution.actors_and_events``):
77.9 with named targets only, 78.4 with a role two people fill joining only
the same specific noun and a name tying unlike nouns, 78.7 (+4.3) with named
agents too (78.9, +4.5, on the tree of the next step). Issue 14's
ecbent14b: "the man" in a later sentence after the one person an article
described by a noun of no sex ("a 36-year-old climber … The man") 79.0
(+4.55). Issue 14's ecbent14c: a place's name alone read as the team its
story's reports name after it ("Indianapolis" with the Indianapolis Colts,
not "fans in Indianapolis", not a newspaper's name), remapped after events
are merged (``kg.resolve.team_places``; in the resolver it cost the events
bench 0.2, the sports topics' events losing the place they share) 78.99,
and a first and middle name joining the one longer name it begins ("Maria
Luisa", "Maria Luisa Trevane") 79.02 (+4.8; baseline 74.2). Issue 14's
ecbent16: the relatives of one person across a story's reports ("his
mother" in each report, and "his mother, Alice …" where one names her;
``join_relatives``) 79.3 (+5.1); a demonym NER took into a person's name
("American Hasim Rahman") +0.05; a person's name modifying "administration",
"team", "campaign" as that body, an organisation (``kg.extract.person_bodies``:
"Bush administration" was Bush) 79.4 (+5.2; 3,077 matched mentions; baseline
74.2), and any name but a country's before "administration" (the tagger
read "Bush" as a place) 79.6 (+5.3; baseline 74.3): the target is met on dev.
The bodies cost the events bench's central-event coverage 0.715 → 0.714 (one
story's reports no longer tie their events by "Obama" when another writes
"the Obama administration"). Tried and set aside there: "a Perth man",
"a Brooklyn mom" (a place's name before the person noun) as described people
(-0.05: each a person of its article, joined to no one), and a pronoun taking
a described person of no sex ("a climber … his", no gain). Tried and set
aside: a possessive joining a place to its team ("Harlow's Rovers": one
story gains, another loses its mention of the same team, -0.04). Tried and
dropped: places read as the team
they qualify when they act ("Indianapolis beat…": most city mentions in
sports stories are not subjects, no gain); each story's own main country
for groups (no gain); an indefinite group member ("a gunman") as a person
of its own (-0.3); for pronouns, a topic-wide fallback (it sent one story's
pronouns to the other story's person) and ranking by gender evidence
(broke three stories). Not done: relative pronouns ("who") and "it"/"they"
for organisations; simulated with perfect links on dev they add at most
0.1 to kg's own F1 and mainly lower the baseline's (all "who" of a topic
share a lemma), so they would move the margin without making kg better.
What is left: pairing by overlap sets a predicted modifier against a larger
gold mention with another head ("Brooklyn" in "a Brooklyn mom", "Mafia" in
"Mafia boss", "New Zealand" in "New Zealand's highest peak"), which both
systems pay; gold entities without a cross-document instance (the FBI, the
Washington Post, Egypt in several documents are one gold entity per
document); nicknames outside the English list ("Mo" Cheeks, "LiLo") and
team nicknames ("Tar Heels" for North Carolina); a surname shared in a
family ("Mr. Gomes", "Ms. Gomes"); pronouns whose antecedent is an
indefinite description ("a 59-year-old woman … she"). A learned coreference
model would be the next step; none installs from the registries this
project uses (coreferee's English model is not on PyPI; fastcoref and
maverick-coref fetch their weights from the Hugging Face hub). ECB+ is tokenised
text (spaces around punctuation, ` `` ` quotes, "Regina M . Benjamin"),
which costs the parser and NER some accuracy."""


def main(argv: list[str] | None = None) -> int:
    def add_arguments(parser) -> None:
        parser.add_argument("--topics", help="comma-separated topic numbers (iterating only; not for --write-docs)")
        parser.add_argument("--parse-cache", type=Path, help="a folder for the parsed Docs (iterating only)")

    def run(args) -> str:
        topics = set(args.topics.split(",")) if args.topics else None
        return report(evaluate(args.split, progress=lambda msg: print(msg, file=sys.stderr), cache=args.parse_cache,
                               topics=topics))

    return split_bench_main(argv, description=__doc__.split("\n")[0], data=DATA, title="Actors (ECB+)",
                            intro=DOC_INTRO, evaluate=run, add_arguments=add_arguments)


if __name__ == "__main__":
    sys.exit(main())
