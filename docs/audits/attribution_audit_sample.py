"""The samples of the hand audits of actors, speakers and claims (issue 14), built as one folder
with ``kg build``, listing per article every actor (label, type, country), every quote with its
speaker and every claim (measure, approximation, value, affected, attributedTo, event,
conflicts), for judging by hand. Reads ../shared/eval-data/.

    PYTHONPATH=. python docs/audits/attribution_audit_sample.py [--fresh] [--texts DIR]

Without ``--fresh``: the sample of docs/audits/attribution-dev.md, ten MEANTIME dev articles (not
the ten of docs/audits/events-meantime-dev.md), seed 14.

``--fresh``: the sample of docs/audits/attribution-dev-fresh.md, seed 1414, drawn after the fixes
of the first audit, from dev articles no rule was written from:

- 5 GVA dev incidents, ``random.Random(1414).sample`` of the dev incidents (split.json order,
  sorted by id) less the 300 that ``bench/eval_gva_figures.py`` tunes on by default (its even
  spread) and less the incidents of the articles named in docs/audits/gva-conflicts-dev.md; per
  incident its first article with text;
- 5 MEANTIME dev articles, ``random.Random(1414).sample`` of the sorted dev ids less the 20 of
  docs/audits/attribution-dev.md and docs/audits/events-meantime-dev.md.

``--texts DIR`` also writes each article's text to DIR/<id>.txt for reading.
"""
import argparse, json, random, re, sys, tempfile
from pathlib import Path
from kg.pipeline.build import build

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "eval-data"
EVENTS_AUDIT = {"100911", "101354", "102977", "103623", "1173", "129865", "149731", "37961",
                "58383", "62929"}  # the sample of docs/audits/events-meantime-dev.md
FIRST_AUDIT = {"11714", "127576", "23468", "238039", "23973", "25501", "5403", "71526", "78496",
               "82597"}  # the sample of docs/audits/attribution-dev.md

parser = argparse.ArgumentParser()
parser.add_argument("--fresh", action="store_true")
parser.add_argument("--texts", type=Path)
args = parser.parse_args()
SEED = 1414 if args.fresh else 14  # the number (twice for the fresh sample)

meantime_dev = json.load(open(DATA / "meantime" / "split.json"))["dev"]
excluded = EVENTS_AUDIT | FIRST_AUDIT if args.fresh else EVENTS_AUDIT
chosen_meantime = sorted(random.Random(SEED).sample(sorted(set(meantime_dev) - excluded),
                                                    5 if args.fresh else 10))
records = [{"id": r["doc_id"], "title": r["title"], "text": r["text"], "date": r["dct"]}
           for r in map(json.loads, open(DATA / "meantime" / "meantime.jsonl"))
           if r["doc_id"] in chosen_meantime]
if not args.fresh:
    records.sort(key=lambda r: chosen_meantime.index(r["id"]))  # the first audit's order
if args.fresh:  # the GVA articles by incident, then the MEANTIME ones in the data's order
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_gva_figures import incidents  # noqa: E402
    tuned = {r["incident_uri"] for r in incidents(300)}
    audited = set(re.findall(r"\b[0-9a-f]{32}\b", (ROOT / "docs/audits/gva-conflicts-dev.md").read_text()))
    every = incidents(0)
    pool = sorted(r["incident_uri"] for r in every
                  if r["incident_uri"] not in tuned and not audited & {a["id"] for a in r["articles"]})
    picked = set(random.Random(SEED).sample(pool, 5))
    gva = []
    for r in every:
        if r["incident_uri"] in picked:
            a = next(a for a in r["articles"] if (a.get("content") or "").strip())
            gva.append({"id": a["id"], "title": a.get("title") or None, "text": a["content"],
                        "date": a.get("dct") or None, "incident": r["incident_uri"],
                        "gold": f"killed {r['num_killed']} injured {r['num_injured']}"})
    gva.sort(key=lambda r: r["incident"])
    records = gva + records
chosen = [r["id"] for r in records]
path = Path(tempfile.mkdtemp()) / "sample.jsonl"
with open(path, "w") as f:
    for r in records:
        f.write(json.dumps({k: r[k] for k in ("id", "title", "text", "date")}) + "\n")
res = build([path])
rv = res.resolved
if args.texts:
    args.texts.mkdir(parents=True, exist_ok=True)
    for a in rv.articles:
        (args.texts / f"{a.source_id}.txt").write_text(a.text)
labels = {a.key: a.label for a in rv.actors}
claims = {c.key: c for c in rv.claims}


def first(item, sid):
    return min(e.span.start for e in item.evidence if e.source_id == sid)


def in_article(items, sid):
    return sorted((x for x in items if any(e.source_id == sid for e in x.evidence)),
                  key=lambda x: (first(x, sid), x.key))


def claim_text(c):
    return f"{c.measure} {c.approximation} {c.value}"


print("seed", SEED, "ids", " ".join(chosen))
for r in records:
    sid = r["id"]
    print(f"\n## [{sid}]" + (f" GVA incident {r['incident']} ({r['gold']})" if "incident" in r else ""))
    for a in in_article(rv.actors, sid):
        spk = f" speaksFor={sorted(labels[k] for k in a.speaks_for)}" if a.speaks_for else ""
        said = sorted({e.span.text for e in a.evidence if e.source_id == sid})
        print(f"A {a.label!r} {a.kind} {a.country}{spk} as {said}")
    for q in in_article(rv.quotes, sid):
        print(f"Q speaker={labels.get(q.speaker)!r} \"{q.text[:90]}\"")
    for c in in_article(rv.claims, sid):
        ev = next(e for e in c.evidence if e.source_id == sid)
        event = next((f"{e.type}{sorted(e.triggers)[:3]}" for e in rv.events if e.key == c.event), None)
        conflicts = sorted(claim_text(claims[k]) for k in c.conflicts_with)
        print(f"C {claim_text(c)} affected={labels.get(c.affected)!r} "
              f"attributedTo={labels.get(c.attributed_to)!r} event={event} "
              f"conflicts={conflicts} \"{ev.span.text}\"")
