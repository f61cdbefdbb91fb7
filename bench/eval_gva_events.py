"""One node per shooting on GVA: do cross-article event nodes join reports of one incident, and
does one node carry each incident?

    python bench/eval_gva_events.py                  # 60 dev incidents built as one folder
    python bench/eval_gva_events.py --n 0 --cache DIR

ECB+ measures event coreference on stories chosen for it; GVA gives ordinary local news:
each incident (a shooting) has a few articles, and the articles of ``--n`` dev incidents (the
even spread of ``eval_gva_figures.incidents``) are built together as one folder, as a user
would build a folder of unrelated news (``eval_gva_conflicts.write_folder``). Then:

- **merge precision.** Over every event node reported by two or more articles, the pairs of
  its articles that belong to one incident, out of all its pairs (a node of three articles
  has three pairs). Pairs across incidents join happenings of different shootings. Some are
  honest: an article recaps an earlier shooting, or one round-up reports several, and GVA
  gives each article to one incident only. Also given per class of node: violent (Assault,
  Die, Injure and their subclasses) and other.
- **the incident's node.** For every incident with two or more articles, the violent
  node that reports the most of them: *found* when it reports at least two, *coverage* the
  mean over incidents of (articles it reports) / (the incident's articles). An article that
  never tells of the shooting in words the extractor reads still counts in the denominator.

Tune on dev only.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_gva_conflicts import write_folder  # noqa: E402  (the same folder of articles)
from eval_gva_figures import incidents  # noqa: E402  (the same even spread over the split)
from kg.knowledge.event_classes import event_ancestors  # noqa: E402
from kg.pipeline.build import build  # noqa: E402

VIOLENT = {"Assault", "Die", "Injure"}


def violent(event_type: str) -> bool:
    return event_type in VIOLENT or bool(VIOLENT & set(event_ancestors(event_type)))


def evaluate(n: int, cache: Path | None) -> dict:
    records = incidents(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gva.jsonl"
        incident_of = write_folder(records, path)
        result = build([path], cache=cache)
    events = result.resolved.events
    pairs: Counter = Counter()  # (kind, same incident?) → article pairs
    nodes: Counter = Counter()  # (kind, pure?) → nodes of two articles or more
    by_incident: dict[str, list[int]] = defaultdict(list)  # incident → articles reported, per violent node
    for event in events:
        kind = "violent" if violent(event.type) else "other"
        articles = sorted({e.source_id for e in event.evidence})
        if len(articles) > 1:
            incidents_here = {incident_of.get(a) for a in articles}
            nodes[kind, len(incidents_here) == 1] += 1
            for a, b in combinations(articles, 2):
                pairs[kind, incident_of.get(a) == incident_of.get(b)] += 1
        if kind == "violent":
            per_incident = Counter(incident_of.get(a) for a in articles)
            for incident, count in per_incident.items():
                by_incident[incident].append(count)
    sizes = Counter(incident_of.values())
    several = [i for i, size in sizes.items() if size > 1]
    best = {i: max(by_incident.get(i, [0])) for i in several}
    summary = {"incidents": len(records), "articles": len(incident_of), "event nodes": len(events),
               "incidents with two or more articles": len(several)}
    for kind in ("violent", "other", "all"):
        kinds = ("violent", "other") if kind == "all" else (kind,)
        same = sum(pairs[k, True] for k in kinds)
        total = same + sum(pairs[k, False] for k in kinds)
        pure = sum(nodes[k, True] for k in kinds)
        multi = pure + sum(nodes[k, False] for k in kinds)
        summary[f"merge precision, {kind} (article pairs of one incident)"] = (
            f"{same / total:.3f} ({same}/{total})" if total else "–")
        summary[f"nodes of two articles or more, {kind}: of one incident"] = f"{pure}/{multi}"
    if several:
        found = sum(1 for i in several if best[i] >= 2)
        coverage = sum(best[i] / sizes[i] for i in several) / len(several)
        summary["incident's violent node found (reports two or more of its articles)"] = (
            f"{found / len(several):.3f} ({found}/{len(several)})")
        summary["coverage (mean share of the incident's articles its best violent node reports)"] = f"{coverage:.3f}"
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="dev incidents built together (0: all)")
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache folder (kg build --cache)")
    options = parser.parse_args()
    for key, value in evaluate(options.n, options.cache).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
