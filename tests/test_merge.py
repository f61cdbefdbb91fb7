"""Merging figures and quotes across articles (kg/resolve/claims.py, kg/resolve/quotes.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from kg.resolve.claims import MAX_LINKS, merge_claims
from kg.resolve.quotes import merge_quotes
from kg.model import PERSON, Article, ArticleExtraction, ClaimMention, EntityMention, QuoteMention, Span


def claim(key, measure, value, approximation="Exact", affected=None, attributed_to=None, manner=None):
    span = Span(0, 1, "x")
    return ClaimMention(key, measure, Decimal(value), approximation, span, span, affected, attributed_to, manner)


def extraction(source_id, claims=(), quotes=()):
    return ArticleExtraction(Article(source_id, "x" * 200), claims=list(claims), quotes=list(quotes))


# Both articles' story mostly reports one attack: what ties their figures to one happening.
ONE_ATTACK = {"a": "event/attack-1", "b": "event/attack-1"}

ACTORS = {("a", "g"): "group/police", ("b", "g"): "group/police", ("a", "m"): "organization/ministry",
          ("b", "m"): "organization/ministry", ("a", "p"): "person/jane-doe", ("b", "p"): "person/jane-doe"}


def test_the_same_figure_from_the_same_source_in_two_articles_is_one_claim():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 12, affected="g", attributed_to="m")]),
                           extraction("b", [claim("c", "Killed", 12, affected="g", attributed_to="m")])], ACTORS, {})
    assert len(claims) == 1 and claims[0].articles == ["a", "b"]


def test_other_approximation_or_source_makes_another_claim():
    claims = merge_claims([extraction("a", [claim("c", "Detained", 300, "About", attributed_to="m")]),
                           extraction("b", [claim("c", "Detained", 300, "MoreThan")])], ACTORS, {})
    assert len(claims) == 2 and not any(c.conflicts_with for c in claims)


def test_two_exact_counts_of_the_same_deaths_in_the_same_manner_conflict():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 2, affected="g", manner="decapitate")]),
                           extraction("b", [claim("c", "Killed", 1, affected="g", manner="behead")])], ACTORS, {},
                          main_event_of=ONE_ATTACK)
    first, second = claims
    assert first.conflicts_with == {second.key} and second.conflicts_with == {first.key}


def test_figures_that_can_both_be_true_do_not_conflict():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 18, affected="g"),
                                            claim("d", "Killed", 2, affected="g", manner="behead"),  # part of the 18
                                            claim("e", "Injured", 40, "MoreThan", affected="g")]),
                           extraction("b", [claim("c", "Injured", 45, affected="g"),  # more than 40
                                            claim("d", "Killed", 3000, "Exact", affected="p"),
                                            claim("e", "Killed", 3100, "About", affected="p")])], ACTORS, {})
    assert not any(c.conflicts_with for c in claims)


def test_figures_about_different_groups_never_conflict():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 5, affected="g")]),
                           extraction("b", [claim("c", "Killed", 7, affected="p")])], ACTORS, {})
    assert not any(c.conflicts_with for c in claims)


def test_one_statement_quoted_in_two_wordings_by_the_same_speaker_is_one_quote():
    first = "Order has been mainly restored in all regions of the country"
    second = "Order has largely been restored in all regions"
    quotes = merge_quotes([
        extraction("a", quotes=[QuoteMention("q", Span(0, len(first), first), speaker="p")]),
        extraction("b", quotes=[QuoteMention("q", Span(0, len(second), second), speaker="p")]),
    ], ACTORS)
    assert len(quotes) == 1 and quotes[0].articles == ["a", "b"] and quotes[0].text == first


def test_the_same_words_from_two_speakers_are_two_quotes():
    words = "We will not give up"
    quotes = merge_quotes([
        extraction("a", quotes=[QuoteMention("q", Span(0, len(words), words), speaker="p")]),
        extraction("b", quotes=[QuoteMention("q", Span(0, len(words), words), speaker="m")]),
    ], ACTORS)
    assert len(quotes) == 2


def test_a_place_read_as_an_agent_places_the_event_and_a_person_read_as_a_place_places_nothing():
    from kg.resolve.events import merge_events
    from kg.model import PERSON, PLACE, Actor, EventMention

    text = "Milwaukee police are investigating, Bluefield said."
    event = EventMention("v0", "Accuse", Span(17, 30, "investigating"), Span(0, len(text), text),
                         agents=["e0"], places=["e1"])
    x = ArticleExtraction(Article("a", text), events=[event])
    actors = [Actor(key="place/milwaukee-usa", label="Milwaukee", kind=PLACE),
              Actor(key="person/bluefield", label="Bluefield", kind=PERSON)]
    events, _ = merge_events([x], {("a", "e0"): "place/milwaukee-usa", ("a", "e1"): "person/bluefield"}, actors)
    (merged,) = events
    assert merged.agents == set() and merged.places == {"place/milwaukee-usa"}


def dated(source_id, day, claims):
    return ArticleExtraction(Article(source_id, "x" * 200, date=date(2022, 1, day)), claims=list(claims))


def test_a_shared_figure_of_two_unrelated_stories_is_two_claims():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 2)]), extraction("b", [claim("c", "Killed", 2)])],
                          ACTORS, {}, story_of={"a": None, "b": "Springfield"})
    assert sorted(c.articles for c in claims) == [["a"], ["b"]]


def test_figures_of_unrelated_stories_never_conflict():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 2)]), extraction("b", [claim("c", "Killed", 5)])],
                          ACTORS, {}, story_of={"a": None, "b": "Springfield"})
    assert not any(c.conflicts_with for c in claims)


def test_a_rising_toll_reported_later_supersedes_the_earlier_count():
    claims = merge_claims([dated("a", 7, [claim("c", "Killed", 3, affected="g")]),
                           dated("b", 8, [claim("c", "Killed", 5, affected="g")])], ACTORS, {}, main_event_of=ONE_ATTACK)
    earlier, later = sorted(claims, key=lambda c: c.value)
    assert later.supersedes == {earlier.key} and not earlier.supersedes
    assert not any(c.conflicts_with for c in claims)


def test_two_tolls_reported_the_same_day_conflict():
    claims = merge_claims([dated("a", 7, [claim("c", "Killed", 3, affected="g")]),
                           dated("b", 7, [claim("c", "Killed", 5, affected="g")])], ACTORS, {}, main_event_of=ONE_ATTACK)
    assert all(len(c.conflicts_with) == 1 for c in claims) and not any(c.supersedes for c in claims)


def test_no_one_hurt_conflicts_with_three_killed_in_the_same_attack():
    """Both reports are of the story whose main event is the attack: the story's main event ties
    figures (the node each claim is kg:about does not, see kg.resolve.claims)."""
    nobody_hurt, three_killed = claim("c", "Injured", 0), claim("c", "Killed", 3)
    nobody_hurt.event = three_killed.event = "v"
    attack = {("a", "v"): "event/assault-1", ("b", "v"): "event/assault-1"}
    claims = merge_claims([extraction("a", [nobody_hurt]), extraction("b", [three_killed])], ACTORS, attack,
                          main_event_of={"a": "event/assault-1", "b": "event/assault-1"})
    nobody, killed = sorted(claims, key=lambda c: c.value)
    assert nobody.conflicts_with == {killed.key} and killed.conflicts_with == {nobody.key}


def test_one_report_of_two_figures_for_one_group_is_no_conflict():
    """"The 12 held … the 4 released": one article counting two things it does not tell apart."""
    claims = merge_claims([extraction("a", [claim("c", "Detained", 12, affected="g"),
                                            claim("d", "Detained", 4, affected="g")])], ACTORS, {})
    assert not any(c.conflicts_with for c in claims)


def test_figures_tied_to_no_group_or_event_are_compared_with_none():
    claims = merge_claims([extraction("a", [claim("c", "Killed", 2)]), extraction("b", [claim("c", "Killed", 5)])],
                          ACTORS, {})
    assert not any(c.conflicts_with for c in claims)


def test_a_claim_has_few_conflicts_however_many_articles_disagree():
    police = {(f"a{n}", "g"): "group/police" for n in range(40)}
    claims = merge_claims([extraction(f"a{n}", [claim("c", "Killed", n + 1, affected="g")]) for n in range(40)],
                          police, {})
    assert max(len(c.conflicts_with) for c in claims) <= MAX_LINKS
    assert sum(len(c.conflicts_with) for c in claims) <= MAX_LINKS * len(claims)


def test_a_later_partial_count_in_an_article_is_not_set_against_other_articles():
    """"Three were killed … the gunman killed two at the fire pit": the two is part of the three."""
    claims = merge_claims([extraction("a", [claim("c", "Killed", 3, affected="g"), claim("d", "Killed", 2, affected="g")]),
                           extraction("b", [claim("c", "Killed", 3, affected="g")])], ACTORS, {})
    assert not any(c.conflicts_with for c in claims)


def test_reports_naming_different_people_are_different_incidents():
    a = ArticleExtraction(Article("a", "x" * 200), claims=[claim("c", "Killed", 3, affected="g")],
                          entities=[EntityMention("n", Span(0, 1, "x"), "Ann Lee", PERSON)])
    b = ArticleExtraction(Article("b", "x" * 200), claims=[claim("c", "Killed", 5, affected="g")],
                          entities=[EntityMention("n", Span(0, 1, "x"), "Bo Park", PERSON)])
    people = {**ACTORS, ("a", "n"): "person/ann-lee", ("b", "n"): "person/bo-park"}
    assert not any(c.conflicts_with for c in merge_claims([a, b], people, {}, main_event_of=ONE_ATTACK))
    same = {**people, ("b", "n"): "person/ann-lee"}
    assert all(c.conflicts_with for c in merge_claims([a, b], same, {}, main_event_of=ONE_ATTACK))


def test_one_group_s_counts_in_stories_about_no_common_event_are_compared_with_none():
    """The same group counted differently, but nothing says the two articles report one happening."""
    claims = merge_claims([extraction("a", [claim("c", "Killed", 2, affected="g")]),
                           extraction("b", [claim("c", "Killed", 5, affected="g")])], ACTORS, {},
                          main_event_of={"a": "event/attack-1", "b": "event/attack-2"})
    assert not any(c.conflicts_with for c in claims)


def test_figures_tied_only_by_their_story_s_main_event_a_week_apart_are_compared_with_none():
    """A story gathering a city's shootings of two weeks has one main event; that alone does not make
    "no arrests" of one day and "five detained" of the week before one count."""
    claims = merge_claims([dated("a", 1, [claim("c", "Detained", 5, affected="g")]),
                           dated("b", 10, [claim("c", "Detained", 0, affected="g")])], ACTORS, {},
                          main_event_of=ONE_ATTACK)
    assert not any(c.conflicts_with or c.supersedes for c in claims)


def test_no_one_hurt_does_not_contradict_one_named_person_killed():
    """"Nobody was injured … the suspect was killed": the nobody is everyone but him."""
    nobody_hurt, suspect_killed = claim("c", "Injured", 0), claim("c", "Killed", 1, affected="p")
    claims = merge_claims([extraction("a", [nobody_hurt]), extraction("b", [suspect_killed])], ACTORS, {},
                          main_event_of=ONE_ATTACK, persons={"person/jane-doe"})
    assert not any(c.conflicts_with for c in claims)
    nobody_hurt.event = suspect_killed.event = "v"  # both said of the attack
    attack = {("a", "v"): "event/attack-1", ("b", "v"): "event/attack-1"}
    claims = merge_claims([extraction("a", [nobody_hurt]), extraction("b", [suspect_killed])], ACTORS, attack,
                          main_event_of=ONE_ATTACK)
    assert all(c.conflicts_with for c in claims)  # the same figures, the victim not known to be one person
