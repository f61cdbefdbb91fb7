"""Word families of event triggers (``kg/data/event_word_families.yaml``): the forms of a verb and
the nouns derived from it ("died", "death"; "acquired", "acquisition") read as one word, so that a
happening reported with a verb and with its noun shares a trigger word."""

from __future__ import annotations

import functools

from kg.knowledge.resources import data_yaml


@functools.cache
def _family_of() -> dict[str, str]:
    return {form: head for head, forms in data_yaml("event_word_families.yaml")["families"].items()
            for form in forms}


def word_family(word: str) -> str | None:
    """The head of the family a lower-case word form belongs to ("death" → "die"), None when it
    belongs to none."""
    return _family_of().get(word)
