"""The samples of the hand audits of actors, speakers and claims (issue 14), built as one folder
with ``kg build``, listing per article every actor (label, type, country), every quote with its
speaker and every claim (measure, approximation, value, affected, attributedTo, event,
conflicts), for judging by hand. Reads ../shared/eval-data/.

    PYTHONPATH=. python docs/audits/attribution_audit_sample.py [--fresh | --third | --fourth | --fifth | --sixth | --seventh | --eighth | --ninth | --tenth] [--texts DIR]

Without an option: the sample of docs/audits/attribution-dev.md, ten MEANTIME dev articles (not
the ten of docs/audits/events-meantime-dev.md), seed 14.

``--fresh``: the sample of docs/audits/attribution-dev-fresh.md, seed 1414, drawn after the fixes
of the first audit, from dev articles no rule was written from:

- 5 GVA dev incidents, ``random.Random(1414).sample`` of the dev incidents (split.json order,
  sorted by id) less the 300 that ``bench/eval_gva_figures.py`` tunes on by default (its even
  spread) and less the incidents of the articles named in docs/audits/gva-conflicts-dev.md (its
  version of then: ``CONFLICTS_AUDIT_V1``); per incident its first article with text;
- 5 MEANTIME dev articles, ``random.Random(1414).sample`` of the sorted dev ids less the 20 of
  docs/audits/attribution-dev.md and docs/audits/events-meantime-dev.md.

``--third``: the sample of docs/audits/attribution-dev-third.md and docs/audits/events-dev-third.md,
seed 1515, drawn the same way as ``--fresh`` but also less the five GVA incidents and the five
MEANTIME articles of the fresh sample and the incident the rewritten gva-conflicts-dev.md added,
so no article of an earlier audit is drawn again.

``--fourth``: the sample of the fourth audit (issues 14 and 15), seed 1616, drawn the same way
and also less the third sample's five GVA incidents and five MEANTIME articles, before the fixes
of the round that it measures.

``--fifth``: the sample of the fifth audit (issues 14 and 15, sixth round), seed 1717, drawn the
same way and also less the fourth sample's five GVA incidents and five MEANTIME articles. The
fourth sample's error classes were described (in general terms) to the sixth round's helpers, so
its articles no longer measure unseen news; this one was drawn before that round's merge and
judged by the lead on the tree before it and after it.

``--sixth``: the sample of the sixth audit (issues 14 and 15, seventh round), seed 1818, drawn the
same way and also less the fifth sample's five GVA incidents and five MEANTIME articles. Drawn at
the start of the seventh round; its ids were held out from that round's helpers, and it was judged
only on the round's merged tree.

``--seventh``: the sample of the seventh audit (issues 14 and 15, eighth round), seed 1919, drawn
the same way and also less the sixth sample's five GVA incidents and five MEANTIME articles. Drawn
at the start of the eighth round; its ids were held out from that round's helpers, and it is
judged only on the round's merged tree.

``--eighth``: the sample of the eighth audit (issues 14 and 15, ninth round), seed 2020, drawn
the same way and also less the seventh sample's five GVA incidents and five MEANTIME articles.
Drawn at the start of the ninth round; its ids were held out from that round's helpers, and it is
judged by auditors who write no rules, before the round and on its merged tree.

``--ninth``: the sample of the ninth audit (issues 14 and 15, tenth round), seed 2121, drawn the
same way and also less the eighth sample's five GVA incidents and five MEANTIME articles. Drawn at
the start of the tenth round, held out from its helpers, judged by auditors who write no rules,
before the round and on its merged tree.

``--tenth``: the sample of the tenth audit (issues 14 and 15, the tenth round's second part),
seed 2222: five GVA dev incidents drawn the same way, less the ninth sample's and also less the
300 incidents that ``bench/eval_gva.py`` samples (two of the ninth sample's were among them); and,
MEANTIME's dev articles being all used, five PolNeAR dev articles of at most 5,000 characters.

``--texts DIR`` also writes each article's text to DIR/<id>.txt for reading.

``docs/audits/events_audit_sample.py --third`` imports ``sample`` from here to build the same ten
articles.
"""
import argparse, json, random, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "eval-data"
EVENTS_AUDIT = {"100911", "101354", "102977", "103623", "1173", "129865", "149731", "37961",
                "58383", "62929"}  # the sample of docs/audits/events-meantime-dev.md
FIRST_AUDIT = {"11714", "127576", "23468", "238039", "23973", "25501", "5403", "71526", "78496",
               "82597"}  # the sample of docs/audits/attribution-dev.md
