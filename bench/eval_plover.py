"""Score the event extractor on PLOVER gold records and on PETRARCH-2 silver sentences.

One record is one short text (usually one sentence) with one gold event. The
predicted category is ``reported_category(main_event(...))`` from
``kg.extract.events``: the categorised event whose trigger stands highest in
the dependency tree (the first on a tie), with an expressed intent counted as
Agree/Threaten and a refused cooperative act as Reject, as PLOVER codes them.
A record with no categorised event counts as "none" (always wrong).

PLOVER 0.5 labels map to the 2021 categories of the contract as
``../shared/eval-data/README.md`` says (DEMAND → Request, DISAPPROVE and
INVESTIGATE → Accuse, FIGHT → Assault; DOCUMENT records are left out). PETR2
CAMEO codes map through the CAMEO → PLOVER 2021 crosswalk
(``plover/CAMEO2PLOVER-2021.txt``); its first event is the gold one.

Reported: category accuracy and macro-F1 beside the majority-class baseline
of the same records; source/target actor match: the share of records with a
gold source (target) for which a predicted agent (target) overlaps a gold
``actorText`` (case-insensitive containment either way; PLOVER only). Actors
come from spaCy's named entities and group nouns until the project's actor
extractor is passed in through ``mentions=`` (the hook: a function
``(doc, article) -> list[EntityMention]``); with country codes from it,
``actor_matches`` can also compare ``code``.

    python bench/eval_plover.py                 # dev splits, prints the table
    python bench/eval_plover.py --test          # the PLOVER test split (report once)
    python bench/eval_plover.py --write-docs    # also replace the section in docs/EVALUATION.md
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from kg.extract.dates import extract_times
from kg.extract.events import extract_events, main_event, reported_category
from kg.model import COUNTRY, GROUP, ORGANIZATION, PERSON, Article, EntityMention
from kg.nlp.parse import load_pipeline, span_of

REPO = Path(__file__).resolve().parent.parent
EVAL = REPO.parent / "shared" / "eval-data"
DOCS = REPO / "docs" / "EVALUATION.md"
SECTION = "## Events (PLOVER)"
PLOVER_05 = {"DEMAND": "Request", "DISAPPROVE": "Accuse", "INVESTIGATE": "Accuse", "FIGHT": "Assault"}
_NER_KINDS = {"PERSON": PERSON, "ORG": ORGANIZATION, "GPE": COUNTRY, "NORP": COUNTRY, "LOC": "Place", "FAC": "Place"}
_COLLECTIVE = re.compile(r"(?:er|or|ist|ian|ant|ent)s$|^(?:police|troops|forces|people|army|military|government)$")

NOTES = """\
- **Unit.** One record (a sentence of the CAMEO manual for PLOVER, an AFP
  sentence for PETR2) is one article; its predicted category is
  `reported_category(main_event(doc, events))`: the categorised event whose
  trigger stands highest in the dependency tree (first on a tie), an
  expressed intent counted as Agree (cooperative) or Threaten (hostile) and a
  negated cooperative act as Reject, as PLOVER codes them. No event: "none",
  always wrong.
- **Labels.** PLOVER 0.5 → 2021: DEMAND → Request, DISAPPROVE and
  INVESTIGATE → Accuse, FIGHT → Assault, DOCUMENT left out. PETR2: the first
  CAMEO code found in the CAMEO2PLOVER-2021 crosswalk; records with only
  CAMEO 01 (statements) and 02 (appeals), which the crosswalk does not list,
  are left out (59 of 78 kept). PETR2 is silver (PETRARCH-2 output).
- **Actors.** Source/target match = share of records with a gold source
  (target) where an agent (target) of the main event overlaps a gold
  `actorText`; the actors are spaCy entities and plural people nouns, a
  stand-in until the project's actor extractor is passed as `mentions=`.
  Country codes are not compared yet (hook: `actor_matches`).
- **Tuning.** The lexicon and rules were written from the crosswalk
  descriptions and checked on PLOVER dev; the test split was run once, at
  the end, without changes after it.
- **Known gaps.** PLOVER 0.5 codes some acts by convention (a peacekeeping
  arrival is AID for the sender, RETREAT for the receiver; signing a treaty is
  SUPPORT), which a trigger lexicon only partly follows; "X must do Y" in a
  report is a Request, but other indirect demands ("pushing hard for") are
  missed; targets are often in prepositional or clausal complements the rules
  do not reach (low target match).
