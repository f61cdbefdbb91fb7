"""The conflicts a build finds between one shooting's report and a second article (issue 14's
regression tests on kg:conflictsWith share this)."""

from __future__ import annotations

import json

from kg.pipeline.build import build

SHOOTING = {"id": "a", "title": "Gunman kills three at Millbrook mall", "date": "2021-03-06",
            "text": "A gunman opened fire at the Millbrook mall on Saturday, police said. Three people were killed "
                    "in the shooting. Police Chief Dana Reyes said the gunman fled."}


def conflicts(tmp_path, title: str, text: str) -> set[tuple]:
    """(measure, value, articles) of each claim that conflicts with another, when the second
    article (same day, ``title``, ``text``) is built with ``SHOOTING``."""
    other = {"id": "b", "title": title, "date": "2021-03-06", "text": text}
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(article) + "\n" for article in (SHOOTING, other)), encoding="utf-8")
    return {(c.measure, c.value, tuple(c.articles)) for c in build([path]).resolved.claims if c.conflicts_with}
