"""Direct quotes and who said them.

A quote is a stretch of text between quotation marks (straight ``"`` or curly
“ ” ‘ ’) that is attributed to a speaker. The rules, in the order they apply:

1. **Stretches.** Quotation marks are paired within a paragraph (a line of
   the text). An opening mark that is never closed runs to the end of its
   paragraph and no further, so an unbalanced mark cannot swallow the
   article; but when the next line's first quotation mark closes, the
   quote goes on to it (text set one sentence a line). Single quotation marks inside double ones (a quote within a
   quote) are part of the outer stretch. A straight mark opens a quote only
   right before a word; while a quote is open, one set off by spaces on both
   sides closes it (an article that spaces its marks, ``admitted that " a few
   users " were unhappy``: the narration after the second mark is no quote).
   A quoted nickname inside a name
   (``Ann "Annie" Lark``: one or two capitalised words between capitalised
   words) is no quote and ends no attribution clause. The span is the quoted words
   without the marks and without a trailing comma, colon or semicolon.
2. **Cue.** A reporting verb or phrase from ``kg/data/attribution_cues.yaml``
   outside the quotation marks, the first of:
   - in a clause that *introduces* the quote and ends with a colon or a
     comma right after the verb (``X said in a statement:`` also at the end
     of the previous paragraph; ``Doe boasted, "…"``; ``Doe said in an
     interview with a radio station on Sunday, "…"``, the words between the
     verb and a far comma all its own modifiers; never a verb of a relative
     clause, "the impact it said the plan would have:"); before a colon, a
     statement noun a verb takes as its object (``speech_nouns``: ``X made
     the following comment:``), also before a comma when it is the last
     word or followed only by its own or its verb's modifiers (``X left this
     farewell, "…"``, ``X extended an invitation to the band, "…"``), and
     before a colon a document its subject issues (``documents``,
     ``issuing_verbs``: ``X sent out the following tweet:``). A dash set off
     by spaces opens the quote as a colon does (``X agreed with the defence
     that … - "…"``, ``X sent an email to staff - "…"``);
   - *after* the stretch, in the same clause (``"…," he added.``,
     ``"…?" Clinton asked.``, ``"…," said Macron.``); not when the quoted
     words end with a full stop, which closes the sentence, nor when the
     clause opens with a conjunction (``"…," but stopped short of calling
     it …``: a clause of its own);
   - *before* the stretch, in the same sentence, when the parse puts the
     quoted words in the verb's clause (a partial quote:
     ``He said it would stay "for a limited period"``), or the verb is a
     parenthetical clause of the verb that has them (``In office, X said,
     most voters came to believe "…"``).
3. **Continuation.** A stretch with no cue of its own that follows an
   attributed stretch with nothing but that stretch's attribution clause
   between them (the second half of a split quote, or the next paragraph
   of a long quote) gets the same speaker and cue. A split quote
   ``"…," he added. "…"`` is therefore two quotes with one speaker: one
   QuoteMention per quoted stretch, so every span is the words as printed.
4. **Scare quotes.** A stretch of fewer than four words is a quote only when
   syntax says it is reported speech: it ends with a comma, ``!`` or ``?``
   and an attribution clause follows at once (``"We will," he said.``), not
   when the sentence before takes the quoted words as a noun (``denied the
   existence of a "Xgate," saying …``: a term) or only a participle of the
   narration follows; or
   a cue clause ending with a colon introduces it (``He said: "Never."``);
   or it is the object or complement of a cue verb that has a subject
   (``X called them "terrorist groups"``, ``X described it as
   "unhinged"``), or the complement of the verb of a clause the cue verb
   reports (``X said the plan was "dead on arrival"``), a quoted name (all
   proper nouns: ``told a station's "Morning Call"``) excepted; or it is
   the rest of a split quote in the same paragraph (``"…," he said, "for
   good."``, rule 3). A quoted subject, modifier or adverbial, or a quoted
   verb of the reported clause, is a scare quote: ``26 "armed criminals"``,
   ``had been "liquidated"``, ``a "peacekeeping" force`` are not quotes. A
   stretch of four words or more is a quote even when no speaker is found
   (speaker None), but with no cue at all only when it reads as someone's
   words: a finite verb of its own, or a sentence standing alone; a quoted
   title or name inside a sentence (``the conference, titled "The Future of
   Work in Europe"``) is no quote, nor is a quoted subject of its cue verb
   (``"…" was written by X``) unless the verb has a subject outside the
   marks too (a parse slip: ``"…," the adviser said``). A describing verb (``describing_verbs``:
   praise, hail, criticise…) is a cue only with an "as" complement: ``was
   praised by X as "…"``, or as the second of two objects (``X branded the
   plan a "…"``); a verb of ``describing_prepositions`` with its own
   preposition (``X accused him of "…"``, ``X likened it to "…"``).
5. **Speaker.** The subject of the speech verb (the object of a relay verb:
   "his office quoted *him*"; the object of "according to"; the "by" agent of
   a passive cue; the antecedent of a relative "who"; for a statement or
   document, its issuer: "according to a statement on X's website", "a
   Reuters report said"; "the report said" after "a Reuters report": the
   issuer of the last report named before; the author of a document is the
   subject of a verb of ``issuing_verbs`` that has it as object, "“…,” the
   letter reads" after "X sent a letter", or of the verb whose subject
   writes "in" it, "X resigned in a letter stating, “…”"; "According to X
   police told her" with no comma: the police, the noun the parse took into
   the object of "according to"; a passive "as" participle with no "by"
   agent, the issuer of the document it is "on" or "in", "“…,” as stated on
   X's website", else no one, never the subject of its clause), mapped to the
   EntityMention whose span overlaps the subject's head (or a name attached
   to it; a bare surname the mentions miss takes the last Person mention
   ending with it; a title the parse made the subject, with the person named
   at the end of its phrase after a preposition and the institution's words,
   takes that person: "Harbour Commissioner for Trade Lena Vrost said"; a
   title the parse made the subject, with the person's name in apposition,
   "The chief executive Lena Vrost said", or after "and" and a second title,
   "The president and CEO Lena Vrost said", takes that person).
   A subject inside quotation marks is a word of the quote, never its
   speaker; a participle right after a reporting verb and its
   comma ("X said, adding …", "X said, going on to say …") takes that
   verb's subject, and so does one set off by a comma from a reported clause
   whose subject can say nothing ("X stated that there was a chance of more,
   saying, …"; "Police said Doe stormed out, shouting …" stays Doe's), a participle adjunct the subject of its clause, active or
   passive ("After saying …, she was taken …"), and so does one the parse hung from a preposition with
   the medium as its subject ("posted a message on Facebook saying, …");
   a past tense the parse read as a participle after a noun, with no
   auxiliary or "by" ("A family friend posted on Facebook: …", a reduced
   relative to the parser), takes that noun when it is a mention of a
   person or an organisation; a verb left with no subject outside the marks takes the
   name right before it or, failing that, the name right after the closing
   mark ('"…," Jane Doe, an adviser, said'); an inverted verb opening its
   sentence takes the name right after it ("Said Doe: “…”"). A participle
   right after a name that is what a verb shows or what footage is of
   ("footage of Jane Doe asking, “…”") is that person's. "The" and a common
   noun that is a word of the name of exactly one organisation named
   earlier ("the commission" after "the Harbor Transit Commission") is
   that organisation; a noun of a kind of organisation that no name has
   ("the union", ``kg/data/name_kinds.yaml``) is the last organisation named
   as a subject in its paragraph or the one before. A pronoun takes its
   syntactic antecedent when that is of its kind; right after a quote
   ('"…," he said') the speaker of the quote before, in its paragraph or the
   one before, when no named subject of its kind comes between and the
   speaker's gender (a he/she already resolved to them) fits, or is unknown
   and no other person is named between; else the pronoun mention's
   ``refers_to`` when the actor extractor gave one, otherwise the nearest
   preceding named subject or speaker of a compatible kind: he/she → a Person, it/they → an
   Organization, Group or Country (a one-word organisation that is the
   surname of a person named in full, "Hale" after "Jon Hale", counts as a
   person: NER typing slips). When no mention fits the speaker is None:
   no guess.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import DEP, ORTH
from spacy.tokens import Doc, Token

from kg.extract.overlaps import MentionsByOffset, Ranges
from kg.extract.syntax import dotted_title_before_name
from kg.model import (
    COUNTRY,
    GROUP,
    ORGANIZATION,
    PERSON,
    Article,
    EntityMention,
    QuoteMention,
    Span,
)
from kg.nlp.parse import char_span, positions, positions_of
from kg.knowledge.gazetteer import Gazetteer
from kg.knowledge.resources import data_yaml

MIN_QUOTE_WORDS = 4
_NAME_WORDS = re.compile(r"\w+")
SUBJECT_DEPS = ("nsubj",)
NAME_DEPS = ("appos", "compound", "flat")
CLIMB_DEPS = ("conj", "xcomp", "advcl", "pcomp", "prep", "acl")
# How a short quoted phrase hangs from the verb that says it (or from the verb of the clause said).
SAID_DEPS = ("dobj", "oprd", "attr", "acomp")
PERSON_PRONOUNS = {"he", "him", "she", "her"}
COLLECTIVE_PRONOUNS = {"it", "they", "them"}
_GENDERS = {"he": "m", "him": "m", "she": "f", "her": "f"}
COLLECTIVE_KINDS = (ORGANIZATION, GROUP, COUNTRY)
# Relative pronouns that stand for a person, never for an organisation or a place.
PERSONAL_RELATIVES = ("who", "whom")
# Names of what is no person: "who" never stands for them.
_NOT_PERSON_ENTITIES = ("ORG", "GPE", "LOC", "FAC", "NORP")
TRAILING_PUNCT = " \t\n,;:"
_DASHES = ("-", "–", "—")
_PARAGRAPH_BREAK = re.compile(r"\n\s*")


@dataclass(frozen=True)
class AttributionCues:
    speech_verbs: frozenset[str]
    after_quote_verbs: frozenset[str]
    relay_verbs: frozenset[str]
    prepositions: tuple[tuple[str, ...], ...]
    spokespeople: frozenset[str]
    speech_nouns: frozenset[str] = frozenset()
    describing_verbs: frozenset[str] = frozenset()  # a cue only with "as “…”": "praised him as “…”"
    documents: frozenset[str] = frozenset()  # "according to a report by X": X issued it
    collectives: frozenset[str] = frozenset()  # "the family said": a group that speaks as one
    # a describing verb's own preposition before the quoted words: "accused X of “…”"
    describing_prepositions: dict[str, str] = field(default_factory=dict)
    # "X sent a letter": the subject of one of these wrote the document that is its object
    issuing_verbs: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def attribution_cues() -> AttributionCues:
    """The cue lexicon shipped in ``kg/data/attribution_cues.yaml``."""
    data = data_yaml("attribution_cues.yaml")
    return AttributionCues(
        speech_verbs=frozenset(data["speech_verbs"]),
        after_quote_verbs=frozenset(data["after_quote_verbs"]),
        relay_verbs=frozenset(data["relay_verbs"]),
        prepositions=tuple(tuple(words) for words in data["prepositions"]),
        spokespeople=frozenset(data["spokespeople"]),
        speech_nouns=frozenset(data["speech_nouns"]),
        describing_verbs=frozenset(data["describing_verbs"]),
        documents=frozenset(data["documents"]),
        collectives=frozenset(data["collectives"]),
        describing_prepositions=dict(data["describing_prepositions"]),
        issuing_verbs=frozenset(data["issuing_verbs"]),
    )


def issuer(source: Token | None) -> Token | None:
    """Who issued the statement or document a source names: "according to a statement on X's
    website", "a report by X", "X's post", "a statement from X", "an X report" → X; else the
    source itself."""
    cues = attribution_cues()
    seen = 0
    token = source
    while token is not None and seen < 3 and token.lemma_.lower() in cues.speech_nouns | cues.documents:
        seen += 1
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:  # "a Reuters report", "the Harlow Mills website"
            owner = next((c for c in reversed(list(token.lefts)) if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if owner is None:
            owner = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                          for g in c.children if g.dep_ == "pobj"), None)
        if owner is None:  # "a statement posted on its website by X"
            owner = next((g for c in token.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"
                          for g in a.children if g.dep_ == "pobj"), None)
        if owner is None:  # "a group of parents sent a letter", "X resigned in a letter"
            owner = _author(token)
        if owner is not None and owner.tag_ != "PRP$":
            return owner
        token = next((g for c in token.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                      for g in c.children if g.dep_ == "pobj"), None)  # "on X's website"
    return source


def _author(document: Token) -> Token | None:
    """The subject of the verb that issues ``document`` as its object ("a group of parents sent a
    letter", ``issuing_verbs``) or writes in it ("X resigned in a letter"); None for other verbs
    ("police obtained a letter": no author)."""
    verb = document.head
    if document.dep_ == "pobj" and verb.lower_ == "in" and verb.dep_ == "prep":
        verb = verb.head
    elif document.dep_ != "dobj" or verb.lemma_.lower() not in attribution_cues().issuing_verbs:
        return None
    if verb.pos_ != "VERB":
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


@dataclass(frozen=True)
class QuotedStretch:
    """Words between a pair of quotation marks, or from an unclosed mark to the paragraph end."""

    open_mark: int  # offset of the opening mark
    close_mark: int  # offset of the closing mark; the paragraph end when unclosed
    start: int  # the quoted words, marks and trailing commas excluded
    end: int
    closed: bool
    last_char: str  # the last non-space character inside the marks


@dataclass(frozen=True)
class Attribution:
    """One quote with its evidence: what ``extract_quotes`` keeps, plus the subject as written."""

    quote: Span
    cue: Span | None
    source: Span | None  # the speaker's subject phrase as written ("he", "President X")
    speaker: str | None  # EntityMention key


def extract_quotes(doc: Doc, article: Article, entities: list[EntityMention]) -> list[QuoteMention]:
    """Direct quotes of ``article`` (parsed as ``doc``) with their speakers among ``entities``."""
    return [
        QuoteMention(key=f"q{number}", span=found.quote, speaker=found.speaker, cue=found.cue)
        for number, found in enumerate(find_attributions(doc, article, entities), start=1)
    ]


def find_attributions(doc: Doc, article: Article, entities: list[EntityMention]) -> list[Attribution]:
    """The quotes of ``extract_quotes`` with the subject phrase of each (for evaluation)."""
    text = article.masked
    stretches = quoted_stretches(text)
    inside = Ranges([(s.open_mark, s.close_mark + 1) for s in stretches])
    boundaries = _sentence_boundaries(doc, text, stretches)
    speakers = _SpeakerFinder(doc, article.text, entities, inside)
    found: list[Attribution] = []
    previous: tuple[QuotedStretch, Attribution, int] | None = None
    for stretch in stretches:
        if _nickname(text, stretch):
            continue  # 'Ann "Annie" Lark': part of a name, no one's words
        words = len(text[stretch.start : stretch.end].split())
        lead = _lead(text, stretch, boundaries)
        cue, after = _cue_introducing(doc, text, lead, stretch, inside), None
        if cue is None:
            cue, after = _cue_after(doc, text, stretch, stretches, inside, boundaries)
        if cue is None and words >= MIN_QUOTE_WORDS:
            cue = _cue_governing(doc, lead, stretch, inside) or _cue_as(doc, lead, stretch, inside)
        if cue is not None and _subject_of(doc, stretch, cue):
            continue  # '“Harbour Lights” was written by …': a quoted subject is what is spoken of
        if words < MIN_QUOTE_WORDS and not (
            cue is not None and after is not None and _is_attribution_clause(doc, stretch, cue)
            or cue is not None and after is None and text[lead[0] : lead[1]].rstrip().endswith(":")
        ):
            # A short stretch is speech only when syntax says so (module docstring, rule 4).
            cue, after = _cue_taking(doc, lead, stretch, inside), None
            if cue is None and not _split_off(text, previous, stretch):
                continue
        quote = char_span(stretch.start, stretch.end, article.text)
        label = _speaker_label(text, stretch)
        if cue is not None:
            source, speaker = speakers.speaker_of(cue)
            attribution = Attribution(quote, _cue_span(cue, article.text), source, speaker)
        elif (signature := _signature(text, stretch)) is not None:
            dash, name = signature
            source = char_span(*name, article.text)
            attribution = Attribution(quote, char_span(*dash, article.text), source, speakers.named(*name))
            after = name[1]
        elif label is not None:
            quote = char_span(label[1] + 1, stretch.end, article.text)
            quote = char_span(quote.start + len(quote.text) - len(quote.text.lstrip()), stretch.end, article.text)
            source = char_span(*label, article.text)
            attribution = Attribution(quote, char_span(label[1], label[1] + 1, article.text), source,
                                      speakers.labelled(source.text, stretch.open_mark))
        elif previous is not None and _continues(text, previous[0], previous[2], stretch, speakers, previous[1]):
            earlier = previous[1]
            attribution = Attribution(quote, earlier.cue, earlier.source, earlier.speaker)
        elif (reported := _cue_of_sentence_before(doc, text, lead, stretch, boundaries, inside)) is not None:
            source, speaker = speakers.speaker_of(reported)
            attribution = Attribution(quote, _cue_span(reported, article.text), source, speaker)
        elif _speech_shaped(doc, text, lead, stretch):
            attribution = Attribution(quote, None, None, None)
        else:
            continue  # a quoted title, name or phrase no one is said to say: no quote
        found.append(attribution)
        previous = (stretch, attribution, after if after is not None else stretch.close_mark + 1)
    return found


# --- stretches ----------------------------------------------------------------


def quoted_stretches(text: str) -> list[QuotedStretch]:
    """Every quoted stretch of ``text``, paired paragraph by paragraph, in order."""
    stretches: list[QuotedStretch] = []
    paragraph_start = 0
    for line in text.split("\n"):
        begin, end = paragraph_start, paragraph_start + len(line)
        close = _orphan_close(text, begin, end)
        if close is not None and stretches and not stretches[-1].closed and \
                text.find("\n", stretches[-1].open_mark) == begin - 1:
            # The quote of the line before goes on to this line's closing mark ('"We are going
            # to move the hub.⏎We are going to open it …," said Whitcombe'): text set one sentence a line.
            opened = stretches.pop()
            stretches.extend(_stretch(text, opened.open_mark, close, closed=True))
            begin = close + 1
        stretches.extend(_stretches_in(text, begin, end))
        paragraph_start += len(line) + 1
    return stretches


def _orphan_close(text: str, begin: int, end: int) -> int | None:
    """The offset of a closing double mark that comes before any opening mark of the line (one
    no mark of the line opens), or None."""
    for i in range(begin, end):
        char = text[i]
        if char == "”" or (char == '"' and not _opens(text, i, begin, end)):
            return i
        if char in "“\"":
            return None
    return None


def _stretches_in(text: str, begin: int, end: int) -> Iterable[QuotedStretch]:
    open_at: int | None = None
    single = False
    for i in range(begin, end):
        char = text[i]
        if open_at is None:
            if char == "“" or (char == '"' and _opens(text, i, begin, end)):
                open_at, single = i, False
            elif char == "‘" and _opens(text, i, begin, end):
                open_at, single = i, True
        elif single:
            if char in "’'" and (i + 1 == end or not text[i + 1].isalnum()):
                yield from _stretch(text, open_at, i, closed=True)
                open_at = None
        elif char == "“" or (char == '"' and _starts_word(text, i, begin, end)):
            # A new quote opens: the old one never closed. A straight mark that starts no word
            # closes: before punctuation (' as well as " voice control ", which'), and set off by
            # spaces on both sides, the way an article that spaces its marks closes them too
            # ('admitted that " a few users " were unhappy': the second mark closes, it opens no
            # quote of the narration after it).
            yield from _stretch(text, open_at, i, closed=False)
            open_at = i
        elif char in '”"':
            yield from _stretch(text, open_at, i, closed=True)
            open_at = None
    if open_at is not None:
        yield from _stretch(text, open_at, end, closed=False)


def _opens(text: str, i: int, begin: int, end: int) -> bool:
    """A mark opens when it starts a word: after a space or bracket, before a non-space; or,
    with no quote open (the callers ask then), a straight mark set off by spaces on both sides
    that another straight mark of the paragraph closes (' said, " It is common. "')."""
    before_ok = i == begin or text[i - 1].isspace() or text[i - 1] in "([{—–-/"
    if before_ok and i + 1 < end and text[i + 1] == " " and text[i] == '"':
        return '"' in text[i + 1:end]
    return before_ok and i + 1 < end and not text[i + 1].isspace()


def _starts_word(text: str, i: int, begin: int, end: int) -> bool:
    """A mark right before a word (no space, no punctuation) after a space, a bracket or the
    paragraph start: the shape of an opening mark only."""
    before_ok = i == begin or text[i - 1].isspace() or text[i - 1] in "([{—–-/"
    return before_ok and i + 1 < end and not text[i + 1].isspace() and text[i + 1] not in ",.;:!?)"


def _stretch(text: str, open_mark: int, close_mark: int, closed: bool) -> Iterable[QuotedStretch]:
    start, end = open_mark + 1, close_mark
    while start < end and text[start].isspace():
        start += 1
    inner_end = end
    while inner_end > start and text[inner_end - 1].isspace():
        inner_end -= 1
    while end > start and text[end - 1] in TRAILING_PUNCT:
        end -= 1
    if end > start:
        yield QuotedStretch(open_mark, close_mark, start, end, closed, text[inner_end - 1])


# --- cues ----------------------------------------------------------------------


def _sentence_boundaries(doc: Doc, text: str, stretches: list[QuotedStretch]) -> list[int]:
    """Where sentences may start: after a full stop, "!" or "?" token (and a closing mark right after it).

    Tokens, not characters, so that "Mr." or "G.K." (one token each) end no sentence;
    a full stop inside quoted words ends a sentence only together with the quote.
    """
    boundaries = []  # in text order, as the tokens: callers bisect them
    quoted = Ranges([(s.open_mark + 1, s.close_mark + 1) for s in stretches])  # open_mark < end <= close_mark
    for token in (doc[i] for i in positions(doc, ORTH, _ends_sentence)):
        if dotted_title_before_name(doc, token.i - 1):
            continue  # '“…,” Sgt. Ann Lark said': the title's dot, split off by the tokenizer, ends nothing
        end = token.idx + len(token.text)
        if text[end : end + 1] in ('"', "”", "’"):
            end += 1
        if not quoted.covers(end):
            boundaries.append(end)
    return boundaries


def _ends_sentence(text: str) -> bool:
    return bool(text) and all(char in ".!?…" for char in text)


def _cue_after(
    doc: Doc,
    text: str,
    stretch: QuotedStretch,
    stretches: list[QuotedStretch],
    inside: Ranges,
    boundaries: list[int],
) -> tuple[Token | None, int | None]:
    """A cue in the clause right after the closing mark, and where that clause ends."""
    if not stretch.closed or stretch.last_char in ".…":
        return None, None
    begin = stretch.close_mark + 1
    paragraph_end = text.find("\n", begin)
    stop = len(text) if paragraph_end < 0 else paragraph_end
    # stretches (by their opening marks) and boundaries are in text order: found by bisection
    following = bisect.bisect_left(stretches, begin, key=lambda s: s.open_mark)
    while following < len(stretches) and _nickname(text, stretches[following]):
        following += 1  # '“…!” his niece, Ann “Annie” Lark, shouted': a name's quoted nickname ends no clause
    next_opening = stretches[following].open_mark if following < len(stretches) else stop
    after = bisect.bisect_right(boundaries, begin)
    sentence_end = boundaries[after] if after < len(boundaries) else stop
    stop = min(stop, next_opening, sentence_end)
    tokens = _tokens_between(doc, begin, stop, inside)
    words = [t for t in tokens if not t.is_punct]
    if words and words[0].pos_ == "CCONJ":
        return None, None  # '“…,” but stopped short of calling it …': a clause of its own, no attribution
    for token in tokens:
        if _is_cue(token, after_quote=True):
            return token, stop
    return None, None


_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?")
_NAME_WORD_BEFORE = re.compile(r"[A-Z][\w.'’-]* $")
_NAME_WORD_AFTER = re.compile(r" [A-Z]")


def _nickname(text: str, stretch: QuotedStretch) -> bool:
    """A quoted nickname inside a name, 'Ann "Annie" Lark': one or two capitalised words between
    marks, a capitalised word right before the opening mark and right after the closing one."""
    return stretch.closed and _NICKNAME.fullmatch(text[stretch.start : stretch.end]) is not None \
        and _NAME_WORD_BEFORE.search(text, max(0, stretch.open_mark - 40), stretch.open_mark) is not None \
        and _NAME_WORD_AFTER.match(text, stretch.close_mark + 1) is not None


def _lead(text: str, stretch: QuotedStretch, boundaries: list[int]) -> tuple[int, int]:
    """From the start of the sentence (within the paragraph) to the opening mark."""
    paragraph_start = text.rfind("\n", 0, stretch.open_mark) + 1
    last = bisect.bisect_right(boundaries, stretch.open_mark) - 1  # boundaries are in text order
    sentence_start = boundaries[last] if last >= 0 and boundaries[last] >= paragraph_start else paragraph_start
    return sentence_start, stretch.open_mark


def _cue_introducing(
    doc: Doc, text: str, lead: tuple[int, int], stretch: QuotedStretch, inside: Ranges
) -> Token | None:
    """A cue in a clause that introduces the quote: "X said:", "X said on Monday, “…”".

    The clause is the sentence before the opening mark, or the end of the
    previous paragraph when the quote opens its paragraph after a colon.
    """
    begin, end = lead
    introduction = text[begin:end].rstrip()
    if not introduction and begin > 0 and text[: begin].rstrip().endswith(":"):
        end = len(text[:begin].rstrip())
        begin = text.rfind("\n", 0, end) + 1
        introduction = text[begin:end]
    # A dash set off by spaces opens the quote as a colon does ("X agreed with the defence that
    # … - “…”"); a hyphen inside a word ("so-") opens nothing.
    colon = introduction.endswith(":") or introduction.endswith(_DASHES) and introduction[:-1].endswith(" ")
    if not (colon or introduction.endswith(",")):
        return None
    tokens = _tokens_between(doc, begin, end, inside)
    # "Caddell continued:", "She continued, “…": a colon, or a comma, right after the verb
    # makes "continue" a cue too.
    words = [t for t in tokens if not t.is_punct]
    # A reporting verb of a relative clause describes its noun ("referenced the impact it said the
    # plan would have:"): it introduces nothing.
    cues = [t for t in tokens if _is_cue(t, after_quote=colon or (bool(words) and t == words[-1]))
            and t.dep_ != "relcl"]
    if not cues and (colon or words and words[-1].pos_ == "NOUN" or words and words[-1].pos_ == "PROPN"):
        # "X made the following comment:", "the ministry issued a statement:", "X left this
        # farewell, “…”", "X extended an invitation to the band, “…”": a statement noun that a
        # verb takes as its object introduces the quote (before a comma, when only its own or
        # its verb's modifiers follow it); the verb's subject makes it. So does a document its
        # subject issues, before a colon or a dash ("X sent out the following tweet:").
        cues = [t for t in tokens if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.pos_ == "VERB"
                and (t.lemma_.lower() in attribution_cues().speech_nouns
                     or colon and t.lemma_.lower() in attribution_cues().documents
                     and t.head.lemma_.lower() in attribution_cues().issuing_verbs)
                and (colon or t == words[-1] or _modifiers_only(words[words.index(t) + 1:], t, t.head))]
    if not cues:
        return None
    cue = cues[-1]
    anchors = (cue, cue.head) if cue.pos_ == "NOUN" else (cue,)  # a statement noun's modifiers, or its verb's
    if introduction.endswith(",") and len(tokens) - tokens.index(cue) > 5 and not _modifiers_only(
            [t for t in tokens[tokens.index(cue) + 1:] if not t.is_punct], *anchors):
        # A comma far from the verb closes some other clause; not when all the words between are
        # the verb's own modifiers ("Doe said in an interview with a radio station on Sunday, “…”").
        return None
    return cue


def _modifiers_only(words: list[Token], *anchors: Token) -> bool:
    """Whether ``words`` all hang from one of ``anchors`` (a verb, or a noun and its verb) through
    prepositions, adverbs and their objects: a time, a place, a medium — no clause of their own."""
    for word in words:
        if word.pos_ in ("VERB", "AUX") or word.dep_ in ("ccomp", "advcl", "relcl", "conj", "nsubj"):
            return False
        path = word
        while path not in anchors and path.head != path and path.dep_ in ("prep", "pobj", "det", "amod",
                                                                           "compound", "poss", "case", "npadvmod",
                                                                           "advmod", "nummod", "nmod"):
            path = path.head
        if path not in anchors:
            return False
    return True


def _cue_governing(doc: Doc, lead: tuple[int, int], stretch: QuotedStretch, inside: Ranges) -> Token | None:
    """A cue earlier in the sentence whose clause contains the quoted words (a partial quote)."""
    cues = [t for t in _tokens_between(doc, *lead, inside) if _is_cue(t)]
    quoted = [t for t in _tokens_between(doc, stretch.start, stretch.end) if not t.is_punct]
    # A parenthetical reporting clause ("…, Doe said, most voters have come to believe “…”") hangs
    # from the verb of the clause it reports: it governs what that verb governs.
    governing = [cue for cue in cues if any(cue in t.ancestors or cue.dep_ == "parataxis" and cue.head in t.ancestors
                                            for t in quoted)]
    return governing[-1] if governing else None


def _cue_taking(doc: Doc, lead: tuple[int, int], stretch: QuotedStretch, inside: Ranges) -> Token | None:
    """The cue of a short stretch that is what a speaker says or calls something, or None.

    The quoted phrase (its head: the quoted token whose head lies outside the marks; past
    ``conj`` links to the first of a list) is the object or complement of a cue verb that
    has a subject (``X called it "a disaster"``, ``what he called "terrorist groups"``, ``X
    described it as "unhinged"``), or the complement of the verb of a clause the cue verb
    reports (``X said the plan was "dead on arrival"``, ``X said they want "justice"``). A
    quoted subject, modifier or adverbial (``26 "armed criminals" had been killed``, ``a
    "peacekeeping" force``) and a quoted verb of the reported clause itself (``had been
    "liquidated"``) are no speech: scare quotes.
    """
    quoted = [t for t in _tokens_between(doc, stretch.start, stretch.end) if not t.is_punct]
    heads = [t for t in quoted if not stretch.start <= t.head.idx < stretch.end or t.head == t]
    if len(heads) != 1:
        return None
    head = heads[0]
    if all(t.pos_ == "PROPN" for t in quoted):
        return None  # a quoted name (a show, a title) is what is spoken of: 'told a station's "…"'
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    if head.dep_ in ("pobj", "pcomp") and head.head.dep_ == "prep" and (
            head.head.lower_ == "as" or head.head.lower_ in attribution_cues().describing_prepositions.values()):
        return _cue_as(doc, lead, stretch, inside)  # "described it as “…”", "accused him of “…”"
    if head.dep_ in ("dobj", "oprd") and (named := _cue_as(doc, lead, stretch, inside)) is not None:
        return named  # "branded the move a “…”"
    if head.dep_ in SAID_DEPS:
        verb = head.head
        if verb.dep_ == "ccomp" and not _is_cue(verb):
            verb = verb.head  # "said it was “…”": the complement of the reported clause
    else:
        return None
    if inside.covers(verb.idx) or not _is_cue(verb) or not verb.idx < stretch.open_mark:
        return None
    if not any(child.dep_ == "nsubj" for child in verb.children):
        return None
    return verb if lead[0] <= verb.idx else None


def _subject_of(doc: Doc, stretch: QuotedStretch, cue: Token) -> bool:
    """Whether the quoted words are the subject of their cue verb: a title or a name spoken of
    ('“Back in Town” was written by her brother'), not words someone says."""
    quoted = [t for t in _tokens_between(doc, stretch.start, stretch.end) if not t.is_punct]
    heads = [t for t in quoted if not stretch.start <= t.head.idx < stretch.end or t.head == t]
    if not (len(heads) == 1 and heads[0].dep_ in ("nsubj", "nsubjpass") and heads[0].head == cue):
        return False
    # A subject of the verb outside the marks too ('“My reaction, that was outrageous,” the adviser
    # said'): the parse hung the quote from the verb as a second subject; the quote is what is said.
    return not any(c.dep_ in ("nsubj", "nsubjpass") and not stretch.open_mark <= c.idx <= stretch.close_mark
                   for c in cue.children)


FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _speech_shaped(doc: Doc, text: str, lead: tuple[int, int], stretch: QuotedStretch) -> bool:
    """Whether quoted words no cue attributes still read as someone's words: they hold a clause of
    their own (a finite verb: "“We are not leaving,” …") or stand as a sentence ("“Never again.”").
    A quoted title, name or noun phrase inside a sentence ("the event, dubbed “Back to Basics”",
    "a talk titled “The Future of Work in Europe”") is what is spoken of, not speech."""
    if any(t.tag_ in FINITE_TAGS for t in _tokens_between(doc, stretch.start, stretch.end)):
        return True
    return not text[lead[0]:lead[1]].strip() and stretch.last_char in ".!?"


def _cue_as(doc: Doc, lead: tuple[int, int], stretch: QuotedStretch, inside: Ranges) -> Token | None:
    """The verb whose "as" complement the quoted words are, when it reports speech: a cue verb or a
    describing verb (``describing_verbs``: "praised the mayor as “…”") with a subject, or in the
    passive with its "by" agent ("was hailed by the governor as “…”"); None otherwise."""
    quoted = [t for t in _tokens_between(doc, stretch.start, stretch.end) if not t.is_punct]
    heads = [t for t in quoted if not stretch.start <= t.head.idx < stretch.end or t.head == t]
    if len(heads) != 1:
        return None
    head = heads[0]
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    cues = attribution_cues()
    if head.dep_ in ("pobj", "pcomp") and head.head.dep_ == "prep":
        verb = head.head.head
        if head.head.lower_ != "as" and cues.describing_prepositions.get(verb.lemma_.lower()) != head.head.lower_:
            return None  # "accused him of “…”", "likened it to “…”": the verb's own preposition
        describing = head.head.lower_ != "as" or verb.lemma_.lower() in cues.describing_verbs
    elif head.dep_ in ("dobj", "oprd"):
        # "branded the plan a “…”": the second of two objects of a describing verb names the first.
        verb = head.head
        describing = verb.lemma_.lower() in cues.describing_verbs and any(
            c.dep_ == "dobj" and c.i < head.i and not inside.covers(c.idx) for c in verb.children)
        if not describing:
            return None
    else:
        return None
    if inside.covers(verb.idx) or not verb.idx < stretch.open_mark or not lead[0] <= verb.idx:
        return None
    if not (_is_cue(verb) or verb.pos_ == "VERB" and describing):
        return None
    return verb if any(child.dep_ in ("nsubj", "agent") for child in verb.children) else None


def _split_off(text: str, previous: tuple[QuotedStretch, Attribution, int] | None, stretch: QuotedStretch) -> bool:
    """The stretch is the rest of a split quote: only the attribution clause of the attributed
    stretch before lies between them, in the same paragraph (``"…," he said, "and they're
    terrifying."``); a short stretch opening the next paragraph may be a heading."""
    if previous is None or previous[1].cue is None:
        return False
    gap = text[previous[2] : stretch.open_mark]
    return "\n" not in gap and not gap.strip(" \t.,;:—–-")


def _tokens_between(doc: Doc, begin: int, end: int, skip: Ranges | None = None) -> list[Token]:
    """The tokens that start in [begin, end) and in no skipped range; found by bisection, not by
    walking the whole Doc once per quote (quadratic on a long article)."""
    first = bisect.bisect_left(doc, begin, key=lambda token: token.idx)
    last = bisect.bisect_left(doc, end, lo=first, key=lambda token: token.idx)
    return [token for token in doc[first:last] if skip is None or not skip.covers(token.idx)]


def _is_cue(token: Token, after_quote: bool = False) -> bool:
    cues = attribution_cues()
    verbs = cues.speech_verbs | cues.relay_verbs | (cues.after_quote_verbs if after_quote else frozenset())
    if token.pos_ == "VERB" and token.lemma_.lower() in verbs:
        return True
    return _preposition_cue(token) is not None


def _preposition_cue(token: Token) -> list[Token] | None:
    first = token.lower_
    for words in attribution_cues().prepositions:
        if words and words[0] != first:
            continue  # the cue starts with the token itself
        following = token.doc[token.i : token.i + len(words)]
        if [t.lower_ for t in following] == list(words):
            return list(following)
    return None


def _cue_span(cue: Token, text: str) -> Span:
    words = _preposition_cue(cue)
    if words:
        return char_span(words[0].idx, words[-1].idx + len(words[-1].text), text)
    first = cue
    for child in reversed(list(cue.lefts)):
        if child.dep_ in ("aux", "neg") and child.i == first.i - 1:
            first = child
    return char_span(first.idx, cue.idx + len(cue.text), text)


def _is_attribution_clause(doc: Doc, stretch: QuotedStretch, cue: Token) -> bool:
    """A short stretch counts only when ``, <subject> <verb>`` follows at once: "We will," he said."""
    if stretch.last_char not in ",!?" or _term_of_the_narration(doc, stretch):
        return False
    between = [t for t in _tokens_between(doc, stretch.close_mark + 1, cue.idx) if not t.is_punct]
    if not between and cue.tag_ == "VBG":
        return False  # '… an “Xgate,” saying that …': a participle of the narration, no "he said"
    return len(between) <= 4


def _term_of_the_narration(doc: Doc, stretch: QuotedStretch) -> bool:
    """Short quoted words the sentence before them takes as a noun ('dismissed the existence of
    an “Xgate,”', 'the plan, or “Project Blue,”'): their one head hangs from a word before the
    opening mark as its object, compound or apposition; a term or a name, not speech."""
    quoted = [t for t in _tokens_between(doc, stretch.start, stretch.end) if not t.is_punct]
    heads = [t for t in quoted if not stretch.start <= t.head.idx < stretch.end or t.head == t]
    if len(heads) != 1:
        return False
    head = heads[0]
    return head.pos_ in ("NOUN", "PROPN") and head.head.i < head.i and head.head.idx < stretch.open_mark \
        and head.dep_ in ("pobj", "dobj", "compound", "appos", "conj", "attr")


def _continues(text: str, earlier: QuotedStretch, earlier_clause_end: int, stretch: QuotedStretch,
               speakers: _SpeakerFinder, attribution: Attribution) -> bool:
    """The stretch goes on with the earlier speaker's words.

    Either only the earlier stretch's attribution clause (and punctuation) lies between the
    two, or, within one paragraph, narration that names no other person or quote lies between
    (``"…," Hale said after the meeting. He did not suggest retaliation. "…"``).
    """
    gap = text[earlier_clause_end : stretch.open_mark]
    if not gap.strip(" \t\n.,;:—–-"):
        return True
    if attribution.speaker is None or "\n" in gap:
        return False
    others = speakers.named_between(earlier_clause_end, stretch.open_mark)
    return all(m.key == attribution.speaker for m in others)


def _signature(text: str, stretch: QuotedStretch) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A quote signed after a dash: ``“…” ― Jane Doe`` (the dash and the name, as offsets)."""
    if not stretch.closed:
        return None
    found = _SIGNATURE.match(text, stretch.close_mark + 1)
    if found is None:
        return None
    return found.span("dash"), found.span("name")


def _speaker_label(text: str, stretch: QuotedStretch) -> tuple[int, int] | None:
    """A transcript's speaker label opening the quoted paragraph: ``"WALLACE: Let's start…"``."""
    found = _LABEL.match(text, stretch.start)
    return found.span("label") if found else None


# A dash, then up to six capitalised words and nothing else before the line, the sentence or the next quote ends.
_SIGNATURE = re.compile(r"[^\S\n]*(?P<dash>[―—–]+)[^\S\n]*(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:[^\S\n]+[A-ZÀ-Þ][\w.'’-]*){0,5}?)[^\S\n.]*\.?[^\S\n]*(?=$|\n|[“\"])", re.MULTILINE)
# An upper-case name of one to four words and a colon: the way transcripts mark who speaks.
_LABEL = re.compile(r"(?P<label>[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}):\s")


def _cue_of_sentence_before(
    doc: Doc, text: str, lead: tuple[int, int], stretch: QuotedStretch, boundaries: list[int],
    inside: Ranges,
) -> Token | None:
    """A quote that opens its sentence right after reported speech of the same paragraph takes
    that speech's cue: ``The administration may wait, Schiff said. "The other factor…"``."""
    begin, end = lead
    if text[begin:end].strip():
        return None
    paragraph_start = text.rfind("\n", 0, begin) + 1
    last = bisect.bisect_left(boundaries, begin - 1) - 1  # boundaries are in text order
    sentence_start = boundaries[last] if last >= 0 and boundaries[last] >= paragraph_start else paragraph_start
    if begin <= paragraph_start or inside.starts_within(sentence_start, begin):
        return None
    cues = [t for t in _tokens_between(doc, sentence_start, begin, inside) if _is_cue(t) and t.dep_ == "ROOT"]
    return cues[-1] if cues else None


# --- speakers ------------------------------------------------------------------


def people_surnames(entities: Iterable[EntityMention]) -> frozenset[str]:
    """The last words of the names of the named people of an article ("Jon Hale": "Hale"),
    less the names of its organisations: a one-word mention NER typed an organisation that is
    one of these is the person written by surname ("Hale said" after "Jon Hale"), the way
    the resolver votes a name's kind across its mentions."""
    named = [m for m in entities if not (m.nominal or m.pronoun)]
    surnames = {m.name.split()[-1] for m in named if m.kind == PERSON and len(m.name.split()) > 1}
    organisations = {m.name for m in named if m.kind == ORGANIZATION and len(m.name.split()) > 1}
    return frozenset(surnames - organisations)


class _SpeakerFinder:
    """Maps the subject of a cue to an EntityMention key, resolving pronouns to earlier speakers."""

    def __init__(self, doc: Doc, text: str, entities: list[EntityMention], quoted: Ranges | None = None) -> None:
        self.text = text
        self.quoted = quoted or Ranges([])  # the quoted stretches, marks included
        self.entities = sorted(entities, key=lambda m: (m.span.start, m.span.end))
        self.by_offset = MentionsByOffset(self.entities)
        self.by_end: dict[int, list[EntityMention]] = {}  # where a mention ends → the mentions, in order
        for m in self.entities:
            self.by_end.setdefault(m.span.end, []).append(m)
        self._by_surname: dict[str, list[EntityMention]] | None = None
        self.by_key = {m.key: m for m in entities}
        self.named_subjects = [
            (token.idx, mention)
            for token in (doc[i] for i in positions_of(doc, DEP, ("nsubj", "nsubjpass")))
            for mention in [self._named_at(token)]
            if mention is not None
        ]
        self.speakers: list[tuple[int, EntityMention]] = []
        self.surnames = people_surnames(self.entities)
        # A named person's gender as a he/she pronoun whose syntactic antecedent they are shows it.
        self.genders: dict[str, str] = {}
        for m in self.entities:
            if m.pronoun and m.span.text.lower() in _GENDERS and (named := self._named_antecedent(m)) is not None:
                self.genders.setdefault(named, _GENDERS[m.span.text.lower()])

    def speaker_of(self, cue: Token) -> tuple[Span | None, str | None]:
        subject = self._subject(cue)
        if subject is None:
            source, key = self._name_right_before(cue)
            if key is None:
                source, key = self._name_right_after(cue)
            return (source, key) if key is not None else self._name_after_the_quote(cue)
        key = self._key(subject)
        source = char_span(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text), self.text)
        if key is not None:
            self.speakers.append((subject.idx, self.by_key[key]))
            if subject.lower_ in _GENDERS:  # "she said": the speaker's gender, for later pronouns
                self.genders.setdefault(key, _GENDERS[subject.lower_])
        return source, key

    def _name_right_before(self, cue: Token) -> tuple[Span | None, str | None]:
        """ "…, Vice President Dana Whitcombe replied, "…"": a parse that gives the verb no subject
        (here it made the name a conjunct of the clause before) still has the speaker's name
        right before it, with nothing but a space between."""
        if cue.i == 0 or cue.pos_ != "VERB" or cue.lemma_.lower() not in attribution_cues().speech_verbs:
            return None, None
        # The mentions ending in the spaces right before the cue, the latest end first.
        end = cue.idx
        while True:
            named = [m for m in self.by_end.get(end, ()) if not (m.nominal or m.pronoun)
                     and m.kind in (PERSON, ORGANIZATION)]
            if named:
                mention = named[0]
                return char_span(mention.span.start, mention.span.end, self.text), mention.key
            if end == 0 or not self.text[end - 1].isspace():
                return None, None
            end -= 1

    def _name_right_after(self, cue: Token) -> tuple[Span | None, str | None]:
        """ "Said Doe: “…”": a reporting verb opening its sentence, inverted before the speaker's
        name (the parse often makes the verb a modifier of the name, and the name the root)."""
        if cue.pos_ != "VERB" or cue.lemma_.lower() not in attribution_cues().speech_verbs or \
                cue.i + 1 >= len(cue.doc) or not (cue.is_sent_start or cue.i > 0 and cue.doc[cue.i - 1].is_punct
                                                   and cue.doc[cue.i - 1].text in ".!?\n"):
            return None, None
        after = cue.doc[cue.i + 1]
        named = [m for m in self.by_offset.overlapping(after.idx, after.idx + 1) if m.span.start == after.idx
                 and not (m.nominal or m.pronoun) and m.kind in (PERSON, ORGANIZATION)]
        if not named:
            return None, None
        mention = max(named, key=lambda m: m.span.end - m.span.start)
        self.speakers.append((mention.span.start, mention))
        return char_span(mention.span.start, mention.span.end, self.text), mention.key

    def _name_after_the_quote(self, cue: Token) -> tuple[Span | None, str | None]:
        """ '"…," Jane Doe, a campaign adviser, said': a verb the parse gives no subject (it hung
        the name from a word of the quote) has its speaker named first after the closing mark,
        before the verb, with nothing but spaces and commas between the mark and the name."""
        ranges = self.quoted.ranges
        before = [end for start, end in ranges if end <= cue.idx]
        if not before or cue.pos_ != "VERB":
            return None, None
        begin = max(before)
        start = begin
        while start < cue.idx and self.text[start] in " ,\t":
            start += 1
        if "\n" in self.text[begin:cue.idx] or self.quoted.starts_within(begin, cue.idx):
            return None, None
        named = [m for m in self.by_offset.overlapping(start, start + 1) if m.span.start == start
                 and m.span.end <= cue.idx and not (m.nominal or m.pronoun) and m.kind in (PERSON, ORGANIZATION)]
        if not named:
            return None, None
        mention = max(named, key=lambda m: m.span.end - m.span.start)
        self.speakers.append((mention.span.start, mention))
        return char_span(mention.span.start, mention.span.end, self.text), mention.key

    def named(self, start: int, end: int) -> str | None:
        """The named mention that a signature's name overlaps."""
        overlapping = [m for m in self.entities if m.span.start < end and start < m.span.end and not (m.nominal or m.pronoun)]
        return overlapping[0].key if overlapping else None

    def labelled(self, label: str, before: int) -> str | None:
        """The person a transcript label names: the last named Person before it whose name ends with it."""
        last = label.split()[-1].casefold()
        earlier = [m for m in self.entities if m.span.end <= before and m.kind == PERSON
                   and not (m.nominal or m.pronoun) and m.name.split()[-1].casefold() == last]
        return earlier[-1].key if earlier else self.named_first(label)

    def named_first(self, label: str) -> str | None:
        later = [m for m in self.entities if m.kind == PERSON and not (m.nominal or m.pronoun)
                 and m.name.split()[-1].casefold() == label.split()[-1].casefold()]
        return later[0].key if later else None

    def named_between(self, start: int, end: int) -> list[EntityMention]:
        """Named Person mentions (or pronouns resolved to one) between two offsets."""
        return [m for m in self.entities if start <= m.span.start and m.span.end <= end
                and m.kind == PERSON and not m.nominal]

    def _subject(self, cue: Token) -> Token | None:
        preposition = _preposition_cue(cue)
        if preposition:
            return issuer(next((t for t in preposition[-1].children if t.dep_ == "pobj"), None))
        shared = self._subject_of_the_clause_before(cue) or self._subject_of_the_poster(cue) or \
            self._named_before_participle(cue) or self._reporter_of_the_adjunct(cue)
        if shared is not None:
            return shared
        if cue.dep_ == "acl" and cue.tag_ == "VBG" and (author := issuer(cue.head)) is not cue.head:
            return author  # "X resigned in a letter stating, “…”": who wrote the letter
        if cue.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children) \
                and not any(c.dep_ in ("agent",) + SUBJECT_DEPS for c in cue.children):
            # "“…,” as stated on X's website": the passive's medium names who states it, the
            # subject of the clause it hangs from never does ("The device was “…”, as stated …").
            medium = next((g for c in cue.children if c.dep_ == "prep" and c.lower_ in ("on", "in")
                           for g in c.children if g.dep_ == "pobj"), None)
            author = issuer(medium)
            return author if author is not medium else None
        verb = cue.head if cue.pos_ == "NOUN" else cue  # a statement noun: its verb's subject
        for _ in range(4):
            if verb.lemma_.lower() in attribution_cues().relay_verbs:
                relayed = [t for t in verb.children if t.dep_ in ("dobj", "nsubjpass")]
                if relayed:
                    return relayed[0]
            # The "by" agent of a passive says it: "was described by the minister as “…”".
            agent = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
            if agent is not None and not self.quoted.covers(agent.idx):
                return agent
            # A subject inside quotation marks is the quoted speaker's word ('"We will," the chief
            # said' parsed with "said" under the quoted verb), never who says it.
            # A participle's clause has the subject of the clause it hangs from, active or passive
            # ("After saying her foot was “…”, she was taken to hospital").
            deps = SUBJECT_DEPS + ("nsubjpass",) if verb != cue and cue.tag_ == "VBG" else SUBJECT_DEPS
            subjects = [t for t in verb.children if t.dep_ in deps and not self.quoted.covers(t.idx)]
            if subjects:
                return min(subjects, key=lambda t: abs(t.i - cue.i))
            if verb is cue and self._written_by(cue):
                return cue.head
            if verb is cue and (glued := _according_to_subject(cue)) is not None:
                return glued
            if verb.dep_ not in CLIMB_DEPS or verb.head is verb:
                return None
            verb = verb.head
        return None

    def _named_before_participle(self, cue: Token) -> Token | None:
        """ "footage of Jane Doe asking, “…”", "the video shows Doe saying “…”": a participle right
        after a name (no comma between) is what that person or organisation says, whatever verb
        the parse hangs it from (it often gives it the subject of "shows" or "uses")."""
        if cue.tag_ != "VBG" or cue.i == 0 or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            return None
        before = cue.doc[cue.i - 1]
        if before.pos_ not in ("PROPN", "NOUN") or self.quoted.covers(before.idx):
            return None
        # Whom the footage is of, or whom a verb shows: not a medium ("posted on Facebook saying").
        if not (before.dep_ == "dobj" or before.dep_ == "pobj" and before.head.lower_ == "of"):
            return None
        mention = self._named_at(before)
        if mention is None or mention.span.end != before.idx + len(before.text) or \
                mention.kind not in (PERSON, *COLLECTIVE_KINDS):
            return None
        return before

    def _reporter_of_the_adjunct(self, cue: Token) -> Token | None:
        """ "X stated that there was a chance of more, saying, “…”", "X said the plant would open
        soon, saying “…”": a participle set off by a comma, with no subject of its own, hangs from
        a reported clause whose subject can say nothing (an expletive "there", a thing, words
        inside the marks); it says what the subject of the reporting verb above that clause says.
        None when the clause it hangs from has a subject who can speak (the parse's own answer
        stands: "Police said Doe stormed out, shouting “…”" is Doe's)."""
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or any(c.dep_ in SUBJECT_DEPS for c in cue.children):
            return None
        marks = []  # the punctuation right before the participle: a comma, maybe a closing mark
        while cue.i - len(marks) > 0 and cue.doc[cue.i - len(marks) - 1].is_punct:
            marks.append(cue.doc[cue.i - len(marks) - 1].text)
        if "," not in marks:
            return None
        for verb in cue.ancestors:  # from the clause it hangs from up to the root
            subjects = [t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass") and not self.quoted.covers(t.idx)]
            if verb.pos_ == "VERB" and verb.lemma_.lower() in attribution_cues().speech_verbs and subjects:
                if verb.i == cue.head.i:
                    return None  # its own reporting verb: the usual climb finds its subject
                return min(subjects, key=lambda t: abs(t.i - verb.i))  # the nearest of two the parse gave
            if any(self._may_speak(t) for t in subjects):
                return None
        return None

    def _may_speak(self, subject: Token) -> bool:
        """A subject that can say something: a personal pronoun, or a mention of a person, an
        organisation, a group or a country."""
        if subject.pos_ == "PRON":
            return subject.lower_ in PERSON_PRONOUNS | {"they", "we", "i", "you"}
        mention = self._mention_at(subject)
        return mention is not None and (mention.kind in (PERSON, *COLLECTIVE_KINDS) or self._person_named(mention))

    def _subject_of_the_poster(self, cue: Token) -> Token | None:
        """ "A friend posted a message on Facebook saying, “…”": the parse hung the participle
        from the preposition, with the medium as its subject; the participle says what the
        subject of the verb above the preposition says."""
        if cue.tag_ != "VBG" or cue.dep_ != "pobj" or cue.head.lower_ == "of":
            return None  # "footage of Doe saying": the participle's own subject says it
        verb = cue.head
        for _ in range(4):
            if verb.pos_ == "VERB" or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in attribution_cues().speech_verbs:
            return None
        subjects = [t for t in verb.children if t.dep_ in SUBJECT_DEPS and not self.quoted.covers(t.idx)]
        return subjects[0] if subjects else None

    def _written_by(self, cue: Token) -> bool:
        """ "A family friend posted on Facebook: “…”": the parse read the past tense as a participle
        after a noun (a reduced relative, "a friend [who was] posted") and gave the verb no
        subject; a person or an organisation right before it, with no auxiliary or "by" of a
        passive, is who wrote it."""
        noun = cue.head
        if cue.dep_ != "acl" or cue.tag_ not in ("VBN", "VBD") or noun.i >= cue.i \
                or noun.pos_ not in ("NOUN", "PROPN") or cue.i - noun.i != 1:
            return False
        if any(c.dep_ in ("auxpass", "aux", "agent") for c in cue.children):
            return False
        return cue.lemma_.lower() in attribution_cues().speech_verbs and self._key(noun) is not None

    def _subject_of_the_clause_before(self, cue: Token) -> Token | None:
        """'X said, suggesting …', 'X said, going on to say …': a participle right after a
        reporting verb and its comma says what that verb's subject says, whatever the parse
        hangs it from (often a verb of the quote)."""
        participle = cue if cue.tag_ == "VBG" else None
        if participle is None and cue.dep_ == "xcomp" and cue.head.tag_ == "VBG" and cue.head.i < cue.i:
            participle = cue.head  # "going on to say"
        if participle is None or any(c.dep_ in SUBJECT_DEPS for c in participle.children):
            return None
        before = participle.i - 1
        if before < 1 or participle.doc[before].text != ",":
            return None
        verb = participle.doc[before - 1]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in attribution_cues().speech_verbs:
            return None
        subjects = [t for t in verb.children if t.dep_ in SUBJECT_DEPS and not self.quoted.covers(t.idx)]
        return subjects[0] if subjects else None

    def _key(self, subject: Token) -> str | None:
        if subject.tag_ == "WP" and subject.head.dep_ == "relcl":
            antecedent = subject.head.head  # "Jane Doe, who said …": the relative pronoun's antecedent
            if subject.lower_ in PERSONAL_RELATIVES:
                antecedent = _personal_antecedent(antecedent)
            subject = antecedent
        # "the agency's report said": the agency; "the letter reads" after "she sent a letter": she
        subject = issuer(self._document_named_before(subject))
        if subject.pos_ == "PRON":
            return self._resolve_pronoun(subject)
        if dotted_title_before_name(subject.doc, subject.i):
            return self._person_after_title(subject)
        names = [t for t in subject.children if t.dep_ == "appos" or (t.dep_ in NAME_DEPS and subject.pos_ == "PROPN")]
        # "The chief executive Jon Hale said", "The president and CEO Jon Hale said": the person
        # named in apposition to the title the parse made the head, or holding it with another.
        holders = [m for t in names + _holder_of_both_titles(subject) if t.dep_ in ("appos", "conj")
                   for m in [self._named_at(t)] if m is not None and m.kind == PERSON]
        own = self._mention_at(subject)
        if holders and (own is None or own.nominal):
            return holders[0].key
        for token in [subject] + names:
            mention = self._mention_at(token)
            if mention is not None and not mention.pronoun:
                return mention.key
        if subject.pos_ == "PROPN" or subject.text in self.surnames:
            # "Hinds said" after "Ann Hinds": a surname the tagger read as a common noun (a
            # capitalised plural opening the sentence) names the person all the same.
            return self._earlier_full_name(subject) or self._titled_name(subject)
        return self._organisation_named_with(subject)

    def _person_after_title(self, title: Token) -> str | None:
        """ '"…," said Elmford Police Sgt. Tom Brell': the parse ends the sentence at the title's
        full stop and makes the abbreviation the verb's subject, the employer's name its compounds;
        the person named right after the title speaks, not the employer (no one when no person is
        named there)."""
        name = title.doc[title.i + 2]
        mention = self._named_at(name)
        return mention.key if mention is not None and mention.kind == PERSON and mention.span.start == name.idx \
            else None

    def _titled_name(self, title: Token) -> str | None:
        """ "Harbour Commissioner for Trade Lena Vrost said": the parse made the title the subject
        and hung the name from its preposition, after the institution's words; the person named
        at the end of the subject's phrase speaks, not the institution. A name right after the
        preposition ("the Lawyer for Ann Lark") is whom the title serves: no one."""
        end = title.right_edge.idx + len(title.right_edge.text)
        people = [m for m in self.by_end.get(end, ()) if m.kind == PERSON and not (m.nominal or m.pronoun)
                  and m.span.start > title.idx]
        if not people:
            return None
        person = people[0]
        between = [t for t in _tokens_between(title.doc, title.idx + len(title.text), person.span.start)]
        if not between or between[0].lower_ not in ("for", "of") or \
                not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in between[1:]):
            return None
        return person.key

    def _document_named_before(self, noun: Token) -> Token:
        """ "The article read …" after "a Times article hailed …": "the" and a document noun with no
        issuer of its own is the last document of that noun before it in the article (whose
        issuer says it); the noun itself when there is none."""
        cues = attribution_cues()
        lemma = noun.lemma_.lower()
        if lemma not in cues.documents | cues.speech_nouns or issuer(noun) != noun or \
                not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts):
            return noun
        earlier = [t for t in noun.doc[: noun.i] if t.lemma_.lower() == lemma and t.pos_ == "NOUN"
                   and not self.quoted.covers(t.idx)]
        return earlier[-1] if earlier and issuer(earlier[-1]) != earlier[-1] else noun

    def _organisation_named_with(self, noun: Token) -> str | None:
        """ "The commission says …" after "the Harbor Transit Commission": "the" and a
        common noun that is a word of the name of exactly one organisation named earlier in the
        article is that organisation (a short way of naming it again). Two organisations with
        the word ("the party" after two parties) leave it unknown."""
        if noun.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.lefts) or \
                any(c.dep_ == "poss" for c in noun.children):
            return None
        word = noun.lower_
        earlier = [m for m in self.entities if m.span.end <= noun.idx and m.kind == ORGANIZATION
                   and not (m.nominal or m.pronoun) and word in _NAME_WORDS.findall(m.name.casefold())]
        names = {" ".join(_NAME_WORDS.findall(m.name.casefold())).removeprefix("the ") for m in earlier}
        if earlier:
            return earlier[-1].key if len(names) == 1 else None
        return self._organisation_subject_before(noun) if word in _organisation_nouns() else None

    def _organisation_subject_before(self, noun: Token) -> str | None:
        """ "The Harbor Nurses Association endorsed the mayor. … “…,” the union wrote": "the" and a
        noun of a kind of organisation that no name before has is the last organisation named as
        the subject of a clause before it (outside quotation marks), in its paragraph or the one
        before; None when there is none (a person's surname NER typed an organisation is none)."""
        earlier = [(at, m) for at, m in self.named_subjects if at < noun.idx and m.kind == ORGANIZATION
                   and not self._person_named(m) and not self.quoted.covers(at)]
        if not earlier:
            return None
        at, mention = earlier[-1]
        if len(_PARAGRAPH_BREAK.findall(self.text, at, noun.idx)) > 1:
            return None  # further back than the paragraph before
        return mention.key

    def _earlier_full_name(self, surname: Token) -> str | None:
        """A bare surname the NER missed ("Pannier said") names the last Person mention ending with it
        (the people are grouped by their last word once, not scanned all per surname)."""
        if self._by_surname is None:
            self._by_surname = {}
            for m in self.entities:
                if m.kind == PERSON and not m.nominal and m.name.split():
                    self._by_surname.setdefault(m.name.split()[-1], []).append(m)
        earlier = [m for m in self._by_surname.get(surname.text, ()) if m.span.end <= surname.idx]
        return earlier[-1].key if earlier else None

    def _resolve_pronoun(self, pronoun: Token) -> str | None:
        mention = self._mention_at(pronoun)
        word = pronoun.lower_
        kinds: tuple[str, ...] = (PERSON,) if word in PERSON_PRONOUNS else \
            COLLECTIVE_KINDS if word in COLLECTIVE_PRONOUNS else ()
        if mention is not None:
            # the antecedent syntax gives ("Dana Pell praised Tom Brack's record. He states …":
            # the subject of the sentence before), when it is of the pronoun's kind, before the
            # last speaker the discourse is about, before the named person last seen
            antecedent = self._named_antecedent(mention)
            if antecedent is not None and self._of_kinds(self.by_key[antecedent], kinds):
                return antecedent
        if kinds and (last := self._last_speaker(pronoun, kinds)) is not None:
            return last
        if mention is not None:
            if mention.refers_to in self.by_key:
                return mention.refers_to
        if not kinds:
            return None
        earlier = [(at, m) for at, m in self.named_subjects + self.speakers
                   if at < pronoun.idx and self._of_kinds(m, kinds)]
        return max(earlier, key=lambda pair: pair[0])[1].key if earlier else None

    def _last_speaker(self, pronoun: Token, kinds: tuple[str, ...]) -> str | None:
        """ "“…,” he said" right after a quote, when the speaker of the quote before (in this
        paragraph or the one before) is of the pronoun's kind and no named subject of that kind
        comes between: the discourse is still about that speaker, whoever was named last
        ("“…,” Tom Brack said. His team beat Jim Soller's side. “…,” he said": Brack's). None
        otherwise, and for a pronoun that does not follow a closing mark."""
        closed = [end for _, end in self.quoted.ranges if end <= pronoun.idx]
        if not closed or self.text[max(closed) : pronoun.idx].strip(" ,\t"):
            return None
        earlier = [(at, m) for at, m in self.speakers if at < pronoun.idx]
        if not earlier:
            return None
        at, speaker = earlier[-1]
        if not self._of_kinds(speaker, kinds) or len(_PARAGRAPH_BREAK.findall(self.text, at, pronoun.idx)) > 1:
            return None
        if any(at < where < pronoun.idx and self._of_kinds(m, kinds) and m.key != speaker.key
               and not self.quoted.covers(where) for where, m in self.named_subjects):
            return None  # someone else of that kind has been the topic since
        gender, wanted = self.genders.get(speaker.key, speaker.gender), _GENDERS.get(pronoun.lower_)
        if gender is not None and wanted is not None and gender != wanted:
            return None
        if gender is None and wanted is not None and any(
                m.kind == PERSON and not (m.nominal or m.pronoun) and m.key != speaker.key
                for m in self.by_offset.overlapping(at, pronoun.idx)):
            return None  # another person named since, and the pronoun cannot tell which of the two
        return speaker.key

    def _named_antecedent(self, mention: EntityMention) -> str | None:
        """The named mention a pronoun's syntactic antecedent (``EntityMention.antecedent``) is, or
        stands for when it is itself a pronoun ("Ann Lark prayed. She often saw the boy. '…,' she
        said": Ann Lark); None when there is none."""
        seen = set()
        key = mention.antecedent
        while key in self.by_key and key not in seen:
            seen.add(key)
            found = self.by_key[key]
            if not found.pronoun:
                return None if found.nominal else key
            key = found.antecedent
        return None

    def _of_kinds(self, m: EntityMention, kinds: tuple[str, ...]) -> bool:
        return m.kind in kinds or PERSON in kinds and self._person_named(m)

    def _person_named(self, m: EntityMention) -> bool:
        """A bare surname NER typed an organisation ("Hale said" after "Jon Hale"): a person."""
        return m.kind == ORGANIZATION and m.name in self.surnames

    def _mention_at(self, token: Token) -> EntityMention | None:
        start, end = token.idx, token.idx + len(token.text)
        overlapping = self.by_offset.overlapping(start, end)
        return min(overlapping, key=lambda m: m.span.end - m.span.start) if overlapping else None

    def _named_at(self, token: Token) -> EntityMention | None:
        mention = self._mention_at(token)
        return mention if mention is not None and not (mention.nominal or mention.pronoun) else None


