"""Score kg.extract.dates on the TempEval-3 platinum DATE timexes.

    python bench/eval_tempeval.py            # dev split (tune on this only)
    python bench/eval_tempeval.py --split test --write   # report once

Each document is parsed with the project's pipeline and normalised against its
document creation time (``dct``), as an article against its date. A gold DATE
timex is *detected* when a TimeMention overlaps it; its value is *correct*
when the TimeMention, written as a TIMEX3 value (YYYY-MM-DD, YYYY-Www, YYYY-MM,
YYYY), equals the gold value. Gold values that are not calendar points
(PRESENT_REF, PAST_REF, XXXX-…, centuries, seasons, quarters) cannot be
expressed by a TimeMention; they count for detection only and are reported
apart. ``mod`` (START, APPROX, …) is ignored.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO.parent / "shared" / "eval-data" / "tempeval3"
REPORT = REPO / "docs" / "EVALUATION.md"
HEADING = "## Dates (TempEval-3)"
CALENDAR_VALUE = re.compile(r"^\d{4}(-W\d\d|-\d\d(-\d\d)?)?$")


def timex_value(value: date | None, granularity: str) -> str | None:
    if value is None:
        return None
    if granularity == "week":
        year, week, _ = value.isocalendar()
        return f"{year}-W{week:02d}"
    return {"day": value.isoformat(), "month": value.isoformat()[:7], "year": value.isoformat()[:4]}.get(granularity)


def replace_section(path: Path, heading: str, body: str) -> None:
    """Write ``heading`` + ``body`` into a Markdown file, replacing only that section."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Evaluation\n"
    section = f"{heading}\n\n{body.strip()}\n"
    pattern = re.compile(rf"^{re.escape(heading)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text).rstrip() + "\n"
    else:
        text = text.rstrip() + "\n\n" + section
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def evaluate(split: str, verbose: bool = False) -> dict[str, int]:
    from kg.extract.dates import extract_times
    from kg.model import Article
    from kg.nlp.parse import load_pipeline

    nlp = load_pipeline()
    ids = set(json.loads((DATA / "split.json").read_text())[split])
    counts = dict(docs=0, gold=0, gold_calendar=0, detected=0, detected_calendar=0, correct=0,
                  predicted=0, predicted_on_any_timex=0)
    for line in (DATA / "test.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["doc_id"] not in ids:
            continue
        counts["docs"] += 1
        article = Article(record["doc_id"], record["text"], date=date.fromisoformat(record["dct"]))
        times = extract_times(nlp(article.text), article)
        counts["predicted"] += len(times)
        counts["predicted_on_any_timex"] += sum(
            any(_overlap(t.span.start, t.span.end, g) for g in record["timexes"]) for t in times)
        for gold in (g for g in record["timexes"] if g["type"] == "DATE"):
            calendar = bool(CALENDAR_VALUE.match(gold["value"]))
            found = next((t for t in times if _overlap(t.span.start, t.span.end, gold)), None)
            counts["gold"] += 1
            counts["gold_calendar"] += calendar
            counts["detected"] += found is not None
            if found is None or not calendar:
                if verbose and calendar:
                    print(f"missed  {gold['text']!r:30} gold {gold['value']}", file=sys.stderr)
                continue
            counts["detected_calendar"] += 1
            predicted = timex_value(found.value, found.granularity)
            counts["correct"] += predicted == gold["value"]
            if verbose and predicted != gold["value"]:
                print(f"wrong   {gold['text']!r:30} gold {gold['value']:12} got {predicted} "
                      f"({found.span.text!r})", file=sys.stderr)
    return counts


def _overlap(start: int, end: int, gold: dict) -> bool:
    return start < gold["char_end"] and gold["char_start"] < end


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f} ({part}/{whole})" if whole else "n/a"


def table(split: str, c: dict[str, int]) -> str:
    rows = [
        ("documents", str(c["docs"])),
        ("gold DATE timexes (calendar values)", f"{c['gold']} ({c['gold_calendar']})"),
        ("detection recall, all DATE", _ratio(c["detected"], c["gold"])),
        ("detection recall, calendar-valued DATE", _ratio(c["detected_calendar"], c["gold_calendar"])),
        ("value accuracy on detected calendar-valued", _ratio(c["correct"], c["detected_calendar"])),
        ("end to end: correct value / calendar-valued gold", _ratio(c["correct"], c["gold_calendar"])),
        ("TimeMentions overlapping a gold timex (any type)", _ratio(c["predicted_on_any_timex"], c["predicted"])),
    ]
    lines = [f"| {split} | |", "| --- | --- |", *(f"| {name} | {value} |" for name, value in rows)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--write", action="store_true", help=f"write the dev and test tables to {REPORT}")
    parser.add_argument("--verbose", action="store_true", help="list misses and wrong values (use on dev only)")
    args = parser.parse_args()
    if not DATA.is_dir():
        sys.exit(f"no TempEval-3 data at {DATA}")
    if not args.write:
        print(table(args.split, evaluate(args.split, args.verbose)))
        return
    tables = "\n\n".join(table(split, evaluate(split)) for split in ("dev", "test"))
    body = (
        "`python bench/eval_tempeval.py --write` — `kg.extract.dates.extract_times` on the TempEval-3 "
        "platinum documents (../shared/eval-data/tempeval3/), normalised against each document's "
        "creation time. Rules were tuned on dev only; test was run once for this report.\n\n"
        f"{tables}\n\n"
        "A gold DATE timex is detected when a TimeMention overlaps it. Calendar-valued means a "
        "gold value a TimeMention can express (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY); PRESENT_REF, "
        "PAST_REF, centuries, seasons and quarters count for detection only; \"now\", \"currently\" "
        "and \"the past\" are not extracted, which is most of the gap between the two recall rows. "
        "Durations and sets are not extracted at all."
    )
    replace_section(REPORT, HEADING, body)
    print(tables)


if __name__ == "__main__":
    main()
