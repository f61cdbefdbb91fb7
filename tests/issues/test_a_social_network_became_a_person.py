"""Social networks were people: "Jane Doe posted on Twitter", "said on Twitter", "a YouTube
account" and a reporter's "Follow her on Twitter: @janedoe" gave a Person 'Twitter' in 146
mentions of the 6,834-article build (and 'YouTube', 'Instagram' organisations), and the one node
per name then took the descriptions of every article. A network where people post is a medium,
not an actor (kg/data/name_kinds.yaml, things: media), and the prompts to follow an outlet or a
reporter are page furniture (kg/data/boilerplate.yaml). The rule reads the frame, not the name:
a network that acts stays an actor."""

import pytest

from kg.extract import Extractor
from kg.ingest.clean import clean
from kg.model import Article


def names(nlp, text):
    article = clean(Article("a.txt", text))
    return {m.name for m in Extractor()(article, nlp(article.masked)).entities if not (m.pronoun or m.nominal)}


@pytest.mark.parametrize("text, network", [
    ('"He was a sweet kid, who will be greatly missed," Jane Doe posted on Twitter. "Please pray."', "Twitter"),
    ("Councilman Tom Reyes, who represents the area, said on Twitter that people smashed windows.", "Twitter"),
    ('The group posted a message on Instagram that reads, "They tried."', "Instagram"),
    ("Rodger had a YouTube account and a blog.", "YouTube"),
])
def test_a_network_someone_posts_on_is_no_actor(nlp, text, network):
    assert network not in names(nlp, text)


def test_a_prompt_to_follow_the_reporter_gives_no_actor(nlp):
    found = names(nlp, "Call reporter Jane Doe at (317) 444-6156. Follow her on Twitter: @janedoe.")
    assert found == {"Jane Doe"}


def test_a_network_that_acts_stays_an_actor(nlp):
    assert "Twitter" in names(nlp, "Twitter said on Friday that it had suspended the account of Tom Reyes.")
