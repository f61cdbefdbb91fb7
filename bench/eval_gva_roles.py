"""Victims as targets on GVA: are the named victims of a shooting the targets of its events?

    python bench/eval_gva_roles.py --n 300 --cache DIR      # 300 dev incidents built as one folder
    python bench/eval_gva_roles.py --n 300 --show 40        # also list misses and wrong targets

GVA lists each incident's participants (victims and suspects, often with a name). The articles of
``--n`` dev incidents (the even spread of ``eval_gva_figures.incidents``) are built together as one
folder (``eval_gva_conflicts.write_folder``), as in ``bench/eval_gva_events.py``. A participant is
*named in the articles* when the last word of their gold name stands as a word in the title or
text of one of the incident's articles. An actor node *is* a participant when that word is a word
of one of its labels. The violent nodes of an incident are the Assault, Die and Injure nodes (and
their subclasses) with a mention in one of its articles. Then:

- **victim recall.** Of the named victims, the share that is a target of a violent node of their
  incident.
- **named-target precision.** In the incidents whose every gold victim has a name (one of them
  in the articles: a victim GVA leaves unnamed may be any named target), of the targets of
  violent nodes that are named persons (a Person node that is neither described nor counted: "a
  17-year-old" cannot be checked against names), counted once per (incident, actor), the share
  that is a named victim of that incident. A
  suspect, a reporter, a police officer or a relative as a target counts as wrong; so does a
  victim of another shooting that the article recalls (rare, and honest to count: GVA does not
  list them), and so does a place or an outlet the actor layer typed as a person.
- **suspects as targets / victims as agents.** Named suspects among the targets, and named
  victims among the agents, of the incident's violent nodes: roles turned round.

Tune on dev only.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from eval_gva_conflicts import write_folder  # noqa: E402  (the same folder of articles)
from eval_gva_events import violent  # noqa: E402  (the same violent classes)
from eval_gva_figures import incidents  # noqa: E402  (the same even spread over the split)
from kg.model import PERSON  # noqa: E402
from kg.pipeline.build import build  # noqa: E402


SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}


def participants(record: dict, kind: str) -> list[str | None]:
    """The last words (less a "Jr." or "III") of the gold names of the incident's participants of
    that kind (Victim, Subject-Suspect), lower-cased; None for one GVA gives no name."""
    words: list[str | None] = []
    for person in record.get("participants") or []:
        if kind not in (person.get("Type") or ""):
            continue
        name = [w for w in (person.get("Name") or "").replace(",", " ").split() if w.lower() not in SUFFIXES]
        words.append(name[-1].lower() if name else None)
    return words


def words_of(text: str) -> set[str]:
    return set(re.findall(r"[\w'-]+", text.lower()))


def evaluate(n: int, cache: Path | None, show: int = 0) -> dict:
    records = incidents(n)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "gva.jsonl"
        incident_of = write_folder(records, path)
        result = build([path], cache=cache)
    actors = {actor.key: actor for actor in result.resolved.actors}
    label_words = {key: words_of(" ".join({a.label, *a.alt_labels})) for key, a in actors.items()}
    events_of: dict[str, list] = defaultdict(list)  # incident → its violent nodes
    for event in result.resolved.events:
        if violent(event.type):
            for incident in {incident_of.get(e.source_id) for e in event.evidence} - {None}:
                events_of[incident].append(event)
    named = found = targets = right = suspects_as_targets = victims_as_agents = 0
    misses, wrong, turned = [], [], []
    for record in records:
        incident = record["incident_uri"]
        text = words_of(" ".join(f"{a.get('title') or ''} {a.get('content') or ''}" for a in record["articles"]))
        gold_victims = participants(record, "Victim")
        victims = [w for w in gold_victims if w in text]
        suspects = [w for w in participants(record, "Suspect") if w in text]
        every_victim_named = bool(victims) and None not in gold_victims
        events = events_of.get(incident, [])
        target_keys = {key for event in events for key in event.targets if key in actors}
        agent_keys = {key for event in events for key in event.agents if key in actors}
        for victim in victims:
            named += 1
            if any(victim in label_words[key] for key in target_keys):
                found += 1
            else:
                misses.append((incident, victim, sorted(actors[k].label for k in target_keys)))
        for key in target_keys:
            actor = actors[key]
            if actor.kind != PERSON or actor.described or actor.counted:
                continue
            if set(suspects) & label_words[key]:
                suspects_as_targets += 1
                turned.append((incident, "suspect as target", actor.label))
            if not every_victim_named:
                continue
            targets += 1
            if set(victims) & label_words[key]:
                right += 1
            else:
                wrong.append((incident, actor.label, victims))
        for key in (k for k in agent_keys if set(victims) & label_words[k]):
            victims_as_agents += 1
            turned.append((incident, "victim as agent", actors[key].label))
    summary = {"incidents": len(records), "named victims": named,
               "victim recall (named victims that are a target of a violent node of their incident)":
                   f"{found / named:.3f} ({found}/{named})" if named else "–",
               "named-target precision (named-person targets that are a named victim)":
                   f"{right / targets:.3f} ({right}/{targets})" if targets else "–",
               "named suspects as targets": suspects_as_targets,
               "named victims as agents": victims_as_agents}
    for incident, victim, labels in misses[:show]:
        print(f"miss {incident} {victim!r}: targets {labels}")
    for incident, label, victims in wrong[:show]:
        print(f"wrong {incident} {label!r}: victims {victims}")
    for incident, how, label in turned[:show]:
        print(f"turned {incident} {how}: {label!r}")
    return summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="dev incidents built together (0: all)")
    parser.add_argument("--cache", type=Path, default=None, help="extraction cache folder (kg build --cache)")
    parser.add_argument("--show", type=int, default=0, help="list that many misses and wrong targets")
    options = parser.parse_args()
    for key, value in evaluate(options.n, options.cache, options.show).items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
