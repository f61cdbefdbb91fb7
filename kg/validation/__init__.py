"""Checking graphs: SHACL validation, its reports, and OWL consistency."""
