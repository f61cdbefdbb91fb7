"""A scale corpus of N articles' extraction records, made from real ones without parsing (issue 13 item 4).

    python bench/make_scale_records.py --n 100000 [--records RECORDS.jsonl] [--articles ARTICLES.jsonl] [--out OUT]

Extraction is per article and linear in the articles (one spaCy pass each);
what grows with the corpus is resolution, mapping and writing. So the scale
corpus is made of extraction records, not texts: ``RECORDS.jsonl`` is what
``bench_resolve.py --make-records`` writes for the bench corpus (6,834 real GVA
and ECB+ articles, this tree's record format), ``ARTICLES.jsonl`` that corpus,
read again as a build reads it (``kg.pipeline.build.read_articles``: cleaned,
masked, dated). ``OUT`` gets one JSON line per article, ``{"source_id",
"article", "record"}``: the article's fields (dates as ISO strings, spans as
``{start, end, text}``) and its ``kg.pipeline.records`` data. Copy 0 is the
real corpus unchanged; copy k (1, 2, ...) is every article again with:

- **Names remapped.** A *name word* is a capitalised word (two letters or
  more) of the name of a person or organisation mention (not a pronoun or a
  description) of any article, unless it is also a word of a place's or a
  country's name, or the texts hold it in lower case at least as often as
  capitalised (so "Police" and "County" are left alone, "Brown" is not). In copy k every name word,
  wherever it occurs (text, mask, title, publisher, every mention's name and
  span), becomes its image under a letter substitution of copy k: consonants
  rotated by k among the consonants, vowels by k // 21 among the vowels, case
  kept. The substitution keeps lengths, so every offset stays valid and every
  span's text is again ``text[start:end]``; it is one bijection per copy, so
  the names of one copy are as distinct and as consistent (the same person in
  two articles of a copy is still one name) as the real ones.
- **Dates moved** by k times the corpus's span of dates, in whole months
  (article dates, event, claim and time-expression dates), so that copies
  follow one another in time: each 30-day window of stories holds what the
  real corpus holds, never two copies' reports.
- **A new source id**, the MD5 of "k:" and the real id (the real ids are MD5s
  too), so copies sort among each other as a build sorts articles.

Limits, so that figures from this corpus are read honestly: it is an archive
of consecutive copies of one period, not a denser day of news (a real 100,000
articles of one day would put far more articles in each story window and
stress the story blocking more); places, countries, common words and
publishers are the same in every copy, as in a real archive, but remapped
names of organisations the gazetteer knows (and given names that its lists
of nicknames know) are unknown in the copies, so copies have somewhat more
and simpler actors than real articles would; a name word that is also a
word of an undated article can still join copies' undated stories through
the names left alone (places, common words). Texts are not re-parsed, so the
records of copy k are exactly what extraction would give only in so far as
extraction does not depend on the spelling of the names (it does a little:
gazetteer and name-list look-ups).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RECORDS = Path("/work/scale/bench3/records.jsonl")
ARTICLES = Path("/work/scale/bench3/articles-6834.jsonl")
OUT = Path("/tmp/kg-bench-scale/scale-records.jsonl")

CONSONANTS = "bcdfghjklmnpqrstvwxyz"
VOWELS = "aeiou"
WORD = re.compile(r"\w+")
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
NAMED = ("Person", "Organization")
PLACES = ("Place", "Country")


def cipher(copy: int) -> dict[int, str]:
    """The letter substitution of a copy (str.translate table), case kept."""
    if not 0 < copy < len(CONSONANTS) * len(VOWELS):
        raise SystemExit(f"copy {copy}: only {len(CONSONANTS) * len(VOWELS) - 1} distinct copies")
    c, v = copy % len(CONSONANTS), (copy // len(CONSONANTS)) % len(VOWELS)
    table = {}
    for letters, shift in ((CONSONANTS, c), (VOWELS, v)):
        for i, letter in enumerate(letters):
            image = letters[(i + shift) % len(letters)]
            table[ord(letter)], table[ord(letter.upper())] = image, image.upper()
    return table


def name_words(records: list[dict], texts: list[str]) -> frozenset[str]:
    """The words remapped in every copy (see the module docstring)."""
    named, placed = set(), set()
    for line in records:
        for m in line["record"]["entities"]:
            if m["pronoun"] or m["nominal"]:
                continue
            words = {w for w in WORD.findall(m["name"]) if len(w) > 1 and w[0].isupper()}
            if m["kind"] in NAMED:
                named |= words
            elif m["kind"] in PLACES:
                placed |= words
    counts = Counter()
    for text in texts:
        counts.update(WORD.findall(text))
    return frozenset(w for w in named - placed if counts[w] > counts[w.lower()])


def shift_date(value: str, months: int) -> str:
    d = date.fromisoformat(value)
    month = d.month - 1 + months
    year, month = d.year + month // 12, month % 12 + 1
    for day in (d.day, 30, 29, 28):  # the 31st of a shorter month: its last day
        try:
            return date(year, month, day).isoformat()
        except ValueError:
            continue
    raise AssertionError(value)


class Copy:
    """What changes in copy k: words through the cipher, dates by whole months."""

    def __init__(self, copy: int, words: frozenset[str], months: int) -> None:
        self.copy, self.words, self.months = copy, words, months
        self.table = cipher(copy) if copy else None

    def text(self, value: str | None) -> str | None:
        if not value or self.table is None:
            return value
        return WORD.sub(lambda m: m.group().translate(self.table) if m.group() in self.words else m.group(), value)

    def date(self, value: str | None) -> str | None:
        return shift_date(value, self.months * self.copy) if value and self.copy else value

    def source_id(self, source_id: str) -> str:
        return hashlib.md5(f"{self.copy}:{source_id}".encode()).hexdigest() if self.copy else source_id

    def data(self, value, text: str):
        """The record data with every span re-read from the copy's text, names remapped, dates moved."""
        if isinstance(value, list):
            return [self.data(item, text) for item in value]
        if not isinstance(value, dict):
            return value
        if value.keys() == {"start", "end", "text"}:
            return {**value, "text": text[value["start"]:value["end"]]}
        out = {}
        for key, item in value.items():
            if key in ("date", "value") and isinstance(item, str) and ISO_DATE.fullmatch(item):
                out[key] = self.date(item)
            elif key in ("name", "title") and isinstance(item, str):
                out[key] = self.text(item)
            elif key == "things":
                out[key] = [self.text(thing) for thing in item]
            else:
                out[key] = self.data(item, text)
        return out


