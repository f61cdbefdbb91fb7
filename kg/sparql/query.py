"""Run SPARQL queries on graphs with pyoxigraph and format the answers.

Each shipped query in ``queries/`` starts with comment lines: the first says
the question it answers; lines ``# param NAME: … (default VALUE)`` document
its parameters. A parameter is a variable of the query's SELECT clause;
``params={"NAME": "value"}`` binds it to that plain literal before the query
runs (pyoxigraph's ``substitutions``, SPARQL-dev SEP-0007), so a value is
never read as SPARQL. A parameter not given takes its default; one whose
default is "every …" stays unbound. Test that with ``COALESCE`` (as in
``queries/claims.rq``), not ``BOUND``: pyoxigraph 0.5 keeps ``BOUND(?NAME)``
false for a substituted variable, and a ``VALUES ?NAME { … }`` block in the
query would be joined with the value, not replaced by it.

Queries run offline: ``SERVICE`` fails and ``SERVICE SILENT`` gives no rows,
as for an unreachable endpoint, unless ``allow_service=True``. Updates are
refused.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import IO, Iterator

import pyoxigraph

from kg.errors import QueryError
from kg.knowledge.resources import queries_dir
from kg.rdf.graphio import load_store
from kg.rdf.vocab import DATA, PREFIXES
from kg.sparql import lexer
from kg.system.timeout import call_with_timeout

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {XSD + name for name in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                                     "negativeInteger", "nonPositiveInteger", "unsignedInt", "unsignedLong",
                                     "unsignedShort", "unsignedByte")}
_REALS = {XSD + "decimal", XSD + "double", XSD + "float"}
_DEFAULT = re.compile(r"\(default\s+(.+?)\)\s*$")


@dataclass
class QueryFile:
    name: str
    path: Path
    question: str
    params: dict[str, str]  # name → documentation (with its default)
    text: str


@dataclass
class Answer:
    """A table of answers: each cell is the term's lexical form (IRI, literal value) or None if unbound."""

    variables: list[str]
    rows: list[list[str | None]]
    # per cell: "iri", "bnode", a literal's datatype IRI, or None (unbound); empty if unknown
    kinds: list[list[str | None]] = field(default_factory=list)

    def cells(self) -> Iterator[tuple[list[str | None], list[str | None]]]:
        """(values, kinds) row by row."""
        return zip(self.rows, self.kinds or [[None] * len(self.variables)] * len(self.rows))


@dataclass
class StreamedAnswer:
    """An answer read while it is printed (from an endpoint): ``cells()`` can be iterated once."""

    variables: list[str]
    rows: Iterator[tuple[list[str | None], list[str | None]]]

    def cells(self) -> Iterator[tuple[list[str | None], list[str | None]]]:
        return self.rows

    def collect(self) -> Answer:
        rows, kinds = [], []
        for values, row_kinds in self.rows:
            rows.append(values)
            kinds.append(row_kinds)
        return Answer(self.variables, rows, kinds)


def shipped_queries() -> list[QueryFile]:
    """The competency-question queries shipped with newskg, by name."""
    return [read_query_file(path) for path in sorted(queries_dir().glob("*.rq"))]


def read_query_file(path: Path | str) -> QueryFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: cannot read the query: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise QueryError(f"{path}: the query is not UTF-8 text (byte {error.start})") from error
    comments = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
    question = next((c for c in comments if c and not c.startswith("param ")), path.stem)
    params = {}
    for comment in comments:
        if comment.startswith("param "):
            name, _, doc = comment[len("param "):].partition(":")
            params[name.strip()] = doc.strip()
    return QueryFile(path.stem, path, question, params, text)


def parameter_defaults(query: str) -> dict[str, str | None]:
    """The parameters of the query's ``# param NAME: … (default VALUE)`` comments, with their defaults
    (quotes removed; None for a default such as "every kind", which leaves the parameter unbound)."""
    defaults = {}
    for line in query.splitlines():
        comment = line.lstrip("#").strip() if line.startswith("#") else ""
        if comment.startswith("param "):
            name, _, doc = comment[len("param "):].partition(":")
            found = _DEFAULT.search(doc)
            defaults[name.strip()] = found.group(1).strip().strip('"') if found else None
    return defaults


