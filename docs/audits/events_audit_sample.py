"""The sample of docs/audits/events-meantime-dev.md: ten MEANTIME dev articles built as one
folder, and their event nodes (at most ten per article, by first evidence) with the sentence of
their first evidence, for judging by hand. Reads ../shared/eval-data/meantime/."""
import json, random, sys, tempfile
from pathlib import Path
from kg.pipeline.build import build
DATA = Path(__file__).resolve().parents[3] / "shared" / "eval-data" / "meantime"
dev = json.load(open(DATA / "split.json"))["dev"]
chosen = sorted(random.Random(15).sample(sorted(dev), 10))
recs = [json.loads(l) for l in open(DATA / "meantime.jsonl")]
recs = [r for r in recs if r["doc_id"] in chosen]
path = Path(tempfile.mkdtemp()) / "meantime10.jsonl"
with open(path, "w") as f:
    for r in recs:
        f.write(json.dumps({"id": r["doc_id"], "title": r["title"], "text": r["text"], "date": r["dct"]}) + "\n")
res = build([path])
texts = {a.source_id: a.text for a in res.resolved.articles}
labels = {a.key: a.label for a in res.resolved.actors}
by_article = {}
for e in res.resolved.events:
    if e.factuality != "asserted" and e.factuality is not None:
        pass
    first = e.evidence[0]
    by_article.setdefault(first.source_id, []).append(e)
n = 0
for sid in sorted(by_article):
    evs = sorted(by_article[sid], key=lambda e: e.evidence[0].span.start)[:10]
    for e in evs:
        ev = e.evidence[0]; t = texts[sid]
        s = max(t.rfind(".", 0, ev.span.start) + 1, t.rfind("\n", 0, ev.span.start) + 1)
        end = t.find(".", ev.span.end); end = len(t) if end < 0 else end
        n += 1
        print(f"#{n} [{sid}] {e.type} {e.factuality} date={e.date} trig={sorted(e.triggers)} A={[labels[k] for k in sorted(e.agents)]} T={[labels[k] for k in sorted(e.targets)]} P={[labels[k] for k in sorted(e.places)]} arts={len(e.articles)}")
        print("    ", t[s:end + 1].strip().replace("\n", " ")[:300])
print("dates:", {r["doc_id"]: r["dct"] for r in recs})
