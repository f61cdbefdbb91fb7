"""The queries behind the page's views (``kg/serve/views/*.rq``) and how many rows each may return.

The page fetches them from the server and binds their parameters the same way
as :func:`bind` (``VALUES ?name { UNDEF }`` replaced by one term), so that
``bench/bench_serve.py`` times exactly what the page runs. Each view is cut
to its row cap by the endpoint (``kg-max-rows``): on a store of thousands of
articles the page gets the most reported events, the first claims… and says
that more exist, instead of freezing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph

VIEWS = Path(__file__).parent / "views"

# View → the most rows the page asks for.
ROW_CAPS = {
    "stories": 200,
    "story-edges": 3000,  # rows: the query keeps 120 events, one row per event, agent and target
    "neighbours": 200,
    "timeline": 600,
    "claims": 500,
    "node": 200,
    "mentions": 100,
    "article": 1,
    "search": 40,
}


def inner_limit(text: str) -> int | None:
    """The ``LIMIT`` inside a view query (the events or claims it keeps), None if it has none."""
    found = re.search(r"^\s+LIMIT\s+(\d+)\s*$", text, re.MULTILINE)
    return int(found.group(1)) if found else None


def view_text(name: str) -> str:
    if name not in ROW_CAPS:
        raise KeyError(f"no view query {name!r}")
    return (VIEWS / f"{name}.rq").read_text(encoding="utf-8")


def bind(text: str, **values: pyoxigraph.NamedNode | pyoxigraph.Literal) -> str:
    """The query with each ``VALUES ?name { … }`` block holding the one given term."""
    for name, term in values.items():
        block = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}")
        if not block.search(text):
            raise KeyError(f"the view query has no parameter {name!r}")
        text = block.sub(lambda _: f"VALUES ?{name} {{ {term} }}", text, count=1)
    return text


def event_classes() -> dict[str, dict[str, object]]:
    """Each event class → the classes it specialises and its PLOVER category (None when PLOVER
    codes no such happening), so the page can show an event typed ``kg:Kill, kg:Die,
    kg:Assault`` by its most specific class, coloured by its category."""
    from kg.knowledge.event_classes import EVENT_TYPES, event_ancestors, plover_category

    return {name: {"ancestors": list(event_ancestors(name)), "plover": plover_category(name)} for name in EVENT_TYPES}
