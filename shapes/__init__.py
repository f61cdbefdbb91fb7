"""SHACL shapes of newskg (Turtle files), shipped as package data."""
