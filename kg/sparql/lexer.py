"""Just enough of SPARQL's lexical rules to find keywords and braces outside strings, IRIs and comments.

Used to say "updates are not allowed" instead of a parse error, to keep
``SERVICE`` offline, and to give an endpoint a query's parameters. It is not
a parser: the query itself is parsed by pyoxigraph (or the endpoint).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

# The SPARQL 1.1 grammar's terminals that can hide a keyword or a brace.
_SKIP = re.compile(r"""
      \#[^\n\r]*                                  # comment
    | '''(?:[^'\\]|\\.|'(?!''))*'''               # long strings
    | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
    | '(?:[^'\\\n\r]|\\.)*'                       # strings
    | "(?:[^"\\\n\r]|\\.)*"
    | <[^<>"{}|^`\\\x00-\x20]*>                   # IRIREF (a lone < is "less than")
    | [?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+   # variables
    | [\w.\-]*:[\w.\-%\\:]*                        # prefixed names (kg:Event, ex:SERVICE)
    """, re.VERBOSE)
_WORD = re.compile(r"[A-Za-z_][\w\-]*")

UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}


@dataclass(frozen=True)
class Token:
    text: str  # a keyword or word (upper-cased), or "{" / "}"
    start: int
    end: int


def tokens(query: str) -> Iterator[Token]:
    """Bare words (upper-cased) and braces, in order, outside comments, strings, IRIs, variables and prefixed names."""
    position = 0
    while position < len(query):
        char = query[position]
        skipped = _SKIP.match(query, position)
        if skipped and skipped.end() > position:
            position = skipped.end()
            continue
        if char in "{}":
            yield Token(char, position, position + 1)
            position += 1
            continue
        word = _WORD.match(query, position)
        if word:
            yield Token(word.group().upper(), position, word.end())
            position = word.end()
            continue
        position += 1


def first_keyword(query: str) -> str | None:
    """The query form or update operation: the first word after PREFIX and BASE declarations."""
    words = [t for t in tokens(query) if t.text not in "{}"]
    for token in words:
        if token.text not in ("PREFIX", "BASE"):
            return token.text
    return None


def is_update(query: str) -> bool:
    return first_keyword(query) in UPDATE_KEYWORDS


@dataclass(frozen=True)
class ServiceCall:
    start: int  # of the SERVICE keyword
    end: int  # after the closing brace of its group
    silent: bool
    target: str  # the endpoint IRI or variable, as written


def service_calls(query: str) -> list[ServiceCall]:
    """Every ``SERVICE [SILENT] <iri>|?var { … }`` of the query, outermost first."""
    found = []
    toks = list(tokens(query))
    for index, token in enumerate(toks):
        if token.text != "SERVICE":
            continue
        after = toks[index + 1] if index + 1 < len(toks) else None
        silent = after is not None and after.text == "SILENT"
        opening = next((i for i in range(index + 1, len(toks)) if toks[i].text == "{"), None)
        if opening is None:
            continue  # let the parser say what is wrong
        depth, closing = 0, None
        for i in range(opening, len(toks)):
            depth += {"{": 1, "}": -1}.get(toks[i].text, 0)
            if depth == 0:
                closing = i
                break
        if closing is None:
            continue
        head_end = (after.end if silent else token.end)
        target = query[head_end:toks[opening].start].strip()
        found.append(ServiceCall(token.start, toks[closing].end, silent, target))
    return found


def offline(query: str) -> str:
    """``query`` with its ``SERVICE SILENT`` groups replaced by ``{}``; a plain ``SERVICE`` raises ValueError.

    That is what SPARQL 1.1 specifies when the remote endpoint cannot be
    reached: ``SERVICE`` fails the query, ``SERVICE SILENT`` yields one
    empty solution. No request is made.
    """
    calls = service_calls(query)
    # a SERVICE inside another is the remote endpoint's to run: only the outermost ones count here
    outermost = [c for c in calls if not any(o.start < c.start and c.end <= o.end for o in calls)]
    loud = [call for call in outermost if not call.silent]
    if loud:
        raise ValueError(f"the query calls a remote endpoint (SERVICE {loud[0].target})")
    for call in sorted(outermost, key=lambda c: c.start, reverse=True):
        query = query[:call.start] + "{}" + query[call.end:]
    return query


def insert_into_where(query: str, text: str) -> str:
    """``query`` with ``text`` placed first in its outermost group (the WHERE clause of a SELECT or ASK)."""
    brace = next((t for t in tokens(query) if t.text == "{"), None)
    if brace is None:
        raise ValueError("the query has no group pattern ({ … })")
    return query[:brace.end] + " " + text + " " + query[brace.end:]
