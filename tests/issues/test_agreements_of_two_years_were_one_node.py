"""An article on a long dispute told of a settlement of one year and an agreement of another, and
both made one Agree node dated by the later (issue 15, sixth audit's class, written as invented
mentions): a year alone is no date, so nothing kept the mentions apart. A mention is told of a
year: its date's, else the one year its sentence names ("settled in 1998"; ``year_of``), and
mentions of two years never join; a mention of no year may join either."""

from datetime import date

import pytest

from kg.model import ORGANIZATION, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events, year_of

ACME = "organization/acme"
ACTORS = [Actor(key=ACME, label="Acme", kind=ORGANIZATION)]
TEXT = ("The firms settled in 1998, with Acme agreeing to leave the field. The agreement was broad. "
        "On May 2, 2004 the firms agreed to go to court.")


def mention(key: str, word: str, **more) -> EventMention:
    start = TEXT.index(word)
    sentence_start = TEXT.rfind(". ", 0, start) + 2 if ". " in TEXT[:start] else 0
    sentence_end = TEXT.index(".", start) + 1
    return EventMention(key, "Agree", Span(start, start + len(word), word),
                        Span(sentence_start, sentence_end, TEXT[sentence_start:sentence_end]), **more)


def test_an_agreement_of_another_year_is_another_node():
    mentions = [mention("v1", "agreeing", agents=["e1"]), mention("v2", "agreement"),
                mention("v3", "agreed", date=date(2004, 5, 2))]
    extraction = ArticleExtraction(Article("a", TEXT, date=date(2006, 3, 1)), events=mentions)
    events, _ = merge_events([extraction], {("a", "e1"): ACME}, ACTORS, story_of={"a": 0})
    assert sorted(sorted(event.triggers) for event in events) == [["agreed"], ["agreeing", "agreement"]]


@pytest.mark.parametrize("sentence, year", [
    ("The first suit was settled in 1998.", 1998),
    ("The 2004 agreement was broad.", 2004),
    ("The informer of the 1972 scandal has died.", None),
    ("Acme sues Rival\nMarch 28, 2006\nAcme has filed suit.", 2006),
    ("Shots were fired in the 2000 block of Elm Road.", None),
    ("A man was shot at 1901 Elm Road.", None),
    ("In the late 1980s Acme sued again.", None),
    ("Acme sold it in 1990 and again in 2001.", None),
])
def test_the_year_a_sentence_tells_of(sentence, year):
    word = next(w for w in ("settled", "agreement", "filed", "fired", "shot", "sued", "sold", "died") if w in sentence)
    at = sentence.index(word)
    mention = EventMention("v1", "Agree", Span(at, at + len(word), word), Span(0, len(sentence), sentence))
    assert year_of(mention) == year
