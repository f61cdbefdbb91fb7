"""SPARQL: the shipped questions, local queries and remote endpoints."""
