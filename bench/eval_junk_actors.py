"""Junk actor mentions of issue 14's classes on a sample of unseen news (extraction only).

    python bench/eval_junk_actors.py --articles ARTICLES.jsonl [--sample 100] [--seed 14]

ARTICLES.jsonl holds one article a line ({"id", "text", ...}, the format of the
6,834-article bench corpus, not in the repository). The sample: the sorted ids of
the articles whose text holds a picture credit word ("Photo") or a social
network's name, ``random.Random(seed).sample`` of them. Each is cleaned, parsed and
extracted alone (``kg.extract.Extractor``, no recovery across articles), and the
named actor mentions of each junk class are counted:

- photo credit: a mention whose name holds "Photo" / "Photos";
- social network: a mention named after a network (the names below: this
  counts what the kinds of names of ``kg/data/name_kinds.yaml`` should catch;
  kg itself lists no network);
- number word: a name made only of number words ("Four");
- group 'people': the bare word "people" as a group;
- police with no place / police of a place: the security-forces group with no
  place, and a group named after a place ("Millbrook police").

Run it on two trees (PYTHONPATH) for a before / after; the figures are counts on
the sample, not rates.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.knowledge import groups
from kg.model import GROUP, Article
from kg.nlp.parse import load_pipeline

NETWORKS = ("Twitter", "Facebook", "Instagram", "YouTube")
_SELECT = re.compile(r"\bPhotos?\b|\b(?:" + "|".join(NETWORKS) + r")\b")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


def junk_class(name: str, kind: str, sector: str | None) -> str | None:
    if re.search(r"\bPhotos?\b", name):
        return "photo credit"
    if name in NETWORKS:
        return "social network"
    if all(word.lower() in _NUMBER_WORDS for word in name.split()):
        return "number word"
    if kind == GROUP and name.lower() == "people":
        return "group 'people'"
    if kind == GROUP and (info := groups.group(name)) is not None and info.label == "security forces":
        return "police with no place"
    if kind == GROUP and groups.group(name) is None and sector == "COP":
        return "police of a place"
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", required=True)
    parser.add_argument("--sample", type=int, default=100)
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args(argv)
    texts = {}
    with open(args.articles, encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if _SELECT.search(record["text"]):
                texts[record["id"]] = record["text"]
    ids = random.Random(args.seed).sample(sorted(texts), min(args.sample, len(texts)))
    nlp, extractor = load_pipeline(), Extractor()
    counts: Counter = Counter()
    for sid in sorted(ids):
        article = clean(Article(source_id=sid, text=texts[sid]))
        for mention in extractor(article, nlp(article.masked)).entities:
            if not (mention.nominal or mention.pronoun):
                found = junk_class(mention.name, mention.kind, mention.sector)
                if found:
                    counts[found] += 1
    print(f"{len(ids)} articles (of {len(texts)} holding 'Photo' or a network's name), seed {args.seed}:")
    for name in ("photo credit", "social network", "number word", "group 'people'", "police with no place",
                 "police of a place"):
        print(f"  {name}: {counts[name]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