FRESH_AUDIT = {"128016", "191597", "265977", "276079", "61389"}  # MEANTIME of attribution-dev-fresh.md
FRESH_INCIDENTS = {"331663", "391219", "479747", "696744", "813189"}  # GVA of attribution-dev-fresh.md
# The GVA dev incidents of the articles named in docs/audits/gva-conflicts-dev.md: the 14 of its
# version when the fresh sample was drawn (a25c880), and the one more of its rewrite (77cde96).
# Frozen here so that later rewrites of that sheet do not change the samples (reading the sheet
# itself, as the fresh draw first did, no longer gives the fresh sample since its rewrite).
CONFLICTS_AUDIT_V1 = {"138282", "480358", "511436", "597756", "616102", "688089", "688305",
                      "689159", "693374", "727544", "738286", "742001", "768985", "772753"}
CONFLICTS_AUDIT = CONFLICTS_AUDIT_V1 | {"486209"}
THIRD_AUDIT = {"11716", "43503", "51682", "78899", "8983"}  # MEANTIME of attribution-dev-third.md
THIRD_INCIDENTS = {"283041", "569413", "683417", "741938", "769963"}  # its GVA incidents
FOURTH_AUDIT = {"145930", "41882", "190356", "214601", "287096"}  # MEANTIME of attribution-dev-fourth.md
FOURTH_INCIDENTS = {"390960", "540879", "613826", "763965", "769122"}  # its GVA incidents
FIFTH_AUDIT = {"108294", "199629", "21302", "279494", "9549"}  # MEANTIME of attribution-dev-fifth.md
FIFTH_INCIDENTS = {"207687", "367750", "450505", "485821", "489185"}  # its GVA incidents
SIXTH_AUDIT = {"3307", "4764", "82548", "30414", "37313"}  # MEANTIME of attribution-dev-sixth.md
SIXTH_INCIDENTS = {"437452", "480394", "600798", "740783", "757697"}  # its GVA incidents
SEVENTH_AUDIT = {"106653", "40203", "40986", "58207", "89284"}  # MEANTIME of attribution-dev-seventh.md
SEVENTH_INCIDENTS = {"337111", "341622", "597360", "661996", "721079"}  # its GVA incidents
EIGHTH_AUDIT = {"3835", "71426", "73808", "8951", "195869"}  # MEANTIME of attribution-dev-eighth.md
EIGHTH_INCIDENTS = {"454128", "688429", "699605", "796900", "797053"}  # its GVA incidents
NINTH_AUDIT = {"87805", "10450", "107785", "58772", "60083"}  # MEANTIME of attribution-dev-ninth.md
NINTH_INCIDENTS = {"156813", "180007", "458902", "555011", "665796"}  # its GVA incidents
SEEDS = {"first": 14, "fresh": 1414, "third": 1515, "fourth": 1616, "fifth": 1717, "sixth": 1818,
         "seventh": 1919, "eighth": 2020, "ninth": 2121, "tenth": 2222}  # the issue's number (twice; then issue 15's, 16)