def article_data(article) -> dict:
    """An Article's fields as JSON data (read back by ``read_article``)."""
    def span(s):
        return None if s is None else {"start": s.start, "end": s.end, "text": s.text}

    return {"source_id": article.source_id, "text": article.text,
            "masked": "" if article.masked == article.text else article.masked,
            "date": article.date.isoformat() if article.date else None, "date_span": span(article.date_span),
            "title": article.title, "url": article.url, "publisher": article.publisher,
            "publisher_span": span(article.publisher_span)}


def read_article(data: dict):
    """The Article of ``article_data``."""
    from kg.model import Article, Span

    def span(s):
        return None if s is None else Span(s["start"], s["end"], s["text"])

    return Article(data["source_id"], data["text"], data["masked"],
                   date.fromisoformat(data["date"]) if data["date"] else None, span(data["date_span"]),
                   data["title"], data["url"], data["publisher"], span(data["publisher_span"]))


def copy_article(article: dict, k: Copy) -> dict:
    text = k.text(article["text"])
    masked = article["masked"]
    if masked and k.table is not None:  # the mask keeps the copy's letters wherever it kept the text's
        masked = "".join(t if m == o else m for t, m, o in zip(text, masked, article["text"]))
    out = dict(article, source_id=k.source_id(article["source_id"]), text=text, masked=masked,
               date=k.date(article["date"]), title=k.text(article["title"]), publisher=k.text(article["publisher"]))
    for key in ("date_span", "publisher_span"):
        if out[key]:
            out[key] = dict(out[key], text=text[out[key]["start"]:out[key]["end"]])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=100_000, help="articles to make")
    parser.add_argument("--records", type=Path, default=RECORDS)
    parser.add_argument("--articles", type=Path, default=ARTICLES)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    sys.path.insert(0, str(REPO))
    from kg.pipeline.build import read_articles

    articles = {a.source_id: article_data(a) for a in read_articles([args.articles], [], [])}
    with args.records.open(encoding="utf-8") as lines:
        records = [json.loads(line) for line in lines]
    records.sort(key=lambda line: line["source_id"])  # the order a build resolves them in
    words = name_words(records, [a["text"] for a in articles.values()])
    dates = sorted(a["date"] for a in articles.values() if a["date"])
    first, last = date.fromisoformat(dates[0]), date.fromisoformat(dates[-1])
    months = (last.year - first.year) * 12 + last.month - first.month + 2  # the span, and a month apart
    print(f"{len(records)} records, {len(words)} name words, dates {first} to {last}: copies {months} months apart",
          flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    made = 0
    with tmp.open("w", encoding="utf-8") as out:
        for copy in range(-(-args.n // len(records))):
            k = Copy(copy, words, months)
            for line in records[: args.n - made]:
                article = copy_article(articles[line["source_id"]], k)
                record = k.data(line["record"], article["text"])
                out.write(json.dumps({"source_id": article["source_id"], "article": article, "record": record},
                                     ensure_ascii=False) + "\n")
                made += 1
            print(f"copy {copy}: {made} articles", flush=True)
    tmp.replace(args.out)
    print(f"{args.out}: {made} articles")


if __name__ == "__main__":
    main()