@lru_cache(maxsize=1)
def _organisation_nouns() -> frozenset[str]:
    """Nouns of kinds of organisations (``kg/data/name_kinds.yaml``: the organisation nouns of
    appositions, "Norvela, the oil firm", and the company nouns)."""
    data = data_yaml("name_kinds.yaml")["organization"]
    return frozenset(data.get("apposition", [])) | frozenset(data.get("company_nouns", []))


def _holder_of_both_titles(title: Token) -> list[Token]:
    """ "The company president and CEO Jon Hale said": the parse made the first title the subject
    and the name a conjunct; a conjunct that is a title with no determiner of its own, then a
    person's name, after a title, is one person holding both offices (not "the mayor and Jon
    Hale", two people). The name's head, or nothing."""
    if title.pos_ != "NOUN" or Gazetteer.load().title(title.text) is None:
        return []
    for conjunct in (c for c in title.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"):
        words = [t for t in conjunct.doc[conjunct.left_edge.i : conjunct.i] if t.ent_type_ != "PERSON"]
        if words and words[0].pos_ != "DET" and Gazetteer.load().title(" ".join(t.text for t in words)) is not None:
            return [conjunct]
    return []


def _according_to_subject(verb: Token) -> Token | None:
    """ "According to Vance police told her, “…”": with no comma after the source, the parse
    takes the speaker's noun into the object of "according to" ("Vance police") and leaves the
    reporting verb with no subject; that common noun, after a name, is who speaks."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in attribution_cues().speech_verbs:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "according" and child.i < verb.i:
            objects = [g for c in child.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"]
            if objects and objects[0].pos_ == "NOUN" and objects[0].i > 0 and \
                    objects[0].doc[objects[0].i - 1].pos_ == "PROPN":
                return objects[0]
    return None


def _personal_antecedent(noun: Token) -> Token:
    """The person a "who" stands for when the parse hung its clause on an organisation or a place
    inside that person's description: "Carl Mender, a management expert at Harbury University, who
    stated …" is Carl Mender (through "expert at …" and its apposition), not the university."""
    while noun.ent_type_ in _NOT_PERSON_ENTITIES and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        noun = noun.head.head  # "an expert at Harbury University": the expert
        if noun.dep_ == "appos":
            noun = noun.head  # "Carl Mender, a management expert": Carl Mender
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON":
        noun = noun.head  # "Carl Mender, a management expert, who …": the name, not its description
    return noun

