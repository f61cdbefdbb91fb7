"""The OWL ontology of newskg (Turtle files), shipped as package data."""
