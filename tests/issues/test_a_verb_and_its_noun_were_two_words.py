"""Reports of one happening told with a verb in one article and with its noun in another
("Orvex negotiated", "the negotiations Orvex held"; "died", "the death"; "acquired", "the
acquisition") shared no trigger word: the crude stems of "negotiated" and "negotiations", "died"
and "death" differ. Where a shared agent and a word are what tie two mentions (a broad PLOVER
category, in which one agent does several things), they made two nodes. A verb, its irregular
forms and the nouns derived from it are one word (kg/data/event_word_families.yaml); two words
of one category that are no forms of one word ("met", "negotiated") still tie nothing."""

from kg.model import ORGANIZATION, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events, trigger_words

ORVEX = "organization/orvex"
ACTORS = [Actor(key=ORVEX, label="Orvex", kind=ORGANIZATION)]


def talks(*words: str) -> list:
    extractions, actor_of = [], {}
    for n, word in enumerate(words):
        text = f"Orvex {word} for a week."
        mention = EventMention("v0", "Consult", Span(6, 6 + len(word), word), Span(0, len(text), text), agents=["e0"])
        extractions.append(ArticleExtraction(Article(f"a{n}", text), events=[mention]))
        actor_of[(f"a{n}", "e0")] = ORVEX
    events, _ = merge_events(extractions, actor_of, ACTORS, story_of={x.article.source_id: 0 for x in extractions})
    return events


def test_negotiated_and_the_negotiations_of_one_agent_are_one_happening():
    (talk,) = talks("negotiated", "negotiations")
    assert len(talk.evidence) == 2


def test_met_and_negotiated_of_one_agent_stay_two():
    assert len(talks("met", "negotiated")) == 2


def test_a_verb_its_irregular_forms_and_its_noun_are_one_word():
    assert trigger_words("died") == trigger_words("dies") == trigger_words("the death")
    assert trigger_words("acquired") == trigger_words("the acquisition")
    assert trigger_words("fled") == trigger_words("flees")
    assert trigger_words("killed") != trigger_words("died")
