"""Month names of English dates, one table for the dateline reader and the date extractor."""

from __future__ import annotations

# Lowercase name or abbreviation → month number (1–12). Fixed here rather than taken from the
# calendar module, whose names follow the process's locale.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}
