"""Reading articles: files and JSON Lines, boilerplate, metadata."""
