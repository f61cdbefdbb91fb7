"""Score the bundled example's graph against the hand-written Kazakhstan gold.

    python bench/eval_gold.py                 # table, misses, competency questions
    python bench/eval_gold.py --write-docs    # also rewrite "## Kazakhstan gold" in docs/EVALUATION.md

Builds ``examples/kazakhstan-2022-01-07`` with ``kg.pipeline.build.build``, scores it
with ``bench/gold.py`` (``score_graph``) against ``examples/kazakhstan-2022-01-07/gold.yaml``
and prints, per kind, recall (non-optional gold items found) and precision
(graph nodes of the kind that match a gold item, a lower bound where the gold
is not exhaustive), then every detail that failed: a found item with the
wrong country, sector, approximation or attribution, or with some of its
gold sources missing.

Competency questions: every query of ``queries/`` runs on the graph in a
pyoxigraph store; a question passes when each of its expected items has a
satisfying node (``GoldScorer.expected_nodes``) among the IRIs of the answer
cells.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from docsection import write_section  # noqa: E402

from kg.pipeline.build import BuildResult, build  # noqa: E402
from gold import GoldScorer, KindScore, load_gold, score_graph  # noqa: E402
from kg.rdf.graphio import load_store, write_graph  # noqa: E402
from kg.sparql.query import run, shipped_queries  # noqa: E402

EXAMPLE = REPO / "examples" / "kazakhstan-2022-01-07"
GOLD = EXAMPLE / "gold.yaml"  # the example's own gold facts, checked by hand (see its header)
DETAIL_CHECKS = ("country", "sector", "date", "approximation", "attributedTo", "affected", "publisher")


@dataclass
class QuestionResult:
    id: str
    ask: str
    rows: int
    missing: list[str]  # expected items with no satisfying node in the answer

    @property
    def passed(self) -> bool:
        return not self.missing


@dataclass
class GoldRun:
    result: BuildResult
    scorer: GoldScorer
    scores: dict[str, KindScore]
    questions: list[QuestionResult]


def evaluate(example: Path = EXAMPLE, gold_file: Path = GOLD) -> GoldRun:
    result = build([example])
    gold = load_gold(gold_file)
    scorer, scores = score_graph(result.graph, gold)
    return GoldRun(result, scorer, scores, answer_questions(result, scorer, gold))


def answer_questions(result: BuildResult, scorer: GoldScorer, gold: dict) -> list[QuestionResult]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.nt"
        write_graph(result.graph, path)
        store = load_store([path])
    queries = {q.name: q for q in shipped_queries()}
    results = []
    for question in gold.get("questions") or []:
        query = queries.get(question["id"])
        if query is None:
            results.append(QuestionResult(question["id"], question["ask"], 0, ["(no query file)"]))
            continue
        answer = run(query.text, store)
        cells = {cell for row in answer.rows for cell in row if cell}
        missing = [_item_name(item) for item in question["expect"]
                   if not {str(n) for n in scorer.expected_nodes(item)} & cells]
        results.append(QuestionResult(question["id"], question["ask"], len(answer.rows), missing))
    return results


def _item_name(item) -> str:
    if isinstance(item, str):
        return item
    return ", ".join(f"{k}={v}" for k, v in item.items())


def misses(scores: dict[str, KindScore]) -> list[str]:
    """One line per gold item not found or found with a wrong detail or missing sources."""
    lines = []
    for kind, score in scores.items():
        for gold_id, detail in score.details.items():
            wrong = [] if detail.get("found") else ["not found"]
            wrong += [f"{check} wrong" for check in DETAIL_CHECKS if detail.get(check) is False]
            if detail.get("found") and detail.get("sources", 1.0) < 1.0:
                wrong.append(f"sources {detail['sources']:.2f}")
            if "text_found" in detail and not detail["found"] and detail["text_found"]:
                wrong.append("text found, speaker wrong")
            if wrong:
                lines.append(f"{kind}/{gold_id}: {'; '.join(wrong)}")
    return lines


def detail_rates(score: KindScore) -> dict[str, str]:
    """For each checked detail, right / checked over the found items."""
    rates = {}
    for check in DETAIL_CHECKS + ("sources",):
        values = [d[check] for d in score.details.values() if check in d]
        if values:
            rates[check] = f"{sum(float(v) for v in values) / len(values):.2f}"
    return rates


def table(run_: GoldRun) -> str:
    lines = ["| kind | recall | found / gold | precision | matched / nodes | details right (mean over found items) |",
             "| --- | --- | --- | --- | --- | --- |"]
    for kind, s in run_.scores.items():
        rates = ", ".join(f"{k} {v}" for k, v in detail_rates(s).items()) or "–"
        precision = f"{s.precision:.2f}" if s.nodes else "–"
        nodes = f"{s.matched_nodes} / {s.nodes}" if s.nodes else "–"
        lines.append(f"| {kind} | {s.recall:.2f} | {s.found} / {s.gold} | {precision} | {nodes} | {rates} |")
    return "\n".join(lines)


def report(run_: GoldRun) -> str:
    actors = run_.scores["actors"].extra
    passed = sum(q.passed for q in run_.questions)
    out = [table(run_), "",
           f"Junk labels (gold `not_actors` used as a label): {actors.get('junk_labels', 0):g}; "
           f"split actors (gold actor matching two or more nodes): {actors.get('split_actors', 0):g}.",
           f"Build: {len(run_.result.resolved.articles)} articles, {len(run_.result.graph)} triples, "
           f"{run_.result.seconds:.1f} s (spaCy model load included).", "",
           f"Competency questions: {passed} / {len(run_.questions)} answered with every expected item.", "",
           "| question | rows | result |", "| --- | --- | --- |"]
    for q in run_.questions:
        out.append(f"| {q.id} | {q.rows} | {'pass' if q.passed else 'missing ' + '; '.join(q.missing)} |")
    found_misses = misses(run_.scores)
    out += ["", "Misses and wrong details:", ""]
    out += [f"- {line}" for line in found_misses] or ["- none"]
    return "\n".join(out)


DOC_INTRO = """Written by `python bench/eval_gold.py --write-docs`: the bundled example
(`examples/kazakhstan-2022-01-07`, five articles) built with `kg.pipeline.build.build`
and scored with `bench/gold.py` (`score_graph`) against
`examples/kazakhstan-2022-01-07/gold.yaml`. Recall counts the gold items
that are not optional; precision is the share of the graph's nodes of that
kind that match a gold item (optional ones included), a lower bound since
the gold does not list every actor, event or claim. "Details right" is the
mean, over the found items, of each checked attribute (country, sector,
event date, claim approximation/attribution, article date/publisher) and of
the share of gold sources the node cites. The floors in
`tests/test_gold_scores.py` are these figures rounded down; they only go up.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-docs", action="store_true", help="rewrite '## Kazakhstan gold' in docs/EVALUATION.md")
    args = parser.parse_args(argv)
    if not GOLD.is_file():
        print(f"{GOLD}: not found", file=sys.stderr)
        return 2
    run_ = evaluate()
    text = report(run_)
    print(text)
    if args.write_docs:
        write_section("Kazakhstan gold", DOC_INTRO + "\n" + text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
