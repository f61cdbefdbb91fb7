"""Conflicts on GVA: are the graph's kg:conflictsWith pairs about one incident, and real?

    python bench/eval_gva_conflicts.py                     # 60 dev incidents built as one folder
    python bench/eval_gva_conflicts.py --n 150 --sheet docs/audits/gva-conflicts-dev.md

The articles of ``--n`` dev incidents (evenly spread over the split) are
written to one JSON Lines file and built together with ``kg.build.build``, as
a user would build a folder of unrelated news. Every ``kg:conflictsWith``
pair is then checked against GVA: the two claims' ``kg:reportedIn`` articles
must belong to one incident (a pair whose articles belong to two incidents is
*across incidents*: it compares figures of two shootings). Also counted: the
number of conflict triples per claim (it must stay small: linear in the
claims), and the ``kg:supersedes`` links (a later count of a rising toll).

``--sheet`` writes the pairs (at most ``--pairs``, spread over the incidents)
with both claims' figures, groups, sources and sentences, for a person to
mark each pair right or wrong by hand. Tune on dev only.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from rdflib import RDF, URIRef

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_gva_figures import incidents  # noqa: E402  (the same even spread over the split)
from kg.pipeline.build import build  # noqa: E402
from kg.rdf.vocab import KG, NIF  # noqa: E402


def write_folder(records: list[dict], path: Path) -> dict[str, str]:
    """One JSON Lines file of every article; article id → incident id."""
    incident_of = {}
    with open(path, "w", encoding="utf-8") as stream:
        for incident in records:
            for article in incident["articles"]:
                if not (article.get("content") or "").strip() or article["id"] in incident_of:
                    continue
                incident_of[str(article["id"])] = incident["incident_uri"]
                stream.write(json.dumps({"id": article["id"], "text": article["content"],
                                         "title": article.get("title") or None,
                                         "date": article.get("dct") or None}, ensure_ascii=False) + "\n")
    return incident_of


def describe(graph, claim: URIRef) -> dict:
    value = graph.value(claim, KG.value)
    measure = str(graph.value(claim, KG.measure)).split("#")[-1]
    approximation = str(graph.value(claim, KG.approximation)).split("#")[-1]
    affected = graph.value(claim, KG.affected)
    source = graph.value(claim, KG.attributedTo)
    articles = sorted(str(graph.value(a, KG.sourceId)) for a in graph.objects(claim, KG.reportedIn))
    evidence = [str(graph.value(m, NIF.anchorOf)) for m in graph.objects(claim, KG.evidence)]
    label = lambda node: str(graph.value(node, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))) if node else "–"
    return {"claim": str(claim), "figure": f"{measure} {approximation} {value}", "affected": label(affected),
            "source": label(source), "articles": articles, "evidence": evidence}


def evaluate(n: int, cache: Path | None) -> tuple[dict, list[tuple[dict, dict, str]]]:
    records = incidents(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gva.jsonl"
        incident_of = write_folder(records, path)
        result = build([path], cache=cache)
    graph = result.graph
    claims = set(graph.subjects(RDF.type, KG.Claim))
    pairs, across, per_claim = [], 0, Counter()
    for a, b in graph.subject_objects(KG.conflictsWith):
        per_claim[a] += 1
        if str(a) >= str(b):
            continue
        da, db = describe(graph, a), describe(graph, b)
        incidents_a = {incident_of.get(x) for x in da["articles"]}
        incidents_b = {incident_of.get(x) for x in db["articles"]}
        same = incidents_a == incidents_b and len(incidents_a) == 1
        across += not same
        pairs.append((da, db, ",".join(sorted(incidents_a | incidents_b))))
    claims_across = sum(1 for c in claims if len({incident_of.get(str(graph.value(a, KG.sourceId)))
                                                   for a in graph.objects(c, KG.reportedIn)}) > 1)
    summary = {
        "incidents": len(records), "articles": len(incident_of), "claims": len(claims),
        "claims reported across incidents": claims_across,
        "conflictsWith pairs": len(pairs), "pairs across incidents": across,
        "most conflicts of one claim": max(per_claim.values(), default=0),
        "supersedes links": len(list(graph.subject_objects(KG.supersedes))) if hasattr(KG, "supersedes") else 0,
    }
    return summary, pairs


def sheet(pairs: list[tuple[dict, dict, str]], limit: int) -> str:
    by_incident: dict[str, list] = {}
    for pair in sorted(pairs, key=lambda p: (p[2], p[0]["claim"], p[1]["claim"])):
        by_incident.setdefault(pair[2], []).append(pair)
    chosen = []
    while len(chosen) < limit and any(by_incident.values()):
        for key in sorted(by_incident):
            if by_incident[key] and len(chosen) < limit:
                chosen.append(by_incident[key].pop(0))
    out = ["| # | incident | claim A | claim B | verdict |", "| --- | --- | --- | --- | --- |"]
    for number, (a, b, incident) in enumerate(chosen, 1):
        def cell(d):
            return (f"{d['figure']}, affected {d['affected']}, according to {d['source']}; "
                    f"articles {', '.join(d['articles'])}; “{' / '.join(d['evidence'][:2])}”").replace("|", "/")
        out.append(f"| {number} | {incident} | {cell(a)} | {cell(b)} | |")
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=60, help="dev incidents built together (0: all)")
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache folder (kg build --cache)")
    parser.add_argument("--sheet", type=Path, default=None, help="write the pairs for a hand audit here")
    parser.add_argument("--pairs", type=int, default=30)
    options = parser.parse_args()
    summary, pairs = evaluate(options.n, options.cache)
    for key, value in summary.items():
        print(f"{key}: {value}")
    if options.sheet:
        options.sheet.write_text(sheet(pairs, options.pairs) + "\n", encoding="utf-8")
    else:
        print(sheet(pairs, options.pairs))


if __name__ == "__main__":
    main()
