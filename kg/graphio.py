"""Reading and writing RDF files: formats by name or extension, atomic writes.

Serialisation is deterministic: N-Triples and N-Quads are written as sorted
lines; Turtle, TriG and JSON-LD go through rdflib, whose serialisers order
subjects and predicates.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph, URIRef

from .errors import GraphError

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


def atomic_write(path: Path | str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename, so no half-written file is ever left."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def serialize(graph: Graph, fmt: str, named_graph: str | None = None) -> bytes:
    """Serialise deterministically. ``nq``/``trig`` put the triples into ``named_graph`` (default graph if None)."""
    if fmt in ("nt", "nq"):
        lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines()
        lines = sorted(line for line in lines if line.strip())
        if fmt == "nq" and named_graph:
            lines = [line[: line.rstrip().rfind(".")].rstrip() + f" <{named_graph}> ." for line in lines]
        return ("\n".join(lines) + "\n").encode("utf-8") if lines else b""
    if fmt == "trig" and named_graph:
        dataset = Dataset()
        for prefix, namespace in graph.namespaces():
            dataset.bind(prefix, namespace)
        named = dataset.graph(URIRef(named_graph))
        for triple in graph:
            named.add(triple)
        return dataset.serialize(format="trig", encoding="utf-8")
    return graph.serialize(format=FORMATS[fmt][0], encoding="utf-8")


def write_graph(graph: Graph, path: Path | str, fmt: str | None = None, named_graph: str | None = None) -> str:
    """Serialise ``graph`` to ``path`` atomically; returns the format used."""
    name = format_of(path, fmt)
    atomic_write(path, serialize(graph, name, named_graph))
    return name


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
