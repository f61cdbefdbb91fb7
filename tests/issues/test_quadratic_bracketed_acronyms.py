"""Each organisation mention rebuilt the article's text (``Doc.text``) and scanned every
mention to find the name before a bracketed acronym: quadratic on a long article (a
5,000,000-character article spent minutes there). The text is built once and the names are
indexed by where they end; the acronyms expand as the scan expanded them."""

from kg.extract.short_names import expand_short_names
from kg.knowledge.gazetteer import Gazetteer
from kg.model import ORGANIZATION, EntityMention, Span


def organisation(text: str, surface: str, start: int) -> EntityMention:
    start = text.index(surface, start)
    return EntityMention(f"m{start}", Span(start, start + len(surface), surface), surface, ORGANIZATION,
                         {ORGANIZATION: 1.0})


def test_every_bracketed_acronym_of_a_long_article_takes_the_name_before_it(nlp):
    pieces = []
    for i in range(60):
        pieces.append(f"Singapore Airlines (SIA) flew. SIA said so. Acme Group  (AG) agreed. Board {i} met.")
    text = " ".join(pieces)
    doc = nlp(text)
    mentions, cursor = [], 0
    for surface in ("Singapore Airlines", "SIA", "SIA", "Acme Group", "AG") * 60:
        mention = organisation(text, surface, cursor)
        cursor = mention.span.end
        mentions.append(mention)
    names = [m.name for m in expand_short_names(doc, mentions, Gazetteer())]
    assert names == ["Singapore Airlines", "Singapore Airlines", "Singapore Airlines", "Acme Group", "Acme Group"] * 60
