"""newskg: turn news articles into an RDF knowledge graph.

The library API (the CLI is a thin layer over it):

- ``kg.build(inputs, ...)``: read, extract, resolve and map articles to RDF
  (:func:`kg.pipeline.build.build`);
- ``kg.validate(data, ...)``: SHACL validation against ``shapes/``
  (:func:`kg.validation.validate.validate`);
- ``kg.query(query, graphs, ...)``: SPARQL on pyoxigraph (:func:`kg.sparql.query.query`).

OWL consistency checking with owlready2 + HermiT is
:func:`kg.validation.reason.check_consistency`.

The three are imported on first use, so ``import kg.model`` (or any small
module) does not load spaCy, pySHACL or pyoxigraph.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"
__all__ = ["build", "validate", "query"]

# The module that holds each function of the public API.
_API = {
    "build": "kg.pipeline.build",
    "validate": "kg.validation.validate",
    "query": "kg.sparql.query",
}


def __getattr__(name: str):
    if name not in _API:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    function = getattr(importlib.import_module(_API[name]), name)
    globals()[name] = function
    return function


def __dir__() -> list[str]:
    return sorted([*globals(), *_API])
