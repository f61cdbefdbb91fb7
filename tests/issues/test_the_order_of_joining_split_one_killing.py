"""Three reports of one killing, taken in order, made two event nodes: "the killing of Smith"
started a node, "Jones murdered" (no victim named) shared nothing with it and started another,
and "Jones murdered Smith", tied to both, joined the first only. Two nodes that are compatible
and tied (a shared target, or a shared agent and trigger word) once they have grown are one
happening (``kg.resolve.events.join_nodes``); two killings by one man of two named victims stay
two."""

from kg.model import PERSON, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

JONES, SMITH, BROWN = "person/jones", "person/smith", "person/brown"
ACTORS = [Actor(key=key, label=key.split("/")[1].title(), kind=PERSON) for key in (JONES, SMITH, BROWN)]


def report(source_id: str, trigger: str, agents=(), targets=()) -> tuple[ArticleExtraction, dict]:
    text = f"Police said {trigger} on Tuesday."
    mention = EventMention("v0", "Kill", Span(12, 12 + len(trigger), trigger), Span(0, len(text), text),
                           agents=[f"a{i}" for i in range(len(agents))], targets=[f"t{i}" for i in range(len(targets))])
    roles = {(source_id, f"a{i}"): key for i, key in enumerate(agents)}
    roles |= {(source_id, f"t{i}"): key for i, key in enumerate(targets)}
    return ArticleExtraction(Article(source_id, text), events=[mention]), roles


def merged(*reports) -> list:
    actor_of = {ref: key for _, roles in reports for ref, key in roles.items()}
    extractions = [x for x, _ in reports]
    events, _ = merge_events(extractions, actor_of, ACTORS, story_of={x.article.source_id: 0 for x in extractions})
    return events


def test_the_killing_of_smith_and_jones_murdering_are_one_killing_once_a_report_ties_them():
    (killing,) = merged(report("a", "the killing", targets=[SMITH]), report("b", "Jones murdered", agents=[JONES]),
                        report("c", "Jones murdered Smith", agents=[JONES], targets=[SMITH]))
    assert killing.agents == {JONES} and killing.targets == {SMITH} and killing.articles == ["a", "b", "c"]


def test_one_man_s_killings_of_two_named_victims_stay_two():
    events = merged(report("a", "the killing", targets=[SMITH]), report("b", "Jones murdered Brown", agents=[JONES], targets=[BROWN]),
                    report("c", "Jones murdered Smith", agents=[JONES], targets=[SMITH]))
    assert sorted(sorted(event.targets) for event in events) == [[BROWN], [SMITH]]
