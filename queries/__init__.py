"""Competency-question SPARQL files of newskg, shipped as package data."""
