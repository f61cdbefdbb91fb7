"""Two reports of one theft by one gang, "the gang stole the jewels" and "the gang's heist", made
two event nodes: a mention sharing only its agent with a node had to share a trigger word too.
For the general-news classes (a theft, a stay in rehab, a shooting) one agent's happening of one
class in one story is one happening, whatever words report it. The broad PLOVER categories keep
the shared word: one government declaring an emergency and imposing a curfew did two things."""

from kg.model import ORGANIZATION, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

GANG = "organization/the-pink-band"
ACTORS = [Actor(key=GANG, label="the Pink Band", kind=ORGANIZATION)]


def report(source_id: str, kind: str, trigger: str) -> ArticleExtraction:
    text = f"The Pink Band {trigger} on Tuesday."
    mention = EventMention("v0", kind, Span(14, 14 + len(trigger), trigger), Span(0, len(text), text), agents=["e0"])
    return ArticleExtraction(Article(source_id, text), events=[mention])


def merged(*extractions: ArticleExtraction) -> list:
    actor_of = {(x.article.source_id, "e0"): GANG for x in extractions}
    events, _ = merge_events(list(extractions), actor_of, ACTORS, story_of={x.article.source_id: 0 for x in extractions})
    return events


def test_the_gang_that_stole_and_the_gang_s_heist_are_one_theft():
    (theft,) = merged(report("a", "Theft", "stole the jewels"), report("b", "Theft", "carried out a heist"))
    assert theft.agents == {GANG} and theft.articles == ["a", "b"]


def test_one_agent_s_two_acts_of_a_broad_plover_category_stay_two():
    events = merged(report("a", "Coerce", "declared a state of emergency"), report("b", "Coerce", "imposed a curfew"))
    assert len(events) == 2
