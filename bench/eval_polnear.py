"""Score the quote extractor on PolNeAR attributions (source, cue, content spans).

    python bench/eval_polnear.py                # dev split
    python bench/eval_polnear.py --split test   # the reported figures; never tune on them
    python bench/eval_polnear.py --misses       # dev: also print each direct quote whose source is missed

Reads ``../shared/eval-data/polnear/<split>.jsonl`` (not copied into the
repository). Each document is parsed, entity mentions come from spaCy's named
entities plus pronouns (``standins.ner_mentions``, a stand-in for the actor
extractor) and the described speakers the pipeline adds after the actor
extractor (``described_people``: "a family friend", "his mother"; and
``described_speakers``: "a BBC spokesman", "the Vermont senator"), and ``find_attributions`` gives each quote with its cue and the
subject phrase of its speaker.

Matching. A predicted attribution is the quoted stretches that share one cue
(a split quote is one PolNeAR attribution with a discontinuous content), or a
stretch alone when it has no cue. Predictions and gold attributions are paired
one to one by content overlap, largest first; the cue and the source of a
pair count as correct when they overlap too. Two overlap rules: *any* (one
shared character) and *half* (the shared characters are at least half of the
longer of the two spans). Precision of cue and source is over the predictions
that have one, recall over the gold attributions that have one.

Subsets. *all*: every gold attribution, most of them reported speech without
quotation marks, which this extractor does not try. *quoted*: the gold
attributions whose content contains a quotation mark, including reported
speech with a few quoted words. *direct*: those with at least half of the
content between quotation marks (paired as ``quoted_stretches`` pairs them).
A prediction paired with a gold attribution outside the subset is left out of
its precision; unpaired predictions count against every subset.

Systems. *extractor*: ``find_attributions``; the source counts only when a
speaker mention was found (what ``extract_quotes`` reports). *extractor
(subject)*: the same with the subject phrase whether or not it maps to a
mention. *baseline*: every quoted stretch of four words or more, the cue the
nearest "say" in its sentence, the source the nearest PERSON entity there.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from kg.extract.quotes import MIN_QUOTE_WORDS, find_attributions, quoted_stretches
from kg.extract.described_people import described_people
from kg.extract.speakers import described_speakers
from kg.knowledge.gazetteer import Gazetteer
from kg.model import Article
from kg.nlp.parse import load_pipeline, parse

sys.path.insert(0, str(Path(__file__).resolve().parent))
from standins import ner_mentions  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval-data" / "polnear"
QUOTATION_MARKS = '"“”'
Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Attribution:
    content: Ranges
    cue: Ranges = ()
    source: Ranges = ()
    quoted: bool = True  # the content has a quotation mark
    direct: bool = True  # at least half of the content lies between quotation marks


def gold_attributions(record: dict) -> list[Attribution]:
    def ranges(part: dict | None) -> Ranges:
        if not part:
            return ()
        return tuple(tuple(r) for r in part.get("spans") or [(part["char_start"], part["char_end"])])

    marked = tuple((s.open_mark, s.close_mark + 1) for s in quoted_stretches(record["text"]))
    return [
        Attribution(
            ranges(a["content"]),
            ranges(a["cue"]),
            ranges(a["source"]),
            quoted=any(mark in a["content"]["text"] for mark in QUOTATION_MARKS),
            direct=overlap(ranges(a["content"]), marked) >= 0.5 * length(ranges(a["content"])),
        )
        for a in record["attributions"]
        if a["content"]
    ]


def extractor_attributions(doc: Doc, article: Article, subject_always: bool) -> list[Attribution]:
    mentions = ner_mentions(doc, article)
    mentions = described_people(doc, article, mentions)
    mentions += described_speakers(doc, article, mentions, Gazetteer.load())
    groups: dict[object, list] = {}
    for number, found in enumerate(find_attributions(doc, article, mentions)):
        groups.setdefault(found.cue or number, []).append(found)
    predicted = []
    for group in groups.values():
        first = group[0]
        source = first.source if (first.speaker or subject_always) else None
        predicted.append(
            Attribution(
                tuple((f.quote.start, f.quote.end) for f in group),
                ((first.cue.start, first.cue.end),) if first.cue else (),
                ((source.start, source.end),) if source else (),
            )
        )
    return predicted


def baseline_attributions(doc: Doc, article: Article) -> list[Attribution]:
    predicted = []
    for stretch in quoted_stretches(article.masked):
        if len(article.masked[stretch.start : stretch.end].split()) < MIN_QUOTE_WORDS:
            continue
        sentence = doc.char_span(stretch.start, stretch.start + 1, alignment_mode="expand")
        if sentence is None:
            continue
        sentence = sentence.sent
        outside = [t for t in sentence if not stretch.open_mark <= t.idx <= stretch.close_mark]
        says = [t for t in outside if t.lemma_ == "say"]
        people = [e for e in doc.ents if e.label_ == "PERSON" and sentence.start <= e.start < sentence.end]
        people = [e for e in people if not stretch.open_mark <= e.start_char <= stretch.close_mark]
        cue = min(says, key=lambda t: abs(t.idx - stretch.close_mark), default=None)
        person = min(people, key=lambda e: abs(e.start_char - stretch.close_mark), default=None)
        predicted.append(
            Attribution(
                ((stretch.start, stretch.end),),
                ((cue.idx, cue.idx + len(cue.text)),) if cue else (),
                ((person.start_char, person.end_char),) if person else (),
            )
        )
    return predicted


# --- scoring ---------------------------------------------------------------------


def overlap(a: Ranges, b: Ranges) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def length(ranges: Ranges) -> int:
    return sum(end - start for start, end in ranges)


def matches(a: Ranges, b: Ranges, rule: str) -> bool:
    shared = overlap(a, b)
    if rule == "any":
        return shared > 0
    return shared > 0 and shared >= 0.5 * max(length(a), length(b))


def pair(gold: list[Attribution], predicted: list[Attribution], rule: str) -> list[tuple[int, int]]:
    candidates = sorted(
        ((overlap(g.content, p.content), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi in used_gold or pi in used_predicted or not matches(gold[gi].content, predicted[pi].content, rule):
            continue
        used_gold.add(gi)
        used_predicted.add(pi)
        pairs.append((gi, pi))
    return pairs


PARTS = ("content", "cue", "source")
SUBSETS = ("all", "quoted", "direct")


def in_subset(attribution: Attribution, subset: str) -> bool:
    return subset == "all" or getattr(attribution, subset)


@dataclass
class Tally:
    correct: dict
    gold: dict
    predicted: dict

    @classmethod
    def empty(cls) -> Tally:
        return cls({p: 0 for p in PARTS}, {p: 0 for p in PARTS}, {p: 0 for p in PARTS})

    def add(self, gold: list[Attribution], predicted: list[Attribution], rule: str, subset: str) -> None:
        pairs = pair(gold, predicted, rule)
        outside = {pi for gi, pi in pairs if not in_subset(gold[gi], subset)}
        kept_gold = [g for g in gold if in_subset(g, subset)]
        kept_predicted = [p for pi, p in enumerate(predicted) if pi not in outside]
        for part in PARTS:
            self.gold[part] += sum(1 for g in kept_gold if getattr(g, part))
            self.predicted[part] += sum(1 for p in kept_predicted if getattr(p, part))
            self.correct[part] += sum(
                1
                for gi, pi in pairs
                if pi not in outside
                and getattr(gold[gi], part)
                and getattr(predicted[pi], part)
                and matches(getattr(gold[gi], part), getattr(predicted[pi], part), rule)
            )

    def cells(self) -> list[str]:
        cells = []
        for part in PARTS:
            p = self.correct[part] / self.predicted[part] if self.predicted[part] else 0.0
            r = self.correct[part] / self.gold[part] if self.gold[part] else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            cells.append(f"{p:.2f} / {r:.2f} / {f:.2f}")
        return cells


def misses(record: dict, gold: list[Attribution], predicted: list[Attribution], subjects: list[Attribution]) -> list[str]:
    """The direct gold attributions whose source the extractor misses or gets wrong ("any" overlap),
    and its sources that pair with no gold source: what ``--misses`` prints, for reading on dev."""
    text = record["text"]

    def show(ranges: Ranges) -> str:
        return " … ".join(text[s:e] for s, e in ranges) or "-"

    lines = []
    paired = dict(pair(gold, predicted, "any"))
    for gi, g in enumerate(gold):
        if not g.direct or not g.source:
            continue
        pi = paired.get(gi)
        p = predicted[pi] if pi is not None else None
        if p is not None and p.source and matches(g.source, p.source, "any"):
            continue
        kind = "unpaired" if p is None else ("no-source" if not p.source else "wrong-source")
        start = max(0, g.content[0][0] - 200)
        end = min(len(text), g.content[-1][1] + 150)
        lines.append(
            f"## {record['doc_id']} {kind}: gold source {show(g.source)!r} cue {show(g.cue)!r}"
            + (f" | predicted source {show(p.source)!r} cue {show(p.cue)!r}" if p else "")
            + (f" subject {show(subjects[pi].source)!r}" if p is not None and not p.source else "")
            + "".join(f" | overlaps a prediction paired elsewhere, content {show(q.content)[:40]!r}"
                      for q in predicted if p is None and overlap(q.content, g.content))
            + "\n" + text[start:end].replace("\n", " ⏎ ")
        )
    for pi, p in enumerate(predicted):
        gi = next((g for g, q in paired.items() if q == pi), None)
        if p.source and gi is not None and gold[gi].direct and gold[gi].source and not matches(gold[gi].source, p.source, "any"):
            continue  # already listed as wrong-source
        if p.source and (gi is None or (gold[gi].direct and not gold[gi].source)):
            start = max(0, p.content[0][0] - 200)
            lines.append(f"## {record['doc_id']} spurious: source {show(p.source)!r} cue {show(p.cue)!r}\n"
                         + text[start:p.content[-1][1] + 100].replace("\n", " ⏎ "))
    return lines


def evaluate(split: str, data: Path = DATA, show_misses: bool = False) -> str:
    records = [json.loads(line) for line in (data / f"{split}.jsonl").read_text(encoding="utf-8").splitlines() if line]
    articles = [Article(source_id=r["doc_id"], text=r["text"]) for r in records]
    systems = {"extractor": {}, "extractor (subject)": {}, "baseline": {}}
    keys = [(rule, subset) for rule in ("any", "half") for subset in SUBSETS]
    for tallies in systems.values():
        tallies.update({key: Tally.empty() for key in keys})
    nlp = load_pipeline()
    gold_total = quoted_total = direct_total = 0
    for record, (article, doc) in zip(records, parse(nlp, articles)):
        gold = gold_attributions(record)
        gold_total += len(gold)
        quoted_total += sum(g.quoted for g in gold)
        direct_total += sum(g.direct for g in gold)
        predictions = {
            "extractor": extractor_attributions(doc, article, subject_always=False),
            "extractor (subject)": extractor_attributions(doc, article, subject_always=True),
            "baseline": baseline_attributions(doc, article),
        }
        if show_misses:
            for line in misses(record, gold, predictions["extractor"], predictions["extractor (subject)"]):
                print(line, "\n")
        for name, predicted in predictions.items():
            for rule, subset in keys:
                systems[name][rule, subset].add(gold, predicted, rule, subset)
    lines = [
        f"PolNeAR {split}: {len(records)} documents, {gold_total} gold attributions, "
        f"{quoted_total} with a quotation mark in the content (quoted), "
        f"{direct_total} with at least half of the content between quotation marks (direct).",
        "",
        "| overlap | gold subset | system | content P / R / F1 | cue P / R / F1 | source P / R / F1 |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for rule, subset in keys:
        for name, tallies in systems.items():
            lines.append(f"| {rule} | {subset} | {name} | " + " | ".join(tallies[rule, subset].cells()) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "test"))
    parser.add_argument("--data", type=Path, default=DATA, help="folder with dev.jsonl and test.jsonl")
    parser.add_argument("--misses", action="store_true",
                        help="print the direct quotes whose source is missed or wrong (dev only)")
    options = parser.parse_args()
    if options.misses and options.split != "dev":
        parser.error("--misses reads errors: dev only")
    print(evaluate(options.split, options.data, options.misses))


if __name__ == "__main__":
    main()
