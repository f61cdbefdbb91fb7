"""Rewrite one "## " section of docs/EVALUATION.md, leaving every other section as it is.

A bench owns its section: ``write_section(title, body)`` replaces the text
from ``## title`` to the next ``## `` heading, or adds the section before
"## How to reproduce" (kept last) when it is not there yet.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "EVALUATION.md"
LAST = "How to reproduce"


def _sections(text: str) -> list[tuple[str | None, str]]:
    """(title, whole text including the heading) in order; the part before the first heading has no title."""
    parts: list[tuple[str | None, str]] = []
    title, lines = None, []
    for line in text.splitlines(keepends=True):
        if line.startswith("## "):
            parts.append((title, "".join(lines)))
            title, lines = line[3:].strip(), []
        lines.append(line)
    parts.append((title, "".join(lines)))
    return [p for p in parts if p[1]]


def write_section(title: str, body: str, doc: Path = DOC) -> None:
    text = doc.read_text(encoding="utf-8") if doc.exists() else "# Evaluation\n"
    new = f"## {title}\n\n{body.strip()}\n\n"
    parts = _sections(text)
    titles = [t for t, _ in parts]
    if title in titles:
        parts[titles.index(title)] = (title, new)
    elif LAST in titles and title != LAST:
        parts.insert(titles.index(LAST), (title, new))
    else:
        if parts and not parts[-1][1].endswith("\n\n"):
            parts[-1] = (parts[-1][0], parts[-1][1].rstrip("\n") + "\n\n")
        parts.append((title, new))
    doc.write_text("".join(p for _, p in parts).rstrip("\n") + "\n", encoding="utf-8")


def write_split_section(title: str, intro: str, split: str, text: str, doc: Path = DOC) -> None:
    """A section with a dev part and a test part: writing one split keeps the other as it was."""
    old = dict(_sections(doc.read_text(encoding="utf-8"))).get(title, "") if doc.exists() else ""
    blocks = {}
    for name in ("dev", "test"):
        marker = f"<!-- {name} -->"
        if marker in old:
            blocks[name] = old.split(marker, 1)[1].split("<!-- end -->", 1)[0].strip()
    heading = {"dev": "### Dev", "test": "### Test (reported once, nothing tuned after it)"}
    blocks[split] = f"{heading[split]}\n\n{text.strip()}"
    body = intro.strip() + "".join(f"\n\n<!-- {name} -->\n{blocks[name]}\n<!-- end -->"
                                   for name in ("dev", "test") if name in blocks)
    write_section(title, body, doc)


def split_bench_main(argv: list[str] | None, *, description: str, data: Path, title: str, intro: str,
                     evaluate: Callable[[argparse.Namespace], str],
                     add_arguments: Callable[[argparse.ArgumentParser], None] | None = None) -> int:
    """The command line of a bench with a dev and a test split: ``--split``, ``--write-docs``,
    and whatever ``add_arguments`` adds; ``evaluate(args)`` returns the report text."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--split", choices=("dev", "test"), default="dev",
                        help="test gives the reported figures: run it once, never tune on it")
    parser.add_argument("--write-docs", action="store_true", help=f"rewrite '## {title}' in docs/EVALUATION.md")
    if add_arguments is not None:
        add_arguments(parser)
    args = parser.parse_args(argv)
    if not data.is_dir():
        print(f"{data}: not found", file=sys.stderr)
        return 2
    text = evaluate(args)
    print(text)
    if args.write_docs:
        write_split_section(title, intro, args.split, text)
    return 0
