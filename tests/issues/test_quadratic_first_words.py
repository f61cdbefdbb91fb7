"""On a long article naming hundreds of organisations, the first-word rule ("Halvern" =
"Halvern Dynamics") searched every name of the article for each one-word name: the work grew
with the square of the names. The longer names are now looked up by their first word; the
clusters must be those of the search over every name."""

from collections import defaultdict

from hypothesis import given, settings, strategies as st

from kg.knowledge import groups
from kg.model import ORGANIZATION, PLACE, EntityMention, Span
from kg.resolve.clusters import ActorKey, Clustering
from kg.resolve.name_rules import merge_first_words

WORDS = ["Halvern", "Norcross", "Kelbury", "Dynamics", "Computer", "Foundation", "Airport", "University"]


def clustering(names: list[tuple[str, str, str, str | None]]) -> Clustering:
    mentions, key_of = {}, {}
    for number, (source, name, kind, country) in enumerate(names):
        ref = (source, f"e{number}")
        mentions[ref] = EntityMention(f"e{number}", Span(number, number + len(name), name), name, kind,
                                      {kind: 1.0}, country=country)
        key_of[ref] = ActorKey("name", name)
    return Clustering(mentions, key_of, {}, {}, None)


def merge_first_words_searching_every_name(c: Clustering) -> None:
    """The rule as it was: every name of the article searched for each one-word name."""
    by_article = defaultdict(dict)
    for ref in sorted(c.key_of):
        m = c.mentions[ref]
        if m.kind in (ORGANIZATION, PLACE) and not (m.nominal or m.pronoun):
            by_article[ref[0], m.kind].setdefault(m.name, ref)
    for (_, kind), names in by_article.items():
        for name, ref in names.items():
            if len(name.split()) != 1 or (kind == PLACE and c.mentions[ref].country is not None):
                continue
            longer = [other for n, other in names.items() if len(n.split()) > 1 and n.split()[0] == name
                      and groups.sector_of_head(n.split()[-1]) is None]
            if len(longer) == 1:
                c.union.union(ref, longer[0])


NAMES = st.lists(st.tuples(st.sampled_from(["a", "b"]),
                           st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
                           st.sampled_from([ORGANIZATION, PLACE]), st.sampled_from([None, "GBR"])), max_size=25)


@settings(max_examples=200, deadline=None)
@given(NAMES)
def test_the_clusters_are_those_of_a_search_over_every_name(names):
    looked_up, searched = clustering(names), clustering(names)
    merge_first_words(looked_up)
    merge_first_words_searching_every_name(searched)
    assert ({ref: looked_up.union.find(ref) for ref in looked_up.mentions}
            == {ref: searched.union.find(ref) for ref in searched.mentions})


def test_a_one_word_name_joins_the_one_longer_name_it_begins():
    c = clustering([("a", "Halvern", ORGANIZATION, None), ("a", "Halvern Dynamics", ORGANIZATION, None),
                    ("a", "Norcross", ORGANIZATION, None), ("a", "Norcross Computer", ORGANIZATION, None),
                    ("a", "Norcross Dynamics", ORGANIZATION, None)])
    merge_first_words(c)
    assert c.union.find(("a", "e0")) == c.union.find(("a", "e1"))
    assert c.union.find(("a", "e2")) not in {c.union.find(("a", "e3")), c.union.find(("a", "e4"))}
