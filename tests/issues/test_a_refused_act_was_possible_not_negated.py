""""Witnesses were refusing to help investigators" made the help a possible event: an act
someone refuses, declines or fails to do did not happen (NewsReader NEG), so it is negated;
an act someone wants or promises to do stays possible or future."""

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article
from kg.nlp.parse import parse


def factuality(nlp, text: str) -> dict[str, str]:
    article = clean(Article("a", text))
    (_, doc), = parse(nlp, [article])
    return {event.trigger.text: event.factuality for event in Extractor()(article, doc).events}


def test_refusing_to_help_is_no_help(nlp):
    assert factuality(nlp, "The witnesses were refusing to help investigators.")["help"] == "negated"


def test_declining_to_meet_is_no_meeting(nlp):
    assert factuality(nlp, "The minister declined to meet the protesters.")["meet"] == "negated"


def test_wanting_to_help_is_still_only_possible(nlp):
    assert factuality(nlp, "The witnesses want to help investigators.")["help"] == "possible"
