"""A disk cache of per-article extraction records, for incremental builds.

An :class:`~kg.model.ArticleExtraction` depends only on its article (text,
mask and metadata, after batch date completion), on the spaCy pipeline and on
the extraction code and data. The cache key hashes exactly those, so a record
is reused only when a fresh parse would give the same record, and a changed
extractor, lexicon or model invalidates every entry at once:

    key = sha256(article fields, pipeline name + version, spaCy version,
                 newskg version, hash of every file in kg/extract/, kg/nlp/,
                 kg/knowledge/ and kg/data/, of kg/model.py and of the
                 record format kg/pipeline/records.py)

Each entry is one file ``DIR/ab/abcdef….json``, written atomically and
durably (:mod:`kg.system.files`): a header line ``{"key": …, "sha256": …}`` and then
the record as JSON (:mod:`kg.pipeline.records`, plain data: loading an entry
cannot run code). An entry is used only when its header names the key asked
for and its body hashes to the header's sha256; anything else (a flipped
byte, a truncated or foreign file, an entry copied under another key, a
record that does not decode) is a miss, and the fresh record replaces it:
the cache heals itself.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path

import spacy

from kg import __version__
from kg.system.files import atomic_write
from kg.errors import InputError
from kg.pipeline import records
from kg.model import Article, ArticleExtraction

_PACKAGE = Path(__file__).resolve().parents[1]
# The code and data an extraction record depends on (besides the article and the model).
_EXTRACTION_SOURCES = ("extract", "data", "nlp", "knowledge", "model.py", "pipeline/records.py")


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the extraction code and data files shipped in the package."""
    digest = hashlib.sha256()
    for name in _EXTRACTION_SOURCES:
        root = _PACKAGE / name
        files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix != ".pyc") if root.is_dir() else [root]
        for path in files:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def article_fingerprint(article: Article) -> dict:
    """Every field of an article that can change what is extracted from it."""
    def span(s):
        return None if s is None else [s.start, s.end, s.text]

    return {
        "source_id": article.source_id, "text": article.text, "masked": article.masked,
        "date": article.date.isoformat() if article.date else None, "date_span": span(article.date_span),
        "title": article.title, "url": article.url, "publisher": article.publisher,
        "publisher_span": span(article.publisher_span),
    }


class ExtractionCache:
    """Per-article extraction records on disk, keyed by article, model and code."""

    def __init__(self, directory: Path | str, model_name: str, model_version: str) -> None:
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"{directory}: cannot use as a cache folder: {error.strerror or error}") from error
        self._context = json.dumps([model_name, model_version, spacy.__version__, __version__, code_fingerprint()])
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        payload = json.dumps([self._context, article_fingerprint(article)], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.json"

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached record of ``article`` (with this very Article object in it), or None."""
        key = self.key(article)
        try:
            extraction = _decode_entry(self._path(key).read_bytes(), key)
        except (OSError, ValueError, TypeError, KeyError, RecursionError):
            extraction = None
        if extraction is None:
            self.misses += 1
            return None
        extraction.article = article
        self.hits += 1
        return extraction

    def put(self, extraction: ArticleExtraction) -> None:
        key = self.key(extraction.article)
        body = json.dumps(records.to_data(extraction), ensure_ascii=False, sort_keys=True,
                          separators=(",", ":")).encode("utf-8")
        header = json.dumps({"key": key, "sha256": hashlib.sha256(body).hexdigest()}).encode("ascii")
        atomic_write(self._path(key), header + b"\n" + body)


def _decode_entry(data: bytes, key: str) -> ArticleExtraction | None:
    """The record in an entry's bytes, or None when the entry is not the intact entry of ``key``."""
    header, newline, body = data.partition(b"\n")
    if not newline:
        return None
    fields = json.loads(header)
    if not isinstance(fields, dict) or fields.get("key") != key \
            or fields.get("sha256") != hashlib.sha256(body).hexdigest():
        return None
    return records.from_data(json.loads(body))
