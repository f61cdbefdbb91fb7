"""Mentions of other happenings were merged into one node within an article (issue 15, fifth
audit's class, written as invented mentions): "a police investigation" joined the charge that
followed it, "Acme received criticism" joined another company's lawsuit, a statement "the
lieutenant said" (whose speaker resolved to no actor) joined the examiner's office's report, and
"consumers reported" joined "the Journal reported" (an unnamed group taken to describe a named
speaker). A kind of act named within a broad class (``act_kinds``: an investigation, a
criticism, a lawsuit) is no other kind nor a narrower class, save the one the lexicon allows
(an accusation may be the charge); two statements are one only with one speaker."""

from kg.model import GROUP, ORGANIZATION, PERSON, Actor, Article, ArticleExtraction, EventMention, Span
from kg.resolve.events import merge_events

SUSPECT, ACME, RIVAL = "person/lee-stone", "organization/acme", "organization/rival-corp"
OFFICE, JOURNAL, CONSUMERS = "organization/examiner-office", "organization/the-journal", "group/consumers"
ACTORS = [Actor(key=SUSPECT, label="Lee Stone", kind=PERSON), Actor(key=ACME, label="Acme", kind=ORGANIZATION),
          Actor(key=RIVAL, label="Rival Corp", kind=ORGANIZATION),
          Actor(key=OFFICE, label="the Examiner's Office", kind=ORGANIZATION),
          Actor(key=JOURNAL, label="The Journal", kind=ORGANIZATION, sector="MED"),
          Actor(key=CONSUMERS, label="consumers", kind=GROUP, sector="CVL")]
TEXT = "x" * 400


def mention(key: str, kind: str, at: int, word: str, agents=(), targets=(), sense: str = "") -> EventMention:
    return EventMention(key, kind, Span(at, at + len(word), word), Span(at, at + 60, TEXT[at:at + 60]),
                        agents=list(agents), targets=list(targets), sense=sense)


def nodes(*mentions: EventMention, actor_of: dict) -> list:
    extraction = ArticleExtraction(Article("a", TEXT), events=list(mentions))
    events, _ = merge_events([extraction], {("a", ref): key for ref, key in actor_of.items()}, ACTORS,
                             story_of={"a": 0})
    return events


def test_a_police_investigation_is_not_the_charge():
    (charge,) = nodes(mention("v1", "Accuse", 10, "investigation", sense="investigate"),
                      mention("v2", "Charge", 100, "charged", targets=["e1"]), actor_of={"e1": SUSPECT})
    assert charge.type == "Charge" and charge.triggers == {"charged"}


def test_one_company_s_criticism_is_not_another_s_lawsuit():
    (lawsuit,) = nodes(mention("v1", "Accuse", 10, "criticism", sense="criticize"),
                       mention("v2", "Accuse", 100, "sued", agents=["e1"], targets=["e2"], sense="sue"),
                       actor_of={"e1": RIVAL, "e2": SUSPECT})
    assert lawsuit.triggers == {"sued"}


def test_an_accusation_of_the_suspect_may_be_his_charge():
    (charge,) = nodes(mention("v1", "Accuse", 10, "accused", targets=["e1"], sense="accuse"),
                      mention("v2", "Charge", 100, "charged", targets=["e1"]), actor_of={"e1": SUSPECT})
    assert charge.type == "Charge" and charge.triggers == {"accused", "charged"}


def test_a_statement_whose_speaker_is_unknown_is_not_the_office_s_report():
    (report,) = nodes(mention("v1", "Statement", 10, "reported", agents=["e1"]),
                      mention("v2", "Statement", 100, "said", agents=["e9"]), actor_of={"e1": OFFICE})
    assert report.agents == {OFFICE} and report.triggers == {"reported"}


def test_consumers_reports_are_not_the_journal_s_report():
    reports = nodes(mention("v1", "Statement", 10, "reported", agents=["e1"]),
                    mention("v2", "Statement", 100, "reported", agents=["e2"]),
                    actor_of={"e1": CONSUMERS, "e2": JOURNAL})
    assert sorted(tuple(sorted(e.agents)) for e in reports) == [(CONSUMERS,), (JOURNAL,)]


def test_one_speaker_s_statements_stay_one():
    (report,) = nodes(mention("v1", "Statement", 10, "said", agents=["e1"]),
                      mention("v2", "Statement", 100, "said", agents=["e2"]), actor_of={"e1": OFFICE, "e2": OFFICE})
    assert report.triggers == {"said"} and len(report.evidence) == 2


def test_two_neighbours_statements_are_two():
    one, other = "person/a-neighbour", "person/another-neighbour"
    actors = ACTORS + [Actor(key=one, label="a neighbour", kind=PERSON, described=True),
                       Actor(key=other, label="another neighbour", kind=PERSON, described=True)]
    extraction = ArticleExtraction(Article("a", TEXT), events=[
        mention("v1", "Statement", 10, "said", agents=["e1"]), mention("v2", "Statement", 100, "said", agents=["e2"])])
    events, _ = merge_events([extraction], {("a", "e1"): one, ("a", "e2"): other}, actors, story_of={"a": 0})
    assert sorted(tuple(sorted(e.agents)) for e in events) == sorted([(one,), (other,)])


def test_police_and_their_named_spokeswoman_make_one_police_statement():
    police, spokeswoman = "group/police", "person/sgt-ana-lee"
    actors = ACTORS + [Actor(key=police, label="police", kind=GROUP, sector="COP"),
                       Actor(key=spokeswoman, label="Ana Lee", kind=PERSON, sector="COP")]
    extraction = ArticleExtraction(Article("a", TEXT), events=[
        mention("v1", "Statement", 10, "said", agents=["e1"]), mention("v2", "Statement", 100, "said", agents=["e2"])])
    events, _ = merge_events([extraction], {("a", "e1"): police, ("a", "e2"): spokeswoman}, actors, story_of={"a": 0})
    assert [e.agents for e in events] == [{police, spokeswoman}]
