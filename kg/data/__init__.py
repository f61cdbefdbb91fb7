"""Knowledge files (gazetteers, lexicons, codes) used by the extractors. See README.md here."""
