"""Each report of one killing that describes its victim without naming her ("a woman was killed")
made a person of its own, so the one victim was as many people as there were reports, and the
report that names her ("Jane Okafor was killed") did not join them (ECB+ entity coreference lost
what described people had brought). The described people of different reports who fill the same
role of one event node are one person when their descriptions agree, and the one named person
in that role when there is one; never when sex, age, age of life or country clash, nor when a
report gives the role two people. The same agreement now keeps apart two people a story's role
noun had joined ("an Australian climber" and "a British climber")."""

from described_people_helpers import resolved

from kg.model import PERSON, Actor, Article, ArticleExtraction, EntityMention, Event, EventMention, Evidence, Span
from kg.resolve.described_people import join_by_role

AFTER = " in Millbrook on Sunday night, Millbrook Police said."
SECOND = "A woman was killed by a drunk driver in Millbrook on Sunday night. Millbrook Police arrested the driver."


def people(found, word: str) -> list:
    return [a for a in found.actors if a.kind == "Person" and word in a.label.lower()]


def test_the_woman_killed_in_two_reports_is_one_person(nlp):
    found, _ = resolved(nlp, "A 59-year-old woman was killed by a drunk driver" + AFTER, SECOND)
    women = people(found, "woman")
    assert len(women) == 1
    assert {e.source_id for e in women[0].evidence} == {"a0.txt", "a1.txt"}
    killing = next(e for e in found.events if e.type == "Kill")
    assert killing.targets == {women[0].key}


def test_the_named_victim_of_one_report_is_the_woman_another_describes(nlp):
    found, _ = resolved(nlp, "Jane Okafor was killed by a drunk driver" + AFTER + " She was 59.", SECOND)
    assert people(found, "woman") == []
    okafor = people(found, "okafor")[0]
    assert "A woman" in [e.span.text for e in okafor.evidence if e.source_id == "a1.txt"]


def test_a_man_killed_is_not_the_named_woman(nlp):
    found, _ = resolved(nlp, "Jane Okafor was killed by a drunk driver" + AFTER + " She was 59.",
                        SECOND.replace("A woman", "A man"))
    assert len(people(found, "a man")) == 1


def test_a_man_and_a_woman_killed_stay_two_people(nlp):
    found, _ = resolved(nlp, "A man was killed by a drunk driver" + AFTER, SECOND)
    assert len(people(found, "a man")) == len(people(found, "a woman")) == 1


def test_two_ages_stay_two_people(nlp):
    found, _ = resolved(nlp, "A 59-year-old woman was killed by a drunk driver" + AFTER,
                        SECOND.replace("A woman", "A 30-year-old woman"))
    assert len(people(found, "woman")) == 2


def test_a_boy_and_a_man_stay_two_people(nlp):
    found, _ = resolved(nlp, "A 16-year-old boy was killed by a drunk driver" + AFTER,
                        SECOND.replace("A woman", "A man"))
    assert len(people(found, "boy")) == len(people(found, "a man")) == 1


def test_a_report_of_two_victims_joins_no_victim(nlp):
    found, _ = resolved(nlp, "A man and a woman were killed by a drunk driver" + AFTER, SECOND,
                        "A woman was killed by a drunk driver" + AFTER)
    assert len(people(found, "woman")) == 3


def test_an_australian_and_a_british_climber_of_one_story_stay_two_people(nlp):
    found, _ = resolved(nlp, "An Australian climber died after a fall on Mount Tarn on Friday, Tarn Alpine Rescue said.",
                        "A British climber died after a fall on Mount Tarn on Friday, Tarn Alpine Rescue said.")
    assert len(people(found, "climber")) == 2


def test_a_named_victim_ties_descriptions_whose_nouns_differ(nlp):
    # "a grandmother" and "a pedestrian" alone say nothing of one another; the one named target
    # of the killing ties both
    found, _ = resolved(nlp, "Jane Okafor was killed by a drunk driver" + AFTER + " She was 59.",
                        SECOND.replace("A woman", "A grandmother"), SECOND.replace("A woman", "A pedestrian"))
    okafor = people(found, "okafor")[0]
    assert {"A grandmother", "A pedestrian"} <= {e.span.text for e in okafor.evidence}


# Hand-made records: what the extractor and merge_events give, so that the rules are tested alone.

def _article(sid: str, entities: list[EntityMention], events: list[EventMention]) -> ArticleExtraction:
    return ArticleExtraction(Article(sid, "x" * 200), entities=entities, events=events)


def _person(key: str, text: str, start: int = 0, described: bool = True, pronoun: bool = False) -> EntityMention:
    return EntityMention(key, Span(start, start + len(text), text), text, PERSON, nominal=described or pronoun,
                         pronoun=pronoun, described=described)


def _killed(key: str, *targets: str) -> EventMention:
    return EventMention(key, "Kill", Span(50, 56, "killed"), Span(0, 100, "x"), targets=list(targets))


def _joined(articles, actors, actor_of):
    event = Event("event/kill-1", "Kill", targets={actor_of[k] for k in actor_of if actor_of[k] in
                                                   {a.key for a in actors}})
    event_of = {(x.article.source_id, e.key): event.key for x in articles for e in x.events}
    return join_by_role(articles, actors, actor_of, [event], event_of)


def _described(sid: str, key: str, text: str) -> Actor:
    return Actor(f"person/{sid}-{key}", text.lower(), PERSON, evidence=[Evidence(sid, Span(0, len(text), text))],
                 described=True)


