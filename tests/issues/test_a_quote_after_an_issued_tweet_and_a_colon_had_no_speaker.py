""""X sent out the following tweet: “…”" had no speaker: before a colon only a statement noun
(``speech_nouns``: "issued the following statement:") introduced a quote, not a document
(``documents``: tweet, post, letter) that its subject issues (``issuing_verbs``: send, post…)."""

from kg.extract import Extractor
from kg.model import Article


def test_a_tweet_sent_out_before_a_colon_is_its_sender_s(nlp):
    text = ("Two people were hurt at a diner on Friday. The bakery chain Crumbly Oven sent out the following "
            "tweet: “Our thoughts are with the families of the victims tonight.”")
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    assert [names.get(q.speaker) for q in extraction.quotes] == ["Crumbly Oven"]


def test_a_letter_someone_only_received_gives_no_speaker(nlp):
    text = "Crumbly Oven received the following letter: “Our thoughts are with the families of the victims tonight.”"
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    names = {m.key: m.name for m in extraction.entities}
    assert [names.get(q.speaker) for q in extraction.quotes] == [None]
