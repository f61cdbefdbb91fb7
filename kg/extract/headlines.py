"""Names in headlines: where NER runs a name into the words around it.

A headline capitalises every word ("Fred Marlowe Dies at 75", "Kestrels Hire
Dana Whitcombe as Head Coach"), so the small English NER model often reads
the verb as part of the name. ``NamePieces`` cuts an entity's token range
into the names it holds:

- in a title-case line, into the names the body writes, left to right and
  longest first, when every word left out is a headline word (a verb form,
  or a word the body never writes with a capital): "Marion Calloway Dead" →
  "Marion Calloway", "EMGA Celebrates Nomination of Corinne Hallam" → "EMGA",
  "Corinne Hallam";
- otherwise (a word that is no headline word cannot begin such a name: one
  in mixed case, as "McTavish"), before a verb (a finite verb by its tag, or an
  inflected verb form the parser takes as a verb or the clause's root, or
  one between two capitalised words: "Ashdown Nominates Corinne Hallam"),
  when the article's other lines write the words before it as a name and
  never with the verb ("Fred Marlowe …", never "Fred Marlowe Dies"): a verb-like
  word that belongs to the name ("The Elmford Times", "Riverton Bulls") is
  written with it in the body too;
- in a title-case line, a person or organisation none of whose words the
  body writes with a capital is dropped ("Elmford Inmate Flees Transport Bus
  Near Harlow": "Transport Bus Near");
- anywhere, at a dash between spaces ("Marion Calloway - Marion Calloway");
- a leading role noun or job of ``kg/data/person_roles.yaml`` goes from a person's
  name ("Comedian Lena Ashcombe").

Whether a word is a verb form comes from the pipeline's own lemmatizer
tables (the English pipelines' rule lemmatizer: a WordNet index of verb
lemmas, suffix rules, irregular forms), which ``kg.nlp.parse.load_pipeline``
shares on the vocabulary. A pipeline without them cuts at dashes only.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from spacy.tokens import Doc, Span as SpacySpan, Token
from spacy.vocab import Vocab

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_RUN = re.compile(r"\w+")
_DASHES = {"-", "–", "—"}
# A line is a headline when at least this share of its longer words is capitalised.
_TITLE_SHARE = 0.8
_FINITE_TAGS = {"VBZ", "VBD", "VBP", "VBN"}


class VerbForms:
    """Is this word an inflected or base form of an English verb? From lemmatizer tables."""

    def __init__(self, index: set[str], rules: list[tuple[str, str]], irregular: dict[str, list[str]]) -> None:
        self.index = index
        self.rules = rules
        self.irregular = irregular

    @classmethod
    def of(cls, vocab: Vocab) -> VerbForms | None:
        return _verb_forms(vocab)

    def inflected(self, word: str) -> bool:
        """A verb with an ending: "dies", "checks", "launched", "caught" (not the base "price")."""
        word = word.lower()
        if word in self.irregular:
            return True
        return any(word.endswith(old) and len(word) > len(old) + 1 and word[: len(word) - len(old)] + new in self.index
                   for old, new in self.rules)

    def base_or_inflected(self, word: str) -> bool:
        return word.lower() in self.index or self.inflected(word)


@lru_cache(maxsize=8)
def _verb_forms(vocab: Vocab) -> VerbForms | None:
    lookups = vocab.lookups
    if not all(lookups.has_table(name) for name in ("lemma_index", "lemma_rules", "lemma_exc")):
        return None
    index = lookups.get_table("lemma_index").get("verb")
    rules = lookups.get_table("lemma_rules").get("verb")
    irregular = lookups.get_table("lemma_exc").get("verb")
    if not index or not rules:
        return None
    return VerbForms(set(index), [(old, new) for old, new in rules], dict(irregular or {}))


class NamePieces:
    """Cuts the NER entities of one Doc into names (see the module's docstring)."""

    def __init__(self, doc: Doc, roles: dict, text: str | None = None) -> None:
        """``text``: the Doc's text when the caller has it (the ``Article.masked`` it was parsed from)."""
        self.doc = doc
        self.roles = roles
        self.verbs = VerbForms.of(doc.vocab)
        self._lines: list[tuple[int, int, bool]] | None = None  # (start, end, title case) per line
        self._line_starts: list[int] | None = None
        self._body: str | None = None
        self._text = text  # Doc.text joins every token: at most once per Doc, not per use
        self._runs: dict[str, list[int]] | None = None  # word → where the body writes it
        self._found: dict[str, bool] = {}  # words → whether the body writes them

    def __call__(self, span: SpacySpan) -> list[tuple[int, int]]:
        """The token ranges of the names an entity span holds (usually just its own)."""
        pieces = _split_at_dashes(span.start, span.end, self.doc)
        if self.body().strip() and self.in_title_line(self.doc[span.start].idx):
            pieces = [piece for start, end in pieces for piece in self._split_by_body(start, end)]
            if span.label_ in ("PERSON", "ORG"):
                pieces = [(start, end) for start, end in pieces if self._capitalised_in_body(start, end)]
        if span.label_ == "PERSON":
            pieces = [self._without_role(start, end) for start, end in pieces]
        return pieces

    def lines(self) -> list[tuple[int, int, bool]]:
        if self._lines is None:
            self._lines, start = [], 0
            for line in self.text().split("\n"):
                words = [w for w in _WORD.findall(line) if len(w) > 3]
                # A headline has no full stop at its end; a sentence dense with names has one.
                title = len(words) >= 2 and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words) \
                    and not line.rstrip().endswith((".", "!", "?"))
                self._lines.append((start, start + len(line), title))
                start += len(line) + 1
        return self._lines

    def text(self) -> str:
        if self._text is None:
            self._text = self.doc.text
        return self._text

    def in_title_line(self, char: int) -> bool:
        """Whether the line holding character ``char`` is written in title case (or in capitals),
        without a full stop at its end. Lines follow one another, so the line is found by
        bisection on their starts, not by a scan of every line (quadratic on a long article)."""
        if self._line_starts is None:
            self._line_starts = [start for start, _, _ in self.lines()]
        at = bisect_right(self._line_starts, char) - 1
        if at < 0:
            return False
        _, end, title = self.lines()[at]
        return char <= end and title

    def body(self) -> str:
        """The text of the lines that are not in title case, where names are written as names."""
        if self._body is None:
            text = self.text()
            self._body = "\n".join(text[start:end] for start, end, title in self.lines() if not title)
        return self._body

    def _in_body(self, words: str) -> bool:
        """Whether the body writes ``words`` as whole words (asked once per words and Doc: cutting
        a headline entity asks about the same words several times)."""
        found = self._found.get(words)
        if found is None:
            found = self._found[words] = self._search_body(words)
        return found

    def _search_body(self, words: str) -> bool:
        r"""``re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", body)``, without reading the
        whole body per question (quadratic on a long article): a match of words that begin with
        a word character starts where the body's run of word characters equal to their first
        run starts, so only those places are tried (the runs are indexed once per Doc)."""
        body = self.body()
        first = _RUN.match(words)
        if first is None:
            return re.search(r"(?<!\w)" + re.escape(words) + r"(?!\w)", body) is not None
        if self._runs is None:
            self._runs = {}
            for run in _RUN.finditer(body):
                self._runs.setdefault(run.group(), []).append(run.start())
        return any(body.startswith(words, at) and not _RUN.match(body, at + len(words))
                   for at in self._runs.get(first.group(), ()))

    def _named_in_body(self, start: int, end: int) -> bool:
        return self._in_body(self.doc[start:end].text)

    def _capitalised_in_body(self, start: int, end: int) -> bool:
        """Whether the body writes a word of the name with a capital: a person or organisation a
        headline names is named again below it; "Transport Bus Near", "Flood Deaths 'Preventable'" are
        headline words NER took for a name."""
        words = {t.text for t in self.doc[start:end] if t.is_alpha and len(t.text) > 2 and t.text[0].isupper()}
        return any(self._in_body(word) for word in words)

    def _split_by_body(self, start: int, end: int) -> list[tuple[int, int]]:
        """The names the body writes that the entity holds, left to right, longest first
        ("Marion Calloway Dead" → "Marion Calloway"; "EMGA Celebrates Nomination of Corinne
        Hallam" → "EMGA", "Corinne Hallam"), when every word left out is a headline word: a
        verb form, or a word the body never writes with its capital. When a word that is no
        headline word cannot begin such a name (one written in mixed case, as "McTavish
        Scores 23"), the entity is cut at its verbs only (``_split_at_verbs``)."""
        if self._named_in_body(start, end):
            return [(start, end)]
        pieces, first = [], start
        while first < end:
            last = next((last for last in range(end, first, -1) if self._is_name(first, last)), None)
            if last is None:
                if not self._headline_word(self.doc[first]):
                    return self._split_at_verbs(start, end)
                first += 1
                continue
            pieces.append((first, last))
            first = last
        return pieces or self._split_at_verbs(start, end)

    def _is_name(self, start: int, end: int) -> bool:
        """A range that begins with a capital, does not end in a lowercase word, and that the body writes."""
        return (self.doc[start].is_title or self.doc[start].is_upper) and not self.doc[end - 1].is_lower \
            and self._named_in_body(start, end)

    def _headline_word(self, token: Token) -> bool:
        """A word of the headline that is no name: punctuation, a lowercase word, a verb form
        ("Dies", "Check", "Beat"), or a word the body never writes with its capital ("Dead")."""
        return not token.is_alpha or token.is_lower or not self._in_body(token.text) or (
            self.verbs is not None and self.verbs.base_or_inflected(token.text))

    def _split_at_verbs(self, start: int, end: int) -> list[tuple[int, int]]:
        """Cut before a headline verb when the body names the words before it without it
        ("Fred Marlowe" but never "Fred Marlowe Dies"); what follows the verb is a name of its own."""
        if self.verbs is None:
            return [(start, end)]
        pieces, first = [], start
        if end - start > 1 and _is_verb(self.doc[start], self.verbs, self.doc[start + 1].is_title) \
                and self._named_in_body(start + 1, end) and not self._named_in_body(start, end):
            first = start + 1  # "Nominates Corinne Hallam": NER began the name at the verb
        for i in range(first + 1, end):
            between = i + 1 < end and self.doc[i + 1].is_title and self.doc[i - 1].is_title
            if _is_verb(self.doc[i], self.verbs, between) and self._named_in_body(first, i) \
                    and not self._named_in_body(first, i + 1):
                pieces.append((first, i))
                first = i + 1
        pieces.append((first, end))
        return [(s, e) for s, e in pieces if s < e]

    def _without_role(self, start: int, end: int) -> tuple[int, int]:
        """ "Comedian Lena Ashcombe" → "Lena Ashcombe": a role noun before a person's name."""
        doc = self.doc
        if end - start >= 2 and doc[start].lower_ in self.roles and doc[start + 1].pos_ == "PROPN" \
                and doc[start + 1].is_title:
            return start + 1, end
        return start, end


def _split_at_dashes(start: int, end: int, doc: Doc) -> list[tuple[int, int]]:
    pieces, first = [], start
    for i in range(start + 1, end - 1):
        token = doc[i]
        if token.text in _DASHES and doc[i - 1].whitespace_ and token.whitespace_:
            pieces.append((first, i))
            first = i + 1
    pieces.append((first, end))
    return [(s, e) for s, e in pieces if s < e]


def _is_verb(token: Token, verbs: VerbForms, between_names: bool) -> bool:
    if not token.is_title and not token.is_upper:
        return False
    if token.tag_ in _FINITE_TAGS:
        return verbs.base_or_inflected(token.text)
    if token.pos_ == "VERB" or token.dep_ == "ROOT":
        return verbs.inflected(token.text)
    # "Ashdown Nominates Corinne Hallam": a third-person verb between two names, whatever the tag.
    return between_names and verbs.inflected(token.text) and token.lower_.endswith("s")