def sample(which: str = "first") -> list[dict]:
    """The articles of one audit's sample: dicts with id, title, text, date (and, for GVA
    articles, incident and gold), GVA articles first by incident, then MEANTIME ones."""
    seed = SEEDS[which]
    meantime_dev = json.load(open(DATA / "meantime" / "split.json"))["dev"]
    excluded = {"first": EVENTS_AUDIT, "fresh": EVENTS_AUDIT | FIRST_AUDIT,
                "third": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT,
                "fourth": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT,
                "fifth": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT | FOURTH_AUDIT,
                "sixth": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT | FOURTH_AUDIT
                | FIFTH_AUDIT,
                "seventh": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT | FOURTH_AUDIT
                | FIFTH_AUDIT | SIXTH_AUDIT,
                "eighth": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT | FOURTH_AUDIT
                | FIFTH_AUDIT | SIXTH_AUDIT | SEVENTH_AUDIT,
                "ninth": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT | FOURTH_AUDIT
                | FIFTH_AUDIT | SIXTH_AUDIT | SEVENTH_AUDIT | EIGHTH_AUDIT,
                "tenth": EVENTS_AUDIT | FIRST_AUDIT | FRESH_AUDIT | THIRD_AUDIT | FOURTH_AUDIT
                | FIFTH_AUDIT | SIXTH_AUDIT | SEVENTH_AUDIT | EIGHTH_AUDIT | NINTH_AUDIT}[which]
    if which == "tenth":
        # MEANTIME's 60 dev articles are all in earlier samples: five PolNeAR dev articles (political
        # news with titles and dates) of at most 5,000 characters instead
        polnear = [json.loads(line) for line in open(DATA / "polnear" / "dev.jsonl", encoding="utf-8") if line.strip()]
        short = sorted(r["doc_id"] for r in polnear if len(r["text"]) <= 5000)
        chosen_meantime = sorted(random.Random(seed).sample(short, 5))
        records = [{"id": r["doc_id"], "title": r["title"], "text": r["text"], "date": r["publication_date"]}
                   for r in polnear if r["doc_id"] in chosen_meantime]
    else:
        chosen_meantime = sorted(random.Random(seed).sample(sorted(set(meantime_dev) - excluded),
                                                            10 if which == "first" else 5))
        records = [{"id": r["doc_id"], "title": r["title"], "text": r["text"], "date": r["dct"]}
                   for r in map(json.loads, open(DATA / "meantime" / "meantime.jsonl"))
                   if r["doc_id"] in chosen_meantime]
    if which == "first":
        records.sort(key=lambda r: chosen_meantime.index(r["id"]))  # the first audit's order
        return records
    # the GVA articles by incident, then the MEANTIME ones in the data's order
    sys.path.insert(0, str(ROOT / "bench"))
    from eval_gva_figures import incidents  # noqa: E402
    tuned = {r["incident_uri"] for r in incidents(300)}
    audited = (CONFLICTS_AUDIT_V1 if which == "fresh" else
               CONFLICTS_AUDIT | FRESH_INCIDENTS | (THIRD_INCIDENTS if which in ("fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth") else set())
               | (FOURTH_INCIDENTS if which in ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth") else set())
               | (FIFTH_INCIDENTS if which in ("sixth", "seventh", "eighth", "ninth", "tenth") else set())
               | (SIXTH_INCIDENTS if which in ("seventh", "eighth", "ninth", "tenth") else set())
               | (SEVENTH_INCIDENTS if which in ("eighth", "ninth", "tenth") else set())
               | (EIGHTH_INCIDENTS if which in ("ninth", "tenth") else set())
               | (NINTH_INCIDENTS if which == "tenth" else set()))
    if which == "tenth":  # also outside the 300 that bench/eval_gva.py samples (seed 0)
        from eval_gva import load
        audited |= {r["incident_uri"] for r in random.Random(0).sample(load("dev"), 300)}
    every = incidents(0)
    pool = sorted(r["incident_uri"] for r in every
                  if r["incident_uri"] not in tuned and r["incident_uri"] not in audited
                  # from the fifth on, only incidents with an article text (the earlier draws hit none without)
                  and (which not in ("fifth", "sixth", "seventh", "eighth", "ninth", "tenth") or any((a.get("content") or "").strip() for a in r["articles"])))
    picked = set(random.Random(seed).sample(pool, 5))
    gva = []
    for r in every:
        if r["incident_uri"] in picked:
            a = next(a for a in r["articles"] if (a.get("content") or "").strip())
            gva.append({"id": a["id"], "title": a.get("title") or None, "text": a["content"],
                        "date": a.get("dct") or None, "incident": r["incident_uri"],
                        "gold": f"killed {r['num_killed']} injured {r['num_injured']}"})
    gva.sort(key=lambda r: r["incident"])
    return gva + records


def build_sample(records: list[dict], texts: Path | None = None):
    """``kg build`` of the records as one folder; writes each text to texts/<id>.txt if asked."""
    from kg.pipeline.build import build
    path = Path(tempfile.mkdtemp()) / "sample.jsonl"
    with open(path, "w") as f:
        for r in records:
            f.write(json.dumps({k: r[k] for k in ("id", "title", "text", "date")}) + "\n")
    res = build([path])
    if texts:
        texts.mkdir(parents=True, exist_ok=True)
        for a in res.resolved.articles:
            (texts / f"{a.source_id}.txt").write_text(a.text)
    return res


def first(item, sid):
    return min(e.span.start for e in item.evidence if e.source_id == sid)


def in_article(items, sid):
    return sorted((x for x in items if any(e.source_id == sid for e in x.evidence)),
                  key=lambda x: (first(x, sid), x.key))


def claim_text(c):
    return f"{c.measure} {c.approximation} {c.value}"


def main():
    parser = argparse.ArgumentParser()
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--fresh", action="store_true")
    group.add_argument("--third", action="store_true")
    group.add_argument("--fourth", action="store_true")
    group.add_argument("--fifth", action="store_true")
    group.add_argument("--sixth", action="store_true")
    group.add_argument("--seventh", action="store_true")
    group.add_argument("--eighth", action="store_true")
    group.add_argument("--ninth", action="store_true")
    group.add_argument("--tenth", action="store_true")
    parser.add_argument("--texts", type=Path)
    args = parser.parse_args()
    which = ("fresh" if args.fresh else "third" if args.third else
             "fourth" if args.fourth else "fifth" if args.fifth else
             "sixth" if args.sixth else "seventh" if args.seventh else
             "eighth" if args.eighth else "ninth" if args.ninth else "tenth" if args.tenth else "first")
    records = sample(which)
    rv = build_sample(records, args.texts).resolved
    labels = {a.key: a.label for a in rv.actors}
    claims = {c.key: c for c in rv.claims}
    print("seed", SEEDS[which], "ids", " ".join(r["id"] for r in records))
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


if __name__ == "__main__":
    main()
