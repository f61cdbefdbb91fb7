"""Looking for every place a name's words stand scanned every token of the article once per
distinct name (quadratic on a long article: a 5,000,000-character article spent most of
its time there). The tokens are now indexed by their text once per article; the names
flagged as things are the same as the scan's."""

from kg.extract.actor_types import thing_names
from kg.model import ORGANIZATION, EntityMention, Span


def mention(text: str, surface: str, nth: int = 0) -> EntityMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return EntityMention(f"m{start}", Span(start, start + len(surface), surface), surface, ORGANIZATION,
                         {ORGANIZATION: 1.0})


def test_a_thing_named_anywhere_in_a_long_article_is_found_as_the_scan_found_it(nlp):
    filler = "The council met on Monday and talked for an hour. " * 200
    text = filler + "Apple released the Safari 4.0 web browser. " + filler + "Apple said Safari sold well."
    doc = nlp(text)
    mentions = [mention(text, "Safari", 1), mention(text, "Apple", 0)]
    assert thing_names(doc, mentions) == {"Safari"}
