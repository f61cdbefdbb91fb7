"""A death reported as "hanged himself in his cell" or "was found dead in prison" made no event:
neither phrase was a trigger (ACE Life.Die covers both: a suicide, a body found). "hanged"
with a person as its object is an execution (Life.Die with an agent); "hung a flag" is nothing."""

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article


def events(nlp, text: str) -> list[tuple[str, str]]:
    article = clean(Article(source_id="a", text=text))
    return [(e.type, e.trigger.text) for e in Extractor()(article, nlp(article.masked)).events]


def test_hanged_himself_is_a_death(nlp):
    assert events(nlp, "Marco Ventre hanged himself in his cell on Tuesday evening.") == [("Die", "hanged himself")]


def test_found_dead_is_a_death(nlp):
    assert events(nlp, "Marco Ventre was found dead in the prison.") == [("Die", "found dead")]


def test_hanging_a_thing_is_no_event(nlp):
    assert events(nlp, "They hung a flag from the balcony.") == []
