"""Reading and writing RDF files: formats by name or extension, atomic writes (:mod:`kg.atomic`).

Serialisation is deterministic: N-Triples and N-Quads are written as sorted
lines (straight from the mapped rows for a graph that :func:`kg.rdf.to_graph`
made, without building rdflib terms); Turtle, TriG and JSON-LD go through
rdflib, whose Turtle and TriG serialisers order subjects and predicates (TriG
through a dataset, so the default graph has no random name), and whose JSON-LD
is put in order here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph, URIRef

from kg.atomic import atomic_write
from kg.errors import GraphError
from kg.rdf.mapping import mapped_rows

FORMATS = {
    # name: (rdflib format, pyoxigraph format, extension)
    "ttl": ("turtle", pyoxigraph.RdfFormat.TURTLE, ".ttl"),
    "nt": ("nt", pyoxigraph.RdfFormat.N_TRIPLES, ".nt"),
    "nq": ("nquads", pyoxigraph.RdfFormat.N_QUADS, ".nq"),
    "trig": ("trig", pyoxigraph.RdfFormat.TRIG, ".trig"),
    "jsonld": ("json-ld", pyoxigraph.RdfFormat.JSON_LD, ".jsonld"),
}
_EXTENSIONS = {ext: name for name, (_, _, ext) in FORMATS.items()}
_EXTENSIONS.update({".turtle": "ttl", ".json": "jsonld", ".ntriples": "nt", ".nquads": "nq"})


def format_of(path: Path | str, explicit: str | None = None) -> str:
    """The format name of a file, from an explicit name or its extension."""
    if explicit:
        if explicit not in FORMATS:
            raise GraphError(f"unknown RDF format {explicit!r}: choose one of {', '.join(FORMATS)}")
        return explicit
    name = _EXTENSIONS.get(Path(path).suffix.lower())
    if name is None:
        raise GraphError(f"{path}: cannot tell the RDF format from the extension; use one of {', '.join(sorted(_EXTENSIONS))}")
    return name


def serialize(graph: Graph, fmt: str, named_graph: str | None = None) -> bytes:
    """Serialise deterministically. ``nq``/``trig`` put the triples into ``named_graph`` (default graph if None)."""
    return b"".join(_pieces(graph, fmt, named_graph))


def write_graph(graph: Graph, path: Path | str, fmt: str | None = None, named_graph: str | None = None) -> str:
    """Serialise ``graph`` to ``path`` atomically; returns the format used."""
    name = format_of(path, fmt)
    atomic_write(path, _pieces(graph, name, named_graph))
    return name


_LINES_PER_PIECE = 20_000


def _pieces(graph: Graph, fmt: str, named_graph: str | None) -> Iterator[bytes]:
    """The serialisation in pieces: N-Triples and N-Quads a block of lines at a time, never the whole file at once."""
    if fmt in ("nt", "nq"):
        rows = mapped_rows(graph)
        if rows is not None:  # a graph straight from kg.rdf: its lines without rdflib terms (the same bytes)
            lines = rows.ntriples_lines()
        else:
            # One triple per line: literals escape "\n" and "\r", while other line breaks
            # (U+2028, form feed...) may stand in a literal, so split on "\n" only.
            lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
            lines = sorted(line for line in lines if line.strip())
        for start in range(0, len(lines), _LINES_PER_PIECE):
            block = lines[start:start + _LINES_PER_PIECE]
            if fmt == "nq" and named_graph:
                block = [line[: line.rstrip().rfind(".")].rstrip() + f" <{named_graph}> ." for line in block]
            yield ("\n".join(block) + "\n").encode("utf-8")
    elif fmt == "trig":
        # Through a dataset even without a named graph: rdflib writes a plain graph under
        # its identifier, a blank node named afresh on every run; a default graph is "{ … }".
        dataset = Dataset()
        for prefix, namespace in graph.namespaces():
            dataset.bind(prefix, namespace)
        target = dataset.graph(URIRef(named_graph)) if named_graph else dataset.default_graph
        for triple in graph:
            target.add(triple)
        yield dataset.serialize(format="trig", encoding="utf-8")
    elif fmt == "jsonld":
        yield _sorted_json_ld(graph.serialize(format="json-ld", encoding="utf-8"))
    else:
        yield graph.serialize(format=FORMATS[fmt][0], encoding="utf-8")


def _sorted_json_ld(data: bytes) -> bytes:
    """rdflib's JSON-LD with its nodes and values in a fixed order: rdflib lists them in
    the order of a set (it changes from run to run). Only ``@list`` keeps its order."""
    def ordered(value, key=None):
        if isinstance(value, dict):
            return {k: ordered(v, k) for k, v in value.items()}
        if isinstance(value, list):
            items = [ordered(item) for item in value]
            return items if key == "@list" else sorted(items, key=lambda item: json.dumps(item, sort_keys=True))
        return value

    return json.dumps(ordered(json.loads(data)), indent=2, sort_keys=True, ensure_ascii=False).encode("utf-8")


def load_store(paths: list[Path | str], store: pyoxigraph.Store | None = None) -> pyoxigraph.Store:
    """Load RDF files into a pyoxigraph store (an in-memory one unless given)."""
    store = store if store is not None else pyoxigraph.Store()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise GraphError(f"{path}: no such file")
        oxi_format = FORMATS[format_of(path)][1]
        try:
            store.bulk_load(path=str(path), format=oxi_format)
        except (SyntaxError, ValueError, OSError) as error:
            raise GraphError(f"{path}: cannot parse as {format_of(path)}: {error}") from error
    return store


def load_graph(paths: list[Path | str]) -> Graph:
    """Load RDF files into one rdflib graph (all named graphs merged)."""
    graph = Graph()
    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise GraphError(f"{path}: no such file")
        name = format_of(path)
        try:
            if name in ("nq", "trig"):
                dataset = Dataset()
                dataset.parse(path, format=FORMATS[name][0])
                for s, p, o, _ in dataset.quads():
                    graph.add((s, p, o))
            else:
                graph.parse(path, format=FORMATS[name][0])
        except Exception as error:  # rdflib raises many parser-specific types
            raise GraphError(f"{path}: cannot parse as {name}: {error}") from error
    return graph
