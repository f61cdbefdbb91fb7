"""The RDF layer: vocabulary, mapping records to triples, reading and writing graphs, stores."""
