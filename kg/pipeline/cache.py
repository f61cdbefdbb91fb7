"""A disk cache of per-article extraction records, for incremental builds.

An :class:`~kg.model.ArticleExtraction` depends only on its article (text,
mask and metadata, after batch date completion), on the spaCy pipeline and on
the extraction code and data. The cache key hashes exactly those, so a record
is reused only when a fresh parse would give the same record, and a changed
extractor, lexicon or model invalidates every entry at once:

    key = sha256(article fields, pipeline name + version, spaCy version,
                 newskg version, hash of kg/extract/*.py, kg/nlp/parse.py,
                 kg/model.py, kg/knowledge/gazetteer.py and every file in kg/data/)

Entries are pickles under ``DIR/ab/abcdef….pkl``, written atomically. A
pickle runs code when loaded: point ``--cache`` only at a folder you own.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

import spacy

from kg import __version__
from kg.model import Article, ArticleExtraction

_PACKAGE = Path(__file__).resolve().parents[1]
# The code and data an extraction record depends on (besides the article and the model).
_EXTRACTION_SOURCES = ("extract", "data", "nlp", "knowledge", "model.py")


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
        self.directory.mkdir(parents=True, exist_ok=True)
        self._context = json.dumps([model_name, model_version, spacy.__version__, __version__, code_fingerprint()])
        self.hits = 0
        self.misses = 0

    def key(self, article: Article) -> str:
        payload = json.dumps([self._context, article_fingerprint(article)], ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / f"{key}.pkl"

    def get(self, article: Article) -> ArticleExtraction | None:
        """The cached record of ``article`` (with this very Article object in it), or None."""
        try:
            with open(self._path(self.key(article)), "rb") as stream:
                extraction = pickle.load(stream)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError):
            self.misses += 1
            return None
        extraction.article = article
        self.hits += 1
        return extraction

    def put(self, extraction: ArticleExtraction) -> None:
        path = self._path(self.key(extraction.article))
        path.parent.mkdir(exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(extraction, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
