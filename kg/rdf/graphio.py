"""Reading and writing RDF files: formats by name or extension, atomic writes (:mod:`kg.system.files`).

Serialisation is deterministic and starts from one place: the graph's
distinct triples as sorted N-Triples lines (straight from the mapped rows for
a graph that :func:`kg.rdf.mapping.to_graph` made, without building rdflib terms).
N-Triples and N-Quads are those lines; Turtle, TriG and JSON-LD are the same
lines parsed and written again by pyoxigraph, which writes triples in the
order it is given them, so each subject comes out once, with the contract's
prefixes (:data:`kg.rdf.vocab.PREFIXES`). Every format is written a block of
lines at a time, never the whole file at once, and for a mapped graph the lines
are made a block at a time too (``Triples.subject_lines``): no format holds
every line.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyoxigraph
from rdflib import Dataset, Graph

from kg.system.files import atomic_write
from kg.errors import GraphError
from kg.rdf.mapping import mapped_rows
from kg.rdf.vocab import PREFIXES

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
    """The serialisation in pieces, a block of about :data:`_LINES_PER_PIECE` triples at a time."""
    if fmt in ("nt", "nq"):
        for block in _line_blocks(graph):
            if fmt == "nq" and named_graph:
                block = [line[: line.rstrip().rfind(".")].rstrip() + f" <{named_graph}> ." for line in block]
            yield ("\n".join(block) + "\n").encode("utf-8")
        return
    # Blocks of whole subjects: for a mapped graph a subject's lines at a time (_line_blocks), as
    # _subject_blocks cuts all the sorted lines, so that no format holds every line.
    blocks = _subject_blocks(_ntriples_lines(graph)) if mapped_rows(graph) is None else _line_blocks(graph)
    if fmt == "jsonld":
        yield from _json_ld_pieces(blocks)
    else:
        yield from _turtle_pieces(blocks, fmt, named_graph if fmt == "trig" else None)


def _line_blocks(graph: Graph) -> Iterator[list[str]]:
    """The sorted N-Triples lines in blocks of at least :data:`_LINES_PER_PIECE` (the last may be
    shorter). For a graph straight from kg.rdf they are made a subject at a time
    (``Triples.subject_lines``), so that writing never holds every line beside the rows, and each
    block is the one :func:`_subject_blocks` cuts from all the lines: whole subjects, ending at the
    first subject's end from :data:`_LINES_PER_PIECE` lines on."""
    rows = mapped_rows(graph)
    if rows is None:
        lines = _ntriples_lines(graph)
        for start in range(0, len(lines), _LINES_PER_PIECE):
            yield lines[start:start + _LINES_PER_PIECE]
        return
    block: list[str] = []
    for lines in rows.subject_lines():
        block += lines
        if len(block) >= _LINES_PER_PIECE:
            yield block
            block = []
    if block:
        yield block


def _ntriples_lines(graph: Graph) -> list[str]:
    """The graph's distinct triples as N-Triples lines (no newline), sorted."""
    rows = mapped_rows(graph)
    if rows is not None:  # a graph straight from kg.rdf: its lines without rdflib terms (the same bytes)
        return rows.ntriples_lines()
    # One triple per line: literals escape "\n" and "\r", while other line breaks
    # (U+2028, form feed...) may stand in a literal, so split on "\n" only.
    lines = graph.serialize(format="nt", encoding="utf-8").decode("utf-8").split("\n")
    return sorted(line for line in lines if line.strip())


def _subject_blocks(lines: list[str]) -> Iterator[list[str]]:
    """Sorted N-Triples lines in blocks of about :data:`_LINES_PER_PIECE`, a subject's lines never split
    (sorted lines of one subject are consecutive, since they share their start), so that each block is a
    whole number of Turtle statements."""
    start = 0
    while start < len(lines):
        end = min(start + _LINES_PER_PIECE, len(lines))
        if end < len(lines):
            subject = lines[end - 1][: lines[end - 1].index(" ") + 1]
            while end < len(lines) and lines[end].startswith(subject):
                end += 1
        yield lines[start:end]
        start = end


def _oxigraph_triples(block: list[str]) -> pyoxigraph.QuadParser:
    """pyoxigraph's triples of a block of N-Triples lines, in their order. Lenient: the lines were written
    here (or by rdflib) from terms already checked, and pyoxigraph then writes every IRI as it is."""
    return pyoxigraph.parse(("\n".join(block) + "\n").encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES,
                            lenient=True)


def _turtle_pieces(blocks: Iterable[list[str]], fmt: str, named_graph: str | None) -> Iterator[bytes]:
    """Turtle or TriG: the contract's prefixes, sorted by name, then each block as pyoxigraph writes it.

    pyoxigraph declares the prefixes again at the start of each block: those lines are dropped. In TriG, a
    named graph of more than one block is written as several blocks of the same graph, which TriG merges.
    """
    prefixes = {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
    declarations = [f"@prefix {prefix}: <{namespace}> .\n".encode("utf-8") for prefix, namespace in prefixes.items()]
    yield b"".join(declarations)
    oxi_format = FORMATS[fmt][1]
    graph_name = pyoxigraph.NamedNode(named_graph) if named_graph else None
    for block in blocks:
        triples = _oxigraph_triples(block)
        if graph_name is not None:
            triples = (pyoxigraph.Quad(t.subject, t.predicate, t.object, graph_name) for t in triples)
        yield _after_lines(pyoxigraph.serialize(triples, format=oxi_format, prefixes=prefixes), set(declarations))


def _after_lines(data: bytes, dropped: set[bytes]) -> bytes:
    """``data`` without the lines at its start that are in ``dropped``."""
    start = 0
    while True:
        end = data.find(b"\n", start) + 1
        if end == 0 or data[start:end] not in dropped:
            return data[start:]
        start = end


def _json_ld_pieces(blocks: Iterable[list[str]]) -> Iterator[bytes]:
    """JSON-LD as pyoxigraph writes it: expanded, one node object per subject, in the order of the sorted
    lines. Each block is an array of node objects; their contents are joined into one array."""
    yield b"["
    for index, block in enumerate(blocks):
        data = pyoxigraph.serialize(_oxigraph_triples(block), format=pyoxigraph.RdfFormat.JSON_LD)
        if not (data.startswith(b"[") and data.endswith(b"]")):
            raise GraphError("pyoxigraph wrote JSON-LD that is not one array of node objects")
        yield (b"," if index else b"") + data[1:-1]
    yield b"]"


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
