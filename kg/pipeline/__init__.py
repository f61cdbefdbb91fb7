"""The build: stages run in order, the extraction cache, distributed extraction."""
