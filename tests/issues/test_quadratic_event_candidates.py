"""On a long article (one story), joining event mentions looked at every node sharing an actor or
place with a mention ("police" is in every shooting), then kept the tied ones: the work per
mention grew with the article. The index now finds the tied nodes themselves (a shared target,
an agent with a trigger word, a city, a place with a word); the nodes made must be those of a
join that looks at every node of the story."""

from datetime import date

from hypothesis import given, settings, strategies as st

from kg.model import Event, EventMention, Span
from kg.resolve.events import (BARE, _add, _Mention, _Node, best_tied, compatible, join_mentions,
                               same_happening)

COUNTRIES = {"country"}
KEYS = st.sets(st.sampled_from(["police", "gunman", "victim", "city", "country"]), max_size=2)


@st.composite
def mentions(draw):
    out = []
    for number in range(draw(st.integers(1, 30))):
        kind = draw(st.sampled_from(["Shooting", "Attack", "Kill", "Die", "Arrest", "Statement"]))
        when = draw(st.sampled_from([None, date(2017, 4, 9), date(2017, 4, 10)]))
        mention = EventMention(f"v{number}", kind, Span(number, number + 1, "x"), Span(0, 1, "x"), date=when)
        out.append(_Mention("a", mention, draw(st.sampled_from(["asserted", "asserted", "negated"])), set(), None,
                            draw(st.integers(0, 1)), draw(KEYS), draw(KEYS), draw(KEYS),
                            draw(st.sets(st.sampled_from(["shoot", "kill", "die", "fire"]), max_size=2))))
    return out


def join_scanning_every_node(mentions: list[_Mention]) -> list[_Node]:
    """join_mentions as it would be with every node of the mention's story as a candidate."""
    nodes: list[_Node] = []
    classes: dict[int, set[str]] = {}  # the classes each node has had (its mentions' and its own)
    for m in mentions:
        story = [node for node in nodes if node.story == m.story]
        node = best_tied(m, [n for n in story if compatible(m, n, COUNTRIES)], COUNTRIES)
        if node is None and m.tier != BARE:
            node = same_happening(m, [n for n in story if m.mention.type in classes[n.number]
                                      and compatible(m, n, COUNTRIES)])
        if node is None:
            node = _Node(Event(key="", type=m.mention.type, factuality=m.factuality), m.story, number=len(nodes))
            nodes.append(node)
            classes[node.number] = set()
        _add(node, m)
        classes[node.number].add(node.event.type)
    return nodes


@settings(max_examples=100, deadline=None)
@given(mentions())
def test_the_nodes_are_those_of_a_join_that_looks_at_every_node_of_the_story(ms):
    def made(nodes):
        return [(node.event.type, [m.mention.key for m in node.mentions]) for node in nodes]

    assert made(join_mentions(ms, COUNTRIES)) == made(join_scanning_every_node(ms))




def mention(key: str, when=None, agents=(), targets=(), places=()) -> _Mention:
    return _Mention("a", EventMention(key, "Shooting", Span(0, 1, "x"), Span(0, 1, "x"), date=when), "asserted", set(),
                    None, 0, set(agents), set(targets), set(places), {"shoot"})


def keys(nodes: list[_Node]) -> list[list[str]]:
    return [[m.mention.key for m in node.mentions] for node in nodes]


MONDAY, TUESDAY = date(2017, 4, 10), date(2017, 4, 11)


def test_a_mention_tied_by_an_agent_and_a_word_joins_that_node_not_a_bigger_one():
    # v1: the gunman shot on Monday; v2, v3: the victim was shot on Tuesday (one node of two
    # mentions); v4: the gunman shot: tied to v1's node by agent and word, though v2's is bigger
    ms = [mention("v1", MONDAY, agents={"gunman"}), mention("v2", TUESDAY, targets={"victim"}),
          mention("v3", targets={"victim"}), mention("v4", agents={"gunman"})]
    assert keys(join_mentions(ms, COUNTRIES)) == [["v1", "v4"], ["v2", "v3"]]


def test_a_mention_tied_by_a_place_and_a_word_joins_that_node_not_a_bigger_one():
    # the same with places: v4, in the country, is tied to v1's node (the country and the word)
    ms = [mention("v1", MONDAY, places={"country"}), mention("v2", TUESDAY, places={"city"}),
          mention("v3", places={"city"}), mention("v4", places={"country"})]
    assert keys(join_mentions(ms, COUNTRIES)) == [["v1", "v4"], ["v2", "v3"]]
