"""The keys an earlier build gave to events and stories, read back from its graph or store.

Events and stories are named after their earliest report (``kg.resolve.identity``),
so an older report added later would rename them. ``kg build --store DIR`` reads
the store it replaces, and ``kg build --previous GRAPH`` an earlier graph file,
so that resolution keeps the IRIs they had (``kg.resolve.identity.carry``).
Only nodes under the same base IRI count: a graph built with another ``--base``
keeps nothing.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from kg.errors import GraphError
from kg.model import EarlierKeys
from kg.rdf.graphio import load_store
from kg.rdf.store import open_store, store_folder
from kg.rdf.vocab import KG, NIF

_EVIDENCE = """
SELECT ?node ?sid ?start ?end WHERE {{
  ?node <{evidence}> ?mention . FILTER(STRSTARTS(STR(?node), "{events}"))
  ?mention <{in_article}> ?article ; <{begin}> ?start ; <{end}> ?end .
  ?article <{source_id}> ?sid .
}}"""

_STORIES = f"""
SELECT ?story ?sid WHERE {{
  ?article <{KG.inStory}> ?story ; <{KG.sourceId}> ?sid .
}}"""


def earlier_keys(path: Path | str, base: str) -> EarlierKeys:
    """The event and story keys of the graph at ``path`` (a store folder written by
    ``kg build --store``, or a graph file kg wrote); empty for an empty store folder."""
    path = Path(path)
    if path.is_dir() or path.is_symlink():
        folder = store_folder(path)
        if folder is None:
            return EarlierKeys()
        store = open_store(folder)
        query = store.query
    else:
        memory = load_store([path])

        def query(text: str):
            return memory.query(text, use_default_graph_as_union=True)
    keys = EarlierKeys()
    events, stories = base + "event/", base + "story/"
    try:
        text = _EVIDENCE.format(evidence=KG.evidence, events=events.replace("\\", "\\\\").replace('"', '\\"'),
                                in_article=KG.inArticle, begin=NIF.beginIndex, end=NIF.endIndex, source_id=KG.sourceId)
        for node, sid, start, end in query(text):
            if isinstance(node, pyoxigraph.NamedNode) and node.value.startswith(events):
                keys.events[(sid.value, int(start.value), int(end.value))] = node.value[len(base):]
        for story, sid in query(_STORIES):
            if isinstance(story, pyoxigraph.NamedNode) and story.value.startswith(stories):
                keys.stories[sid.value] = story.value[len(base):]
    except (ValueError, OSError) as error:
        raise GraphError(f"{path}: cannot read the earlier graph: {error}") from error
    return keys
