"""The graph in a persistent pyoxigraph store, one named graph per article.

Layout (the same in a store and in :func:`serialize_dataset`'s N-Quads/TriG):

- named graph ``<article IRI>``: the article node's triples (its text, date,
  headline, publisher) and those of the mentions in it (``kg:Mention`` with
  NIF offsets), i.e. everything that belongs to that one article alone;
- default graph: the cross-article picture (actors, places, events, claims,
  quotes and their links to articles and mentions), which resolution
  recomputes whenever an article is added.

An article's graph can thus be replaced or dropped on its own. Queries on a
store see the union of all graphs as their default graph
(:class:`UnionStore`), so every shipped query runs unchanged.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
from rdflib import Graph
from rdflib.namespace import RDF

from kg.system.files import fsync_folder, replace, temporary_name
from kg.errors import GraphError
from kg.rdf.mapping import Triples, mapped_rows
from kg.rdf.terms import to_oxigraph
from kg.rdf.vocab import KG

DEFAULT = pyoxigraph.DefaultGraph()


class _Terms:
    """rdflib → pyoxigraph terms, each distinct IRI converted once."""

    def __init__(self) -> None:
        self.nodes: dict = {}

    def __call__(self, term):
        node = self.nodes.get(term)
        if node is None:
            node = self.nodes[term] = to_oxigraph(term)
        return node


def graph_of(graph: Graph) -> dict:
    """Subject → the article IRI whose named graph holds its triples (articles and their mentions)."""
    home = {article: article for article in graph.subjects(RDF.type, KG.Article)}
    for mention, article in graph.subject_objects(KG.inArticle):
        home[mention] = article
    return home


def dataset_quads(graph: Graph) -> Iterator[pyoxigraph.Quad]:
    """The triples of ``graph`` as quads in the store layout."""
    rows = mapped_rows(graph)
    if rows is not None:  # a graph straight from kg.rdf: no rdflib terms needed
        yield from _mapped_quads(rows)
        return
    home = graph_of(graph)
    term = _Terms()
    for s, p, o in graph:
        article = home.get(s)
        yield pyoxigraph.Quad(term(s), term(p), term(o), DEFAULT if article is None else term(article))


_TYPE, _ARTICLE, _IN_ARTICLE = str(RDF.type), str(KG.Article), str(KG.inArticle)


def _mapped_quads(rows: Triples) -> Iterator[pyoxigraph.Quad]:
    """:func:`dataset_quads` of the rows of a mapped graph, each distinct row once."""
    distinct = dict.fromkeys(rows.all_rows())
    home = {}
    for s, p, o in distinct:
        if p == _IN_ARTICLE or (p == _TYPE and o == _ARTICLE):
            home[s] = o if p == _IN_ARTICLE else s
    nodes: dict[str, pyoxigraph.NamedNode] = {}

    def node(iri: str) -> pyoxigraph.NamedNode:
        named = nodes.get(iri)
        if named is None:
            named = nodes[iri] = pyoxigraph.NamedNode(iri)
        return named

    for s, p, o in distinct:
        if o.__class__ is str:
            obj = node(o)
        elif o.datatype is None:
            obj = pyoxigraph.Literal(o.lexical)
        else:
            obj = pyoxigraph.Literal(o.lexical, datatype=node(o.datatype))
        article = home.get(s)
        yield pyoxigraph.Quad(node(s), node(p), obj, DEFAULT if article is None else node(article))


def serialize_dataset(graph: Graph, fmt: str = "nq") -> bytes:
    """N-Quads (sorted lines) or TriG of the dataset layout, deterministic: same graph, same bytes."""
    if fmt == "nq":
        data = pyoxigraph.serialize(dataset_quads(graph), format=pyoxigraph.RdfFormat.N_QUADS)
        lines = sorted(line for line in data.split(b"\n") if line.strip())
        return b"\n".join(lines) + b"\n" if lines else b""
    if fmt == "trig":
        quads = sorted(dataset_quads(graph), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
        prefixes = {prefix: str(namespace) for prefix, namespace in graph.namespaces()}
        return pyoxigraph.serialize(quads, format=pyoxigraph.RdfFormat.TRIG, prefixes=prefixes)
    raise GraphError(f"the dataset layout is written as nq or trig, not {fmt!r}")


def save(graph: Graph, directory: Path | str) -> pyoxigraph.Store:
    """Replace the contents of the store at ``directory`` (created if absent) with ``graph``, atomically.

    The new store is written into a fresh folder beside ``directory``
    (``.NAME.RANDOM.store``), flushed, and then ``directory``, a symlink to
    that folder, is switched to it in one rename; the old folder is removed
    after. A reader, or a build killed at any moment, sees the old store or
    the new one, whole, never an empty or half-loaded one. A store folder of
    an older version (a real folder) is moved aside first; any other folder
    or file at ``directory`` is refused, never deleted.
    """
    link = Path(directory)
    old = store_folder(link)
    link.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(link, keep=old)
    fresh = temporary_name(link, "store")
    try:
        store = pyoxigraph.Store(str(fresh))
        store.bulk_extend(dataset_quads(graph))
        store.flush()
        store.optimize()
    except OSError as error:
        shutil.rmtree(fresh, ignore_errors=True)
        raise GraphError(f"{directory}: cannot write the store: {error}") from error
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    fsync_folder(fresh)
    if link.is_dir() and not link.is_symlink():
        if old is None:  # an empty folder
            link.rmdir()
        else:  # a store of the older layout, a real folder
            aside = temporary_name(link, "store")
            os.rename(link, aside)
            old = aside
    pointer = temporary_name(link, "link")
    os.symlink(fresh.name, pointer)
    replace(pointer, link)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return store


def store_folder(directory: Path | str) -> Path | None:
    """The folder holding the store at ``directory`` now, or None if there is none yet (nothing
    there, or an empty folder); raises GraphError when ``directory`` is something :func:`save`
    must not replace (a file, a folder that is no store, a foreign symlink)."""
    link = Path(directory)
    if link.is_symlink():
        target = Path(os.path.realpath(link))
        if target.parent != Path(os.path.realpath(link.parent)) or not _is_ours(link, target.name):
            raise GraphError(f"{link}: a symlink to {target}, not a store written by kg build --store")
        return target if target.exists() else None
    if not link.exists():
        return None
    if not link.is_dir():
        raise GraphError(f"{link}: not a folder")
    entries = {entry.name for entry in link.iterdir()}
    if not entries:
        return None
    if "CURRENT" not in entries:  # every RocksDB database, hence every pyoxigraph store, has one
        raise GraphError(f"{link}: a folder that is not a store; give a new or empty folder for --store")
    return link


def _is_ours(link: Path, name: str) -> bool:
    return name.startswith(f".{link.name}.") and name.endswith(".store")


def _remove_leftovers(link: Path, keep: Path | None) -> None:
    """Remove the folders and links that a killed ``save`` left beside ``link``."""
    for path in link.parent.iterdir():
        if not path.name.startswith(f".{link.name}.") or (keep is not None and path.name == keep.name):
            continue
        if path.name.endswith(".link") and path.is_symlink():
            path.unlink(missing_ok=True)
        elif path.name.endswith(".store") and path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)


class UnionStore:
    """A store whose queries see every named graph as part of the default graph."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        self.store = store

    def query(self, text: str, **options):
        options.setdefault("use_default_graph_as_union", True)
        return self.store.query(text, **options)

    def __len__(self) -> int:
        return len(self.store)


def open_store(directory: Path | str) -> UnionStore:
    """A store written by :func:`save`, opened read-only (other readers may share it)."""
    path = Path(directory)
    if not path.is_dir():
        raise GraphError(f"{directory}: no such store")
    try:
        return UnionStore(pyoxigraph.Store.read_only(str(path)))
    except OSError as error:
        raise GraphError(f"{directory}: cannot open the store: {error}") from error