def bindings(query: str, params: dict[str, str] | None) -> dict[str, str]:
    """The query's bound parameters: its defaults, overridden by ``params``."""
    values = {name: value for name, value in {**parameter_defaults(query), **(params or {})}.items() if value is not None}
    for name, value in values.items():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:  # e.g. a non-UTF-8 byte of a command line, kept as a surrogate
            raise QueryError(f"parameter {name!r}: the value is not valid text (character {error.start})") from None
    return values


def prologue() -> str:
    """PREFIX declarations of the standard prefixes, for endpoints (pyoxigraph takes them as ``prefixes``)."""
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def check_readonly(query: str, *, allow_service: bool = False) -> str:
    """``query`` as it may run: updates refused, ``SERVICE`` kept offline unless allowed."""
    if lexer.is_update(query):
        raise QueryError("updates are not allowed: kg only reads graphs (this is a SPARQL update)")
    if allow_service:
        return query
    try:
        return lexer.offline(query)
    except ValueError as error:
        raise QueryError(f"{error}: queries run offline; pass --allow-service (allow_service=True) to let it") from error


def with_values(text: str, params: dict[str, str] | None) -> str:
    """``text`` with its parameters bound by a ``VALUES`` block at the start of its WHERE clause.

    For a query that runs elsewhere (an endpoint, kg serve's page), since the
    SPARQL protocol has no way to send bindings beside a query; each value
    (``params`` over the defaults) is written as an N-Triples literal by
    pyoxigraph, so it stays one literal whatever it contains. A declared
    parameter with no value is ``UNDEF``, so a reader sees where to put one.
    """
    values = {**dict.fromkeys(parameter_defaults(text)), **bindings(text, params)}
    if not values:
        return text
    names = " ".join(f"?{name}" for name in values)
    terms = " ".join("UNDEF" if value is None else str(pyoxigraph.Literal(value)) for value in values.values())
    try:
        return lexer.insert_into_where(text, f"VALUES ({names}) {{ ({terms}) }}")
    except ValueError as error:
        raise QueryError(f"the query does not parse: {error}") from error


def cell(term) -> tuple[str | None, str | None]:
    """A pyoxigraph term as (lexical value, kind): kind is "iri", "bnode" or a literal's datatype IRI."""
    if term is None:
        return None, None
    if isinstance(term, pyoxigraph.Literal):
        return term.value, term.datatype.value
    if isinstance(term, pyoxigraph.NamedNode):
        return term.value, "iri"
    if isinstance(term, pyoxigraph.BlankNode):
        return str(term), "bnode"
    return str(term), None


_LITERAL, _NAMED_NODE = pyoxigraph.Literal, pyoxigraph.NamedNode


def run(query: str, store: pyoxigraph.Store, params: dict[str, str] | None = None, *,
        allow_service: bool = False) -> Answer:
    """Run a SELECT or ASK query on a store. Standard prefixes are predeclared.

    ``params`` bind variables of the SELECT clause to plain literals (see the
    module's docstring); ``allow_service`` lets ``SERVICE`` reach the network.
    """
    text = check_readonly(query, allow_service=allow_service)
    substitutions = {pyoxigraph.Variable(name): pyoxigraph.Literal(value)
                     for name, value in bindings(query, params).items()}
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
    try:
        result = store.query(text, prefixes=prefixes, substitutions=substitutions or None)
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {error}") from error
    except RuntimeError as error:
        unselected = re.search(r"variable \?(\S+) in its SELECT projection", str(error))
        if unselected:  # a substitution of a variable the query does not select
            raise QueryError(f"the query has no parameter {unselected.group(1)!r}: a parameter is a variable "
                             "of the query's SELECT clause") from error
        raise QueryError(f"the query failed: {error}") from error
    except (OSError, ValueError) as error:
        raise QueryError(f"the query failed: {error}") from error
    if isinstance(result, pyoxigraph.QueryBoolean):
        return Answer(["ask"], [["true" if bool(result) else "false"]], [[XSD + "boolean"]])
    if not isinstance(result, pyoxigraph.QuerySolutions):
        raise QueryError("only SELECT and ASK queries print as tables; use CONSTRUCT through the library API")
    variables = [v.value for v in result.variables]
    rows, kinds = [], []
    try:
        for solution in result:
            # a solution's terms in the order of its variables (None when unbound), each read as cell() does,
            # inline: by name, the look-up cost more than the rest; a call of cell() per term, a quarter of it
            row, row_kinds = [], []
            for term in solution:
                term_type = type(term)
                if term_type is _LITERAL:
                    row.append(term.value)
                    row_kinds.append(term.datatype.value)
                elif term_type is _NAMED_NODE:
                    row.append(term.value)
                    row_kinds.append("iri")
                else:
                    value, kind = cell(term)
                    row.append(value)
                    row_kinds.append(kind)
            rows.append(row)
            kinds.append(row_kinds)
    except (OSError, RuntimeError, ValueError) as error:
        raise QueryError(f"the query failed: {error}") from error
    return Answer(variables, rows, kinds)