- **Kazakhstan gold (events), with the real actor extractor.** `kg build
  examples/kazakhstan-2022-01-07` scored with `bench/gold.py`: recall 15/15 = 1.00
  (was 11/15 = 0.73), precision 0.32 on 60 event nodes (was 0.11 on 96;
  precision is a lower bound, the gold lists 17 events). What changed, in
  general terms: no subject across a paragraph break (a heading without a
  full stop parsed into the next sentence); "the detained militants" targets
  the noun; "3,000 of them" counts the group named before it and "748 were
  wounded and 18 killed" shares the passive and its group; a force stands
  for the organisation or country it is "from"/"of"/"X's"/"X-led"; a protest
  noun with no agent takes the protesters of its sentence or paragraph;
  "between X and Y" gives agent X and target Y; "in Almaty, Kazakhstan"
  places both; "there were 3,000 arrests" is an event; generic nouns
  ("violence") need a role or a date. `kg.resolve.events.merge_events` joins mentions
  sharing a target, or an agent and a trigger word, with equal dates when
  both are known and no clash of places (two cities, two regions, two
  countries, or a US city and a state it is not in; a city and its state, a
  region's abbreviation, or a place the gazetteer does not know do not
  clash: `kg.knowledge.gazetteer.places_clash`); bare mentions ("the
  protests") join the one node of their type and word; a city implies its
  country when the resolved actors are passed.
- **Known gaps (Kazakhstan).** Sources still missed: an Accuse said as
  "described it as a revolt by foreign-trained militants" or "what he called
  terrorist groups" (no trigger); "the internet being closed" with its object
  inside "most of the internet"; a fight placed only by "the city's square";
  "sent troops" and "deployment" by one agent stay two nodes (different
  words), irregular forms ("fought"/"fighting") are different words to the
  merge.
"""

Mentions = Callable[[Doc, Article], list[EntityMention]]


def ner_mentions(doc: Doc, article: Article) -> list[EntityMention]:
    """Stand-in actors: spaCy's named entities and plural nouns of people ("rebels", "protesters")."""
    found = [(span_of(ent, article.text), _NER_KINDS[ent.label_]) for ent in doc.ents if ent.label_ in _NER_KINDS]
    found += [(span_of(token, article.text), GROUP) for token in doc
              if token.pos_ == "NOUN" and not token.ent_type_ and _COLLECTIVE.search(token.lower_)]
    return [EntityMention(f"e{n}", span, span.text, kind) for n, (span, kind) in enumerate(found, start=1)]


def plover_records(split: str) -> list[dict]:
    folder = EVAL / "plover"
    ids = set(json.loads((folder / "split.json").read_text())[split])
    records = json.loads((folder / "PLOVER_GSR_CAMEO.txt").read_text())
    out = []
    for record in records:
        if record["id"] not in ids or record["event"] == "DOCUMENT":
            continue
        label = PLOVER_05.get(record["event"], record["event"].capitalize())
        out.append({"id": record["id"], "text": record["text"], "gold": label,
                    "source": _actor_texts(record.get("source")), "target": _actor_texts(record.get("target"))})
    return out


def petr2_records() -> list[dict]:
    crosswalk = cameo_crosswalk()
    out = []
    for line in (EVAL / "petr2" / "PETR2_GSR_validation.jsonl").read_text().splitlines():
        record = json.loads(line)
        codes = [event.get("eventcode") for event in record["events"] if event.get("eventcode")]
        label = next((crosswalk[code] for code in codes if code in crosswalk), None)
        if label is not None:
            out.append({"id": record["id"], "text": record["text"], "gold": label, "source": [], "target": []})
    return out


def cameo_crosswalk() -> dict[str, str]:
    table = {}
    for line in (EVAL / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)", line)
        if match:
            table[match[1]] = match[2].capitalize()
    return table


def _actor_texts(actors) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [actor["actorText"] for actor in actors if isinstance(actor, dict) and actor.get("actorText")]


def actor_matches(predicted: list[EntityMention], gold: list[str]) -> bool:
    """A predicted actor overlaps a gold actorText (hook: compare country codes here once actors carry them)."""
    texts = [g.lower() for g in gold]
    return any(m.span.text.lower() in g or g in m.span.text.lower() for m in predicted for g in texts)


def evaluate(records: list[dict], mentions: Mentions = ner_mentions) -> dict:
    nlp = load_pipeline()
    rows = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records)):
        article = Article(record["id"], record["text"])
        entities = mentions(doc, article)
        events = extract_events(doc, article, entities, extract_times(doc, article))
        event = main_event(doc, events)
        by_key = {m.key: m for m in entities}
        rows.append({
            "gold": record["gold"], "pred": reported_category(event) if event else "none",
            "source": actor_matches([by_key[k] for k in event.agents], record["source"]) if event else False,
            "target": actor_matches([by_key[k] for k in event.targets], record["target"]) if event else False,
            "has_source": bool(record["source"]), "has_target": bool(record["target"]),
        })
    return score(rows)


