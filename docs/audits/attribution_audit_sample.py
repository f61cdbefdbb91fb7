"""The sample of docs/audits/attribution-dev.md: ten MEANTIME dev articles (not the ten of
docs/audits/events-meantime-dev.md) built as one folder with ``kg build``, and per article every
actor (label, type, country), every quote with its speaker and every claim (measure, value,
affected, attributedTo), for judging by hand. Reads ../shared/eval-data/meantime/.

    PYTHONPATH=. python docs/audits/attribution_audit_sample.py [--texts DIR]

``--texts DIR`` also writes each article's text to DIR/<id>.txt for reading.
"""
import argparse, json, random, tempfile
from pathlib import Path
from kg.pipeline.build import build

DATA = Path(__file__).resolve().parents[3] / "shared" / "eval-data" / "meantime"
EVENTS_AUDIT = {"100911", "101354", "102977", "103623", "1173", "129865", "149731", "37961",
                "58383", "62929"}  # the sample of docs/audits/events-meantime-dev.md
SEED = 14  # the number

parser = argparse.ArgumentParser()
parser.add_argument("--texts", type=Path)
args = parser.parse_args()
dev = json.load(open(DATA / "split.json"))["dev"]
chosen = sorted(random.Random(SEED).sample(sorted(set(dev) - EVENTS_AUDIT), 10))
recs = [json.loads(l) for l in open(DATA / "meantime.jsonl")]
recs = [r for r in recs if r["doc_id"] in chosen]
path = Path(tempfile.mkdtemp()) / "meantime10.jsonl"
with open(path, "w") as f:
    for r in recs:
        f.write(json.dumps({"id": r["doc_id"], "title": r["title"], "text": r["text"], "date": r["dct"]}) + "\n")
res = build([path])
rv = res.resolved
if args.texts:
    args.texts.mkdir(parents=True, exist_ok=True)
    for a in rv.articles:
        (args.texts / f"{a.source_id}.txt").write_text(a.text)
labels = {a.key: a.label for a in rv.actors}


def first(item, sid):
    return min(e.span.start for e in item.evidence if e.source_id == sid)


def in_article(items, sid):
    return sorted((x for x in items if any(e.source_id == sid for e in x.evidence)),
                  key=lambda x: (first(x, sid), x.key))


print("seed", SEED, "ids", " ".join(chosen))
for sid in chosen:
    print(f"\n## [{sid}]")
    for a in in_article(rv.actors, sid):
        spk = f" speaksFor={sorted(labels[k] for k in a.speaks_for)}" if a.speaks_for else ""
        said = sorted({e.span.text for e in a.evidence if e.source_id == sid})
        print(f"A {a.label!r} {a.kind} {a.country}{spk} as {said}")
    for q in in_article(rv.quotes, sid):
        print(f"Q speaker={labels.get(q.speaker)!r} \"{q.text[:90]}\"")
    for c in in_article(rv.claims, sid):
        ev = next(e for e in c.evidence if e.source_id == sid)
        print(f"C {c.measure} {c.approximation} {c.value} affected={labels.get(c.affected)!r} "
              f"attributedTo={labels.get(c.attributed_to)!r} \"{ev.span.text}\"")