def query(query: str | Path, graphs: list[Path | str] | None = None, *, store: pyoxigraph.Store | None = None,
          params: dict[str, str] | None = None, allow_service: bool = False, timeout: float | None = None) -> Answer:
    """Run a query (text or a ``.rq`` path) on RDF files, on a store, or both.

    With ``timeout`` (seconds) loading and querying run in a worker process
    that is killed past the limit (:class:`kg.errors.TimeLimitError`).
    """
    if isinstance(query, Path) or (isinstance(query, str) and query.endswith(".rq") and "\n" not in query):
        query = read_query_file(query).text

    def load_and_run() -> Answer:
        return run(query, load_store(list(graphs or []), store), params, allow_service=allow_service)

    return call_with_timeout(load_and_run, timeout=timeout, what="the query")


# -- formatting -------------------------------------------------------------------


# Display names: the standard prefixes, and id: for the graph's own nodes (as in validation reports).
_DISPLAY_PREFIXES = sorted({**{p: str(n) for p, n in PREFIXES.items()}, "id": str(DATA)}.items(),
                           key=lambda item: -len(item[1]))


def short(value: str | None, kind: str | None = "iri") -> str:
    """A cell as a person reads it: an IRI as a prefixed name (``kg:Killed``, ``id:person/…``) when it has one."""
    if value is None:
        return ""
    if kind == "iri":
        for prefix, namespace in _DISPLAY_PREFIXES:
            if value.startswith(namespace):
                return f"{prefix}:{value[len(namespace):]}"
    return value


def write_csv(answer: Answer | StreamedAnswer, file: IO[str], delimiter: str = ",") -> None:
    """The answer as CSV (or TSV), written row by row as it comes."""
    writer = csv.writer(file, delimiter=delimiter, lineterminator="\n")
    writer.writerow(answer.variables)
    for values, _ in answer.cells():
        writer.writerow(["" if v is None else v for v in values])


def to_csv(answer: Answer, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    write_csv(answer, buffer, delimiter)
    return buffer.getvalue()


def _json_value(value: str | None, kind: str | None):
    """Numbers and booleans as JSON numbers and booleans; everything else as a string."""
    if value is None or kind is None:
        return value
    try:
        if kind in _INTEGERS:
            return int(value)
        if kind in _REALS:
            number = Decimal(value)
            return int(number) if number == number.to_integral_value() else float(number)
    except (ValueError, ArithmeticError):
        return value  # an ill-typed literal keeps its lexical form
    if kind == XSD + "boolean" and value in ("true", "false", "1", "0"):
        return value in ("true", "1")
    return value


def write_json(answer: Answer | StreamedAnswer, file: IO[str]) -> None:
    """A JSON array of one object per row, written row by row as it comes."""
    file.write("[")
    index = -1
    for index, (values, kinds) in enumerate(answer.cells()):
        record = {name: _json_value(value, kind) for name, value, kind in zip(answer.variables, values, kinds)}
        body = json.dumps(record, ensure_ascii=False, indent=2).replace("\n", "\n  ")
        file.write(("," if index else "") + "\n  " + body)
    file.write("\n]\n" if index >= 0 else "]\n")


def to_json(answer: Answer) -> str:
    buffer = io.StringIO()
    write_json(answer, buffer)
    return buffer.getvalue()


def to_rows(answer: Answer) -> list[list[str]]:
    """Rows for display: IRIs as kg:, id:… prefixed names."""
    kinds = answer.kinds or [["iri"] * len(answer.variables) for _ in answer.rows]
    return [[short(value, kind) for value, kind in zip(row, row_kinds)] for row, row_kinds in zip(answer.rows, kinds)]
