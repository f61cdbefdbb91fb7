"""newskg: turn news articles into an RDF knowledge graph.

The library API (the CLI is a thin layer over it):

- ``kg.build(inputs, ...)``: read, extract, resolve and map articles to RDF;
- ``kg.validate(graphs, ...)``: SHACL validation (pySHACL; large graphs with ``kg.shacl_fast``, same report);
- ``kg.query(query, graphs, ...)``: SPARQL on pyoxigraph;
- ``kg.reason(graph, ...)``: OWL consistency with owlready2 + HermiT.
"""

__version__ = "0.1.0"
