"""Fuzzing `--param` values: whatever the value (quotes, braces, backslashes, SPARQL keywords, newlines,
any unicode plane, control characters), it is bound as one plain literal, on a store (pyoxigraph's
substitutions) and in the text sent to an endpoint (a VALUES block), and never read as SPARQL."""

import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.sparql.query import run, with_values

QUERY = """# Which label is the given one?
# param name: the label (default "Ada")
SELECT ?name ?label WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?label . FILTER(?label = ?name) }"""

SPARQL_BITS = st.sampled_from(['"', "'", '"""', "}", "{", "\\", "\\\"", "<", ">", "?x", "$x", "#", ".", ";",
                               " } ?s ?p ?o . { ", '" } UNION { ?s ?p ?o } #', "\n", "\r", "\x00", "\u2028",
                               "INSERT DATA { <urn:a> <urn:b> <urn:c> }", "SERVICE <http://127.0.0.1:9/> {}"])
VALUES = st.lists(st.one_of(SPARQL_BITS, st.text(st.characters(codec="utf-8"), max_size=8)), max_size=8).map("".join)


def _store(label: str) -> pyoxigraph.Store:
    store = pyoxigraph.Store()
    for subject, text in (("urn:ada", "Ada"), ("urn:it", label)):
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode(subject),
                                  pyoxigraph.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                                  pyoxigraph.Literal(text)))
    return store


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VALUES)
def test_a_value_is_one_literal_on_a_store(value):
    store = _store(value)
    answer = run(QUERY, store, {"name": value})
    assert answer.rows == [[value, value]]  # exactly the node labelled with it, nothing else
    assert len(store) == 2  # nothing was written


@settings(max_examples=150, deadline=None)
@given(VALUES)
def test_a_value_is_one_literal_in_the_text_sent_to_an_endpoint(value):
    text = with_values(QUERY, {"name": value})
    store = _store(value)
    result = store.query(text)  # the text an endpoint gets, run here: it parses and binds one literal
    assert [[term.value for term in row] for row in result] == [[value, value]]


@settings(max_examples=50, deadline=None)
@given(VALUES, st.characters(categories=["Cs"]), VALUES)
def test_a_value_that_is_not_text_is_a_clear_error(before, surrogate, after):
    value = before + surrogate + after  # what a non-UTF-8 byte on the command line becomes
    with pytest.raises(QueryError, match="the value is not valid text"):
        run(QUERY, _store("x"), {"name": value})
    with pytest.raises(QueryError, match="the value is not valid text"):
        with_values(QUERY, {"name": value})