def test_a_guard_of_each_report_is_one_even_where_a_report_tells_of_two_victims():
    # "killed a guard and a customer" gives the node two targets: only the same specific noun
    # joins there ("a guard" of each report), not "a man" and not "a customer" with "a guard"
    articles = [_article("a0", [_person("g", "a guard"), _person("c", "a customer", 20)], [_killed("k", "g", "c")]),
                _article("a1", [_person("g", "a guard")], [_killed("k", "g")]),
                _article("a2", [_person("m", "a man")], [_killed("k", "m")])]
    actors = [_described("a0", "g", "a guard"), _described("a0", "c", "a customer"),
              _described("a1", "g", "a guard"), _described("a2", "m", "a man")]
    actor_of = {("a0", "g"): "person/a0-g", ("a0", "c"): "person/a0-c", ("a1", "g"): "person/a1-g",
                ("a2", "m"): "person/a2-m"}
    joined, mapping, _ = _joined(articles, actors, actor_of)
    assert mapping[("a1", "g")] == mapping[("a0", "g")]
    assert len({mapping[("a0", "c")], mapping[("a0", "g")], mapping[("a2", "m")]}) == 3


def test_the_man_a_report_left_without_a_person_is_the_one_named_victim():
    # "the man" in a report that names someone else is left out of the described people; as the
    # killing's target it is the one person named its target, if of his sex
    articles = [_article("a0", [_person("n", "Jon Okafor", described=False), _person("p", "he", 30, False, True)],
                         [_killed("k", "n")]),
                _article("a1", [_person("t", "the man")], [_killed("k", "t")]),
                _article("a2", [_person("t", "the woman")], [_killed("k", "t")])]
    okafor = Actor("person/jon-okafor", "Jon Okafor", PERSON, evidence=[Evidence("a0", Span(0, 10, "Jon Okafor"))])
    actor_of = {("a0", "n"): okafor.key, ("a0", "p"): okafor.key}
    joined, mapping, _ = _joined(articles, [okafor], actor_of)
    assert mapping[("a1", "t")] == okafor.key
    assert ("a2", "t") not in mapping
    assert "the man" in [e.span.text for e in joined[0].evidence]


def test_the_gunman_of_one_report_is_the_shooter_another_names():
    # the same holds for the one who does the deed: "a gunman opened fire" in one report, "Jon
    # Okafor opened fire" in another, one node: one person (and a woman is not him)
    def fired(key: str, agent: str) -> EventMention:
        return EventMention(key, "Shooting", Span(50, 60, "opened fire"), Span(0, 100, "x"), agents=[agent])

    articles = [_article("a0", [_person("n", "Jon Okafor", described=False), _person("p", "he", 30, False, True)],
                         [fired("s", "n")]),
                _article("a1", [_person("g", "a gunman")], [fired("s", "g")]),
                _article("a2", [_person("w", "a woman")], [fired("s", "w")])]
    okafor = Actor("person/jon-okafor", "Jon Okafor", PERSON, evidence=[Evidence("a0", Span(0, 10, "Jon Okafor"))])
    actors = [okafor, _described("a1", "g", "a gunman"), _described("a2", "w", "a woman")]
    actor_of = {("a0", "n"): okafor.key, ("a0", "p"): okafor.key, ("a1", "g"): "person/a1-g", ("a2", "w"): "person/a2-w"}
    event = Event("event/shooting-1", "Shooting", agents=set(actor_of.values()))
    event_of = {(x.article.source_id, e.key): event.key for x in articles for e in x.events}
    _, mapping, events = join_by_role(articles, actors, actor_of, [event], event_of)
    assert mapping[("a1", "g")] == okafor.key
    assert mapping[("a2", "w")] == "person/a2-w"
    assert events[0].agents == {okafor.key, "person/a2-w"}


def test_an_australian_climber_is_not_the_named_british_one():
    # the words next to a name count as its description: "British climber Rob Quillane" is not the
    # "Australian climber" another report describes in the same role; "a climber" may be him
    text = "British climber Rob Quillane, 32, died after a fall."
    start = text.index("Rob")
    died = lambda key, who: EventMention(key, "Die", Span(0, 4, "died"), Span(0, 50, "x"), targets=[who])  # noqa: E731
    articles = [ArticleExtraction(Article("a0", text), entities=[_person("n", "Rob Quillane", start, described=False)],
                                  events=[died("d", "n")]),
                _article("a1", [_person("c", "An Australian climber")], [died("d", "c")]),
                _article("a2", [_person("c", "A 32-year-old climber")], [died("d", "c")])]
    quillane = Actor("person/rob-quillane", "Rob Quillane", PERSON, evidence=[Evidence("a0", articles[0].entities[0].span)])
    actors = [quillane, _described("a1", "c", "An Australian climber"), _described("a2", "c", "A 32-year-old climber")]
    actor_of = {("a0", "n"): quillane.key, ("a1", "c"): "person/a1-c", ("a2", "c"): "person/a2-c"}
    event = Event("event/die-1", "Die", targets=set(actor_of.values()))
    event_of = {(x.article.source_id, e.key): event.key for x in articles for e in x.events}
    _, mapping, _ = join_by_role(articles, actors, actor_of, [event], event_of)
    assert mapping[("a1", "c")] == "person/a1-c"
    assert mapping[("a2", "c")] == quillane.key
