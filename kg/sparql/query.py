"""Run SPARQL queries on graphs with pyoxigraph and format the answers.

Each shipped query in ``queries/`` starts with comment lines: the first says
the question it answers; lines ``# param NAME: …`` document its parameters.
A parameter is a ``VALUES ?NAME { "default" }`` block in the query, so every
file is valid SPARQL as it stands; ``params={"NAME": "value"}`` replaces the
block's values with the given plain literal.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph

from kg.errors import QueryError
from kg.rdf.graphio import load_store
from kg.knowledge.resources import queries_dir
from kg.rdf.vocab import PREFIXES



@dataclass
class QueryFile:
    name: str
    path: Path
    question: str
    params: dict[str, str]  # name → documentation (with its default)
    text: str


@dataclass
class Answer:
    variables: list[str]
    rows: list[list[str | None]]


def shipped_queries() -> list[QueryFile]:
    """The competency-question queries shipped with newskg, by name."""
    return [read_query_file(path) for path in sorted(queries_dir().glob("*.rq"))]


def read_query_file(path: Path | str) -> QueryFile:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: cannot read the query: {error.strerror or error}") from error
    comments = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("#")]
    question = next((c for c in comments if c and not c.startswith("param ")), path.stem)
    params = {}
    for comment in comments:
        if comment.startswith("param "):
            name, _, doc = comment[len("param "):].partition(":")
            params[name.strip()] = doc.strip()
    return QueryFile(path.stem, path, question, params, text)


def _substitute(text: str, params: dict[str, str] | None) -> str:
    for name, value in (params or {}).items():
        block = re.compile(r"VALUES\s+\?" + re.escape(name) + r"\s*\{[^}]*\}", re.IGNORECASE)
        if not block.search(text):
            raise QueryError(f"the query has no parameter {name!r} (no VALUES ?{name} block)")
        literal = json.dumps(value, ensure_ascii=False)
        text = block.sub(lambda _: f"VALUES ?{name} {{ {literal} }}", text)
    return text


def _prologue() -> str:
    return "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in PREFIXES.items())


def query_text(query: str, params: dict[str, str] | None = None) -> str:
    """The text to send to any SPARQL engine: ``params`` bound in their ``VALUES`` blocks and the
    standard prefixes declared when the query declares none."""
    text = _substitute(query, params)
    if not re.search(r"^\s*PREFIX\s", text, re.IGNORECASE | re.MULTILINE):
        text = _prologue() + text
    return text


def _term(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, pyoxigraph.Literal):
        return term.value
    if isinstance(term, pyoxigraph.NamedNode):
        return term.value
    return str(term)


def run(query: str, store: pyoxigraph.Store, params: dict[str, str] | None = None) -> Answer:
    """Run a SELECT (or ASK) query on a store. Standard prefixes are predeclared."""
    text = query_text(query, params)
    try:
        result = store.query(text)
    except SyntaxError as error:
        raise QueryError(f"the query does not parse: {error}") from error
    except (OSError, ValueError) as error:
        raise QueryError(f"the query failed: {error}") from error
    if isinstance(result, bool):
        return Answer(["ask"], [["true" if result else "false"]])
    if not isinstance(result, pyoxigraph.QuerySolutions):
        raise QueryError("only SELECT and ASK queries print as tables; use CONSTRUCT through the library API")
    variables = [v.value for v in result.variables]
    rows = [[_term(solution[v]) for v in variables] for solution in result]
    return Answer(variables, rows)


def query(query: str | Path, graphs: list[Path | str] | None = None, *, store: pyoxigraph.Store | None = None,
          params: dict[str, str] | None = None) -> Answer:
    """Run a query (text or a ``.rq`` path) on RDF files, on a store, or both."""
    if isinstance(query, Path) or (isinstance(query, str) and query.endswith(".rq") and "\n" not in query):
        query = read_query_file(query).text
    store = load_store(list(graphs or []), store)
    return run(query, store, params)


# -- formatting -------------------------------------------------------------------


def _short(value: str | None) -> str:
    if value is None:
        return ""
    for prefix, namespace in PREFIXES.items():
        if value.startswith(str(namespace)):
            return f"{prefix}:{value[len(str(namespace)):]}"
    return value


def to_csv(answer: Answer, delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(answer.variables)
    for row in answer.rows:
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


def to_json(answer: Answer) -> str:
    return json.dumps([dict(zip(answer.variables, row)) for row in answer.rows], ensure_ascii=False, indent=2) + "\n"


def to_rows(answer: Answer) -> list[list[str]]:
    """Rows shortened for display: kg:, id:… prefixes instead of full IRIs."""
    return [[_short(v) for v in row] for row in answer.rows]
