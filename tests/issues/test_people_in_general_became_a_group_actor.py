"""People in general became a group of the story: "the update lets users record video" gave
the graph a group 'customers' (issue 14's audit: generic plurals as actors). A bare plural group
noun (no determiner, number, possessor, adjective, noun, "of" phrase, clause or apposition on
it, no place or country before it) that takes part in no event, claim or quote, is no subject
of a clause (but "lets users record"), and is its article's only mention of its group is now a
mention of people described (``nominal``), which makes no actor (kg.extract.generic_groups);
qualified groups, and bare ones that act, speak or recur, stay actors. Invented names."""

from kg.extract import Extractor
from kg.model import GROUP, Article
from kg.resolve.actors import Resolver


def group_actors(nlp, text):
    extraction = Extractor()(Article("a.txt", text), nlp(text))
    actors, _ = Resolver().resolve_actors([extraction])
    return {a.label for a in actors if a.kind == GROUP}, extraction


def test_users_in_general_are_no_group_actor(nlp):
    found, extraction = group_actors(nlp, "Norvela released an update on Monday. The update lets users "
                                          "record video and makes it easier for developers to write programs.")
    assert not found
    # still a mention of people (MEANTIME marks them), only no actor of the story
    assert {m.span.text for m in extraction.entities if m.kind == GROUP} >= {"users", "developers"}


def test_a_qualified_group_and_one_in_an_event_stay_actors(nlp):
    found, _ = group_actors(nlp, "Protesters clashed with police in Elmford on Monday. "
                                 "Norvela said 300 of its users lost data.")
    assert len(found) >= 2 and any("protest" in label for label in found)


def test_bare_users_who_act_stay_a_group_actor(nlp):
    found, _ = group_actors(nlp, "Norvela released an update on Monday. Users complained about the battery.")
    assert found == {"customers"}


def test_bare_civilians_an_act_is_aimed_at_stay_a_group_actor(nlp):
    # the example's "use weapons against civilians": a target, though no event is found there
    found, _ = group_actors(nlp, "“Armed men continue to damage property and use weapons against civilians.”")
    assert "civilians" in found
