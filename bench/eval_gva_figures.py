"""Score kg.extract.figures on Gun Violence Archive incidents (sentence level, dev only).

    python bench/eval_gva_figures.py                 # 300 dev incidents, evenly spread over the split
    python bench/eval_gva_figures.py --limit 0       # every dev incident (slower)
    python bench/eval_gva_figures.py --write         # also write the section of docs/EVALUATION.md
    python bench/eval_gva_figures.py --split test    # the reported figure: run once, never tune on it

Each article of an incident is parsed and its claims extracted, with one Group
mention per noun chunk standing in for the actor extractor. Per incident:

- *gold among claims*: for incidents whose gold num_killed (num_injured) is
  above 0, whether some Killed (Injured) claim of its articles has that value;
- *best-corroborated figure*: the value the most articles state (each article
  votes once per value; ties go to the larger value), compared to the gold
  number. An incident with no such claim is predicted 0, the rule
  bench/eval_gva.py documents as *none = 0* (an article that names no dead
  reports a shooting where nobody died). The table gives the rate over all
  incidents and over those with at least one claim.

Tune on dev only; ``--split test`` gives the reported figure, run once.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from eval_tempeval import REPORT, replace_section

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "eval-data" / "gva"
HEADING = "## Figures (GVA, sentence-level)"
MEASURES = {"Killed": "num_killed", "Injured": "num_injured"}


def incidents(limit: int, split: str = "dev") -> list[dict]:
    dev = json.loads((DATA / "split.json").read_text())[split]
    order = {incident: i for i, incident in enumerate(dev)}
    chosen = []
    with (DATA / "gva_incident_clusters.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["incident_uri"] in order:
                chosen.append(record)
    chosen.sort(key=lambda r: order[r["incident_uri"]])
    if not limit or limit >= len(chosen):
        return chosen
    step = len(chosen) / limit  # the split is grouped by kind of incident: spread the sample over it
    return [chosen[int(i * step)] for i in range(limit)]


def article_values(nlp, records: list[dict]) -> dict[str, list[dict[str, set]]]:
    """Per incident, per article: measure → the set of values its claims state."""
    from kg.extract.dates import extract_times
    from kg.extract.figures import extract_claims
    from kg.model import GROUP, Article, EntityMention
    from kg.nlp.parse import parse, span_of

    articles = []
    for record in records:
        for item in record["articles"]:
            text = f"{item.get('title') or ''}\n\n{item['content']}"
            day = date.fromisoformat(item["dct"]) if item.get("dct") else None
            articles.append((record["incident_uri"], Article(item["id"], text, date=day)))
    found: dict[str, list[dict[str, set]]] = {r["incident_uri"]: [] for r in records}
    by_id = {id(article): incident for incident, article in articles}
    for article, doc in parse(nlp, (a for _, a in articles)):
        entities = [EntityMention(f"e{i}", span_of(chunk, article.text), chunk.text, GROUP)
                    for i, chunk in enumerate(doc.noun_chunks)]
        values: dict[str, set] = {measure: set() for measure in MEASURES}
        for claim in extract_claims(doc, article, entities, extract_times(doc, article)):
            if claim.measure in values and claim.approximation == "Exact":
                values[claim.measure].add(int(claim.value))
        found[by_id[id(article)]].append(values)
    return found


def score(records: list[dict], found: dict[str, list[dict[str, set]]]) -> dict[str, Counter]:
    counts = {measure: Counter() for measure in MEASURES}
    for record in records:
        per_article = found[record["incident_uri"]]
        for measure, field in MEASURES.items():
            gold = int(record[field])
            c = counts[measure]
            votes = Counter(value for values in per_article for value in values[measure])
            best = max(votes, key=lambda v: (votes[v], v)) if votes else 0
            c["incidents"] += 1
            c["best_correct"] += best == gold
            if votes:
                c["with_claim"] += 1
                c["with_claim_correct"] += best == gold
            if gold > 0:
                c["gold_positive"] += 1
                c["gold_among_claims"] += gold in votes
    return counts


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"


def table(counts: dict[str, Counter]) -> str:
    lines = ["| | Killed | Injured |", "| --- | --- | --- |"]
    rows = [
        ("gold (> 0) among the Exact claims of the incident's articles", "gold_among_claims", "gold_positive"),
        ("best-corroborated figure = gold (no claim → 0)", "best_correct", "incidents"),
        ("best-corroborated figure = gold, incidents with a claim", "with_claim_correct", "with_claim"),
    ]
    for name, part, whole in rows:
        cells = " | ".join(_ratio(counts[m][part], counts[m][whole]) for m in MEASURES)
        lines.append(f"| {name} | {cells} |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300, help="dev incidents to read, evenly spread (0: all)")
    parser.add_argument("--split", choices=("dev", "test"), default="dev",
                        help="test: the reported figure, run once; never tune on it (not written by --write)")
    parser.add_argument("--write", action="store_true", help=f"write the section of {REPORT} (dev only)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"no GVA data at {DATA}")
    from kg.nlp.parse import load_pipeline

    if args.write and args.split != "dev":
        sys.exit("--write writes the dev figures only")
    records = incidents(args.limit, args.split)
    counts = score(records, article_values(load_pipeline(), records))
    articles = sum(len(r["articles"]) for r in records)
    result = f"{args.split}, {len(records)} incidents, {articles} articles\n\n{table(counts)}"
    print(result)
    if args.write:
        body = (
            "`python bench/eval_gva_figures.py --write` — `kg.extract.figures.extract_claims` on Gun "
            "Violence Archive incidents (../shared/eval-data/gva/), each article parsed on its own, "
            "with noun chunks standing in for actor mentions. Exact claims only. Dev split, "
            f"{'a sample of ' + str(args.limit) + ' incidents evenly spread over the split' if args.limit else 'all incidents'}; "
            "test is run once with `--split test` (below).\n\n"
            f"{result}\n\n"
            "An incident without a Killed (Injured) claim is predicted 0 (*none = 0*, as in "
            "bench/eval_gva.py). A single victim named without a numeral (\"a man was fatally shot\", "
            "\"the victim died\", \"he was pronounced dead\") counts as one, once per article and only "
            "when the article states no figure of that measure; \"no one was injured\" is a figure of 0."
        )
        replace_section(REPORT, HEADING, body)


if __name__ == "__main__":
    main()
