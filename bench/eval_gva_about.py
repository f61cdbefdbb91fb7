"""What the claims of GVA incidents are about: the share of kg:Claim nodes with a kg:about event (dev only).

    python bench/eval_gva_about.py                     # 100 dev incidents (random.Random(0))
    python bench/eval_gva_about.py --n 0               # every dev incident (long)
    python bench/eval_gva_about.py --sheet FILE        # also list claims for a hand check (seed 1)

Each incident's articles are built as one folder (``bench/eval_gva.build_incident``, the
full pipeline). Reported per measure: how many claim nodes there are, how many have
``kg:about`` (and ``kg:affected``), and the kinds of event they are about. The sheet lists, for a sample of
claims (``--sheet-size``), the claim's evidence sentence and the event's class and
evidence, to be judged by hand (is this the happening whose people the figure counts?).

The incidents of the hand audits (``AUDITED``) are left out: no rule is written from them.
Tune on dev only.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_gva import build_incident, load  # noqa: E402

# Incidents of the hand audits' samples (docs/audits/): kept unseen by anyone writing rules.
AUDITED = frozenset({"390960", "540879", "613826", "763965", "769122"})


def sentence_of(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    return " ".join(text[left:right + 1].split())


def evaluate(n: int, seed: int, sheet: Path | None, sheet_size: int) -> str:
    started = time.perf_counter()
    population = [i for i in load("dev") if i["incident_uri"] not in AUDITED]
    incidents = population if not n or n >= len(population) else random.Random(seed).sample(population, n)
    total, about, affected, kinds = Counter(), Counter(), Counter(), Counter()
    rows: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for incident in incidents:
            usable = [a for a in incident["articles"] if (a.get("content") or "").strip()]
            if not usable:
                continue
            resolved = build_incident({**incident, "articles": usable}, Path(tmp)).resolved
            texts = {a.source_id: a.text for a in resolved.articles}
            events = {e.key: e for e in resolved.events}
            for claim in resolved.claims:
                total[claim.measure] += 1
                affected[claim.measure] += claim.affected is not None
                event = events.get(claim.event) if claim.event else None
                if event is not None:
                    about[claim.measure] += 1
                    kinds[(claim.measure, event.type)] += 1
                first = claim.evidence[0]
                line = (f"- {incident['incident_uri']} {claim.measure} {claim.value}: "
                        f"“{sentence_of(texts[first.source_id], first.span.start, first.span.end)}” → ")
                if event is None:
                    line += "no event"
                else:
                    same = [e for e in event.evidence if e.source_id == first.source_id] or event.evidence
                    line += f"{event.type} “{same[0].span.text}”"
                rows.append(line)
    out = [f"GVA dev: {len(incidents)} of {len(population)} incidents (random.Random({seed}), audited ones left out); "
           f"{time.perf_counter() - started:.0f} s.", "",
           "| measure | claims | with kg:about | share | with kg:affected | share |",
           "| --- | --- | --- | --- | --- | --- |"]
    for measure in sorted(total):
        out.append(f"| {measure} | {total[measure]} | {about[measure]} | {about[measure] / total[measure]:.2f} "
                   f"| {affected[measure]} | {affected[measure] / total[measure]:.2f} |")
    n, a, f = sum(total.values()), sum(about.values()), sum(affected.values())
    out.append(f"| all | {n} | {a} | {a / max(n, 1):.2f} | {f} | {f / max(n, 1):.2f} |")
    out += ["", "Kinds of event: " + ", ".join(f"{m} → {k} ×{c}" for (m, k), c in kinds.most_common())]
    if sheet is not None:
        chosen = sorted(random.Random(1).sample(rows, min(sheet_size, len(rows))))
        sheet.write_text("\n".join(chosen) + "\n", encoding="utf-8")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100, help="incidents to sample (0: all)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--sheet", type=Path, help="write a sample of claims with their event, for a hand check")
    parser.add_argument("--sheet-size", type=int, default=20)
    args = parser.parse_args(argv)
    print(evaluate(args.n, args.seed, args.sheet, args.sheet_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
