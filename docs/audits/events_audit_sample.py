"""The samples of the hand audits of events (issue 15), built as one folder with ``kg build``,
listing event nodes by first evidence with the sentence of their first evidence, for judging by
hand. Reads ../shared/eval-data/.

    PYTHONPATH=. python docs/audits/events_audit_sample.py [--third | --fourth | --fifth | --sixth | --seventh | --eighth | --ninth | --tenth] [--texts DIR]

Without an option: the sample of docs/audits/events-meantime-dev.md, ten MEANTIME dev articles
(``random.Random(15).sample`` of the sorted dev ids), at most ten nodes per article.

``--third``: the sample of docs/audits/events-dev-third.md, the same ten articles (5 GVA dev, 5
MEANTIME dev, seed 1515) as docs/audits/attribution-dev-third.md, drawn by ``sample("third")`` of
docs/audits/attribution_audit_sample.py; up to four nodes per article by first evidence in that
article, and when that gives fewer than 40, the next nodes of each article in turn until 40
(marked '+'; a node of two articles is listed once, under the first), each with its type,
factuality, date, triggers, agents, targets, places and the sentence of its first evidence there.
``--fourth``: the same listing for the sample ``sample("fourth")`` (seed 1616, no article of an
earlier audit); ``--fifth`` for ``sample("fifth")`` (seed 1717); ``--sixth`` for ``sample("sixth")`` (seed 1818); ``--seventh`` for ``sample("seventh")`` (seed 1919); ``--eighth`` for ``sample("eighth")`` (seed 2020); ``--ninth`` for ``sample("ninth")`` (seed 2121); ``--tenth`` for ``sample("tenth")`` (seed 2222). ``--texts DIR`` writes each article's text to DIR.
"""
import argparse, json, random, sys, tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[2] / "shared" / "eval-data" / "meantime"


def sentence(text, start, end):
    s = max(text.rfind(".", 0, start) + 1, text.rfind("\n", 0, start) + 1)
    stop = text.find(".", end)
    stop = len(text) if stop < 0 else stop
    return text[s:stop + 1].strip().replace("\n", " ")


def first_audit():
    from kg.pipeline.build import build
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
        by_article.setdefault(e.evidence[0].source_id, []).append(e)
    n = 0
    for sid in sorted(by_article):
        evs = sorted(by_article[sid], key=lambda e: e.evidence[0].span.start)[:10]
        for e in evs:
            ev = e.evidence[0]; t = texts[sid]
            n += 1
            print(f"#{n} [{sid}] {e.type} {e.factuality} date={e.date} trig={sorted(e.triggers)} A={[labels[k] for k in sorted(e.agents)]} T={[labels[k] for k in sorted(e.targets)]} P={[labels[k] for k in sorted(e.places)]} arts={len(e.articles)}")
            print("    ", sentence(t, ev.span.start, ev.span.end)[:300])
    print("dates:", {r["doc_id"]: r["dct"] for r in recs})


def later_audit(texts_dir, which="third"):
    sys.path.insert(0, str(HERE))
    from attribution_audit_sample import build_sample, in_article, sample
    records = sample(which)
    rv = build_sample(records, texts_dir).resolved
    texts = {a.source_id: a.text for a in rv.articles}
    labels = {a.key: a.label for a in rv.actors}
    from attribution_audit_sample import SEEDS
    print("seed", SEEDS[which], "ids", " ".join(r["id"] for r in records))
    # up to four nodes per article by first evidence there; when that gives fewer than 40 nodes,
    # the next ones of each article, one article after another in turn, until 40 (marked '+')
    queues = {r["id"]: in_article(rv.events, r["id"]) for r in records}
    listed, rank = {}, 0
    while len(listed) < 40 and any(queues.values()):
        for r in records:
            q = queues[r["id"]]
            while q and q[0].key in listed:
                q.pop(0)
            if q and len(listed) < 40:
                listed[q.pop(0).key] = (r["id"], rank >= 4)
        rank += 1
    n = 0
    numbers = {}
    for r in records:
        sid, t = r["id"], texts[r["id"]]
        print(f"\n## [{sid}] date {r['date']}" + (f" GVA incident {r['incident']}" if "incident" in r else ""))
        for e in in_article(rv.events, sid):
            if e.key in numbers:
                print(f"(#{numbers[e.key]} again: its evidence in this article is also judged there)")
            if e.key not in listed or listed[e.key][0] != sid:
                continue
            ev = min((x for x in e.evidence if x.source_id == sid), key=lambda x: x.span.start)
            n += 1
            numbers[e.key] = n
            others = sorted({x.span.text for x in e.evidence} - {ev.span.text})
            print(f"#{n}{'+' if listed[e.key][1] else ''} {e.type} {e.factuality} date={e.date} "
                  f"trig={sorted(e.triggers)} A={[labels[k] for k in sorted(e.agents)]} "
                  f"T={[labels[k] for k in sorted(e.targets)]} P={[labels[k] for k in sorted(e.places)]} "
                  f"arts={len(e.articles)} first={ev.span.text!r} other mentions={others}")
            print("    ", sentence(t, ev.span.start, ev.span.end)[:400])

if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--third", action="store_true")
    parser.add_argument("--fourth", action="store_true")
    parser.add_argument("--fifth", action="store_true")
    parser.add_argument("--sixth", action="store_true")
    parser.add_argument("--seventh", action="store_true")
    parser.add_argument("--eighth", action="store_true")
    parser.add_argument("--ninth", action="store_true")
    parser.add_argument("--tenth", action="store_true")
    parser.add_argument("--texts", type=Path)
    args = parser.parse_args()
    if args.third or args.fourth or args.fifth or args.sixth or args.seventh or args.eighth or args.ninth or args.tenth:
        later_audit(args.texts, "tenth" if args.tenth else "ninth" if args.ninth else "eighth" if args.eighth else "seventh" if args.seventh else "sixth" if args.sixth else "fifth" if args.fifth else
                    "fourth" if args.fourth else "third")
    else:
        first_audit()
