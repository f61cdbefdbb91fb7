"""Compacted extraction records (kg.pipeline.records.compact) hold what they held and give the same graph.

A build keeps every record until resolution; compacting shares equal values
(interned strings, one dict per kind vote, one object per equal span) so that
a large build takes less memory. Nothing a record says may change.
"""

from __future__ import annotations

import copy
from datetime import date
from decimal import Decimal

from rdflib.compare import isomorphic

from kg.model import (Article, ArticleExtraction, ClaimMention, EntityMention, EventMention, QuoteMention, Span,
                      TimeMention)
from kg.pipeline.records import compact, from_data, to_data
from kg.rdf.graphio import serialize
from kg.rdf.mapping import to_graph
from kg.resolve.resolution import resolve

from conftest import EXAMPLE_DIR

TEXT = "Police said two people were killed in Elmford. Police arrested Ann Vole on Monday."


def _record(source_id: str = "a1") -> ArticleExtraction:
    sentence = Span(0, 46, TEXT[0:46])
    return ArticleExtraction(
        Article(source_id, TEXT, date=date(2020, 3, 2)),
        entities=[
            EntityMention("e0", Span(0, 6, "Police"), "Police", "Group", {"Group": 1.0}),
            EntityMention("e1", Span(38, 45, "Elmford"), "Elmford", "Place", {"Place": 1.0, "Person": 0.5},
                          country="USA"),
            EntityMention("e2", Span(47, 53, "Police"), "Police", "Group", {"Group": 1.0}),
            EntityMention("e3", Span(63, 71, "Ann Vole"), "Ann Vole", "Person", {"Person": 1.0}, gender="f"),
        ],
        events=[
            EventMention("v0", "Kill", Span(28, 34, "killed"), sentence, places=["e1"], date=date(2020, 3, 1)),
            EventMention("v1", "Statement", Span(7, 11, "said"), Span(0, 46, TEXT[0:46]), agents=["e0"]),
            EventMention("v2", "Arrest", Span(54, 62, "arrested"), Span(47, 82, TEXT[47:82]), agents=["e2"],
                         targets=["e3"], date_span=Span(72, 81, "on Monday")),
        ],
        claims=[ClaimMention("c0", "Killed", Decimal("2"), "Exact", Span(12, 34, TEXT[12:34]), Span(12, 15, "two"),
                             attributed_to="e0", event="v0")],
        quotes=[QuoteMention("q0", Span(12, 45, TEXT[12:45]), speaker="e0", cue=Span(7, 11, "said"))],
        times=[TimeMention(Span(72, 81, "on Monday"), date(2020, 3, 2))],
        things=["Elmford"],
        not_actors=[Span(38, 45, "Elmford")],
    )


def test_a_compacted_record_holds_what_it_held():
    original = _record()
    compacted = compact(copy.deepcopy(original))
    assert compacted == original
    assert to_data(compacted) == to_data(original)
    back = from_data(to_data(original))  # the cache's way back: compacted too
    back.article = original.article
    assert back == original


def test_compacting_shares_equal_values_across_records_and_within_one():
    one, two = compact(_record("a1")), compact(_record("a2"))
    # one votes dict, one name string, one kind string for every mention that has them
    assert one.entities[0].votes is one.entities[2].votes is two.entities[0].votes
    assert one.entities[3].name is two.entities[3].name
    assert one.entities[0].kind is two.entities[2].kind
    # the sentence of two events of one sentence is one span; equal dates are one object
    assert one.events[0].sentence is one.events[1].sentence
    assert one.times[0].value is two.times[0].value
    # the votes are still a mention's own reading: equal, not mixed up with another mention's
    assert one.entities[1].votes == {"Place": 1.0, "Person": 0.5}


def test_compacted_records_of_the_example_give_the_same_graph():
    from kg.pipeline.build import read_articles
    from kg.pipeline.extraction import extract_stream

    records = list(extract_stream(read_articles([EXAMPLE_DIR], [])))
    plain = to_graph(resolve(copy.deepcopy(records)))
    compacted = to_graph(resolve([compact(record) for record in records]))
    assert isomorphic(plain, compacted)
    assert serialize(compacted, "nt") == serialize(plain, "nt")


def test_the_number_of_triples_is_the_number_of_distinct_lines_written():
    """After writing, the count comes from the lines written (no set of every row); rows added
    after that are counted again."""
    from kg.rdf.mapping import Lit, Mapper

    triples = Mapper().add(resolve([_record("a1"), _record("a2")]))
    triples.rows.append(triples.rows[0])  # a row mapped twice counts once
    distinct = len(set(triples.rows))
    assert sum(len(lines) for lines in triples.subject_lines()) == distinct
    assert len(triples) == distinct
    triples.rows.append(("https://example.org/a", "https://example.org/p", Lit("new")))
    assert len(triples) == distinct + 1


def test_equal_offsets_of_two_records_are_one_object():
    text = "x" * 1000 + " Police said so."
    one, two = (compact(ArticleExtraction(Article(sid, text), entities=[EntityMention(
        "e0", Span(1001, 1007, "Police"), "Police", "Group", {"Group": 1.0})])) for sid in ("a1", "a2"))
    assert one.entities[0].span == Span(1001, 1007, "Police")
    assert one.entities[0].span.start is two.entities[0].span.start
