"""``kg serve``: a local, read-only SPARQL endpoint and an analyst web page over a graph.

:func:`create_app` builds the Starlette application (for tests and embedding),
:func:`serve` runs it with uvicorn. Needs the ``server`` extra (starlette, uvicorn).
"""

from kg.serve.app import create_app, serve

__all__ = ["create_app", "serve"]
