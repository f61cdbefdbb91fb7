"""The spaCy pipeline: loading and parsing."""
