"""kg.sparql.lexer: keywords and braces outside strings, IRIs, comments, variables and prefixed names."""

from __future__ import annotations

import pytest

from kg.sparql import lexer


@pytest.mark.parametrize("query, keyword", [
    ("SELECT * WHERE {}", "SELECT"),
    ("PREFIX ex: <urn:ex:>\nBASE <http://b/>\nask {}", "ASK"),
    ("# INSERT in a comment\nCONSTRUCT WHERE {}", "CONSTRUCT"),
    ("PREFIX insert: <urn:x:> SELECT ?insert WHERE { ?s insert:p 'INSERT' }", "SELECT"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
])
def test_first_keyword(query, keyword):
    assert lexer.first_keyword(query) == keyword


def test_service_calls_are_found_with_their_whole_group():
    query = ('SELECT * WHERE { ?a ?b ?c FILTER(?c < 3 && ?c > 1) '
             'SERVICE SILENT ?endpoint { ?x ex:SERVICE "}" . { ?y ?z ?w } } ?q ?r ?s }')
    (call,) = lexer.service_calls(query)
    assert call.silent and call.target == "?endpoint"
    assert query[call.start:call.end] == 'SERVICE SILENT ?endpoint { ?x ex:SERVICE "}" . { ?y ?z ?w } }'


def test_offline_empties_silent_services_and_refuses_the_others():
    silent = "SELECT * WHERE { SERVICE SILENT <http://a/> { SERVICE <http://b/> { ?s ?p ?o } } ?s ?p ?o }"
    assert lexer.offline(silent) == "SELECT * WHERE { {} ?s ?p ?o }"
    with pytest.raises(ValueError, match=r"SERVICE <http://c/>"):
        lexer.offline("SELECT * WHERE { SERVICE <http://c/> { ?s ?p ?o } }")
    untouched = "SELECT * WHERE { ?s <urn:service> 'SERVICE <http://c/> {' } # SERVICE <http://d/> { }"
    assert lexer.offline(untouched) == untouched


def test_insert_into_where_goes_inside_the_first_group():
    query = 'PREFIX ex: <urn:x:> # {\nSELECT ?x WHERE { ?x ex:p "{" }'
    assert lexer.insert_into_where(query, "VALUES ?x { 1 }") == 'PREFIX ex: <urn:x:> # {\nSELECT ?x WHERE { VALUES ?x { 1 }  ?x ex:p "{" }'
