"""Typed exceptions and the exit codes the CLI maps them to.

Exit codes (documented in the README):
  0  success (build: every article built; validate: the graph conforms)
  1  validate/reason: the graph does not conform / is inconsistent
  2  usage or fatal error (bad option, missing file, unreadable graph, no Java)
  3  build: the graph was written, but some articles were skipped
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_NONCONFORMING = 1
EXIT_ERROR = 2
EXIT_PARTIAL = 3


class KGError(Exception):
    """Base class: a problem reported to the user in one line, exit code 2."""

    exit_code = EXIT_ERROR


class InputError(KGError):
    """An input path or record cannot be read."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class GraphError(KGError):
    """An RDF graph cannot be parsed or written."""


class QueryError(KGError):
    """A SPARQL query cannot be parsed or run."""


class ShapesError(KGError):
    """A SHACL shapes graph cannot be loaded or is itself invalid."""


class ReasonerError(KGError):
    """The OWL reasoner cannot run (e.g. Java is missing)."""


class TimeLimitError(KGError):
    """A query, an endpoint or the reasoner did not finish within its time limit (--timeout)."""


class WorkerError(KGError):
    """A worker process died, or failed with an exception that cannot travel back."""