def score(rows: list[dict]) -> dict:
    gold = [r["gold"] for r in rows]
    majority = Counter(gold).most_common(1)[0][0]
    with_source = [r for r in rows if r["has_source"]]
    with_target = [r for r in rows if r["has_target"]]
    return {
        "n": len(rows),
        "accuracy": sum(r["gold"] == r["pred"] for r in rows) / len(rows),
        "macro_f1": macro_f1(gold, [r["pred"] for r in rows]),
        "baseline": majority,
        "baseline_accuracy": gold.count(majority) / len(rows),
        "baseline_macro_f1": macro_f1(gold, [majority] * len(rows)),
        "source": sum(r["source"] for r in with_source) / len(with_source) if with_source else None,
        "target": sum(r["target"] for r in with_target) / len(with_target) if with_target else None,
        "confusions": Counter((r["gold"], r["pred"]) for r in rows if r["gold"] != r["pred"]).most_common(8),
    }


def macro_f1(gold: list[str], pred: list[str]) -> float:
    """Mean F1 over the gold categories."""
    scores = []
    for label in sorted(set(gold)):
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label != g for g, p in zip(gold, pred))
        fn = sum(g == label != p for g, p in zip(gold, pred))
        scores.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(scores) / len(scores)


def table(results: dict[str, dict]) -> str:
    def pct(value):
        return "–" if value is None else f"{value:.2f}"

    lines = ["| data | n | accuracy | macro-F1 | majority baseline (acc / macro-F1) | source match | target match |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in results.items():
        lines.append(f"| {name} | {r['n']} | {pct(r['accuracy'])} | {pct(r['macro_f1'])} | "
                     f"{r['baseline']}: {pct(r['baseline_accuracy'])} / {pct(r['baseline_macro_f1'])} | "
                     f"{pct(r['source'])} | {pct(r['target'])} |")
    return "\n".join(lines)


def write_section(body: str) -> None:
    """Replace (or append) the "## Events (PLOVER)" section of docs/EVALUATION.md."""
    text = DOCS.read_text() if DOCS.exists() else "# Evaluation\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.DOTALL | re.MULTILINE)
    section = f"{SECTION}\n\n{body.strip()}\n\n"
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    DOCS.parent.mkdir(exist_ok=True)
    DOCS.write_text(text.rstrip("\n") + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test", action="store_true", help="also score the PLOVER test split (report once, never tune on it)")
    parser.add_argument("--write-docs", action="store_true", help=f"write the table to the {SECTION!r} section of {DOCS}")
    args = parser.parse_args()
    results = {"PLOVER dev": evaluate(plover_records("dev")), "PETR2 (silver, all)": evaluate(petr2_records())}
    if args.test:
        results["PLOVER test"] = evaluate(plover_records("test"))
    print(table(results))
    for name, r in results.items():
        print(f"{name}: most frequent errors (gold, predicted): {r['confusions']}")
    if args.write_docs:
        rows = table(results)
        if not args.test:  # the test split is run once: keep its row from the section as it stands
            kept = [line for line in (DOCS.read_text() if DOCS.exists() else "").splitlines()
                    if line.startswith("| PLOVER test |")]
            rows = "\n".join([rows.rstrip("\n"), *kept[:1]])
        write_section("Written by `python bench/eval_plover.py --test --write-docs`.\n\n" + rows + "\n\n" + NOTES)


if __name__ == "__main__":
    main()
