"""`kg query --format json` gave numbers as strings ("value": "26")."""

import json

from typer.testing import CliRunner

from kg.cli import app

DATA = """@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<urn:c> <urn:int> 26 ; <urn:dec> "2.5"^^xsd:decimal ; <urn:dbl> "1.0E3"^^xsd:double ; <urn:bool> true ;
        <urn:text> "26" ; <urn:bad> "many"^^xsd:integer .
"""
QUERY = """SELECT ?int ?dec ?dbl ?bool ?text ?bad ?iri ?unbound WHERE {
  ?iri <urn:int> ?int ; <urn:dec> ?dec ; <urn:dbl> ?dbl ; <urn:bool> ?bool ; <urn:text> ?text ; <urn:bad> ?bad .
  OPTIONAL { ?iri <urn:none> ?unbound } }"""


def test_numbers_and_booleans_are_json_numbers_and_booleans_strings_stay_strings(tmp_path):
    graph = tmp_path / "g.ttl"
    graph.write_text(DATA, encoding="utf-8")
    query = tmp_path / "q.rq"
    query.write_text(QUERY, encoding="utf-8")
    result = CliRunner().invoke(app, ["query", str(query), str(graph), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"int": 26, "dec": 2.5, "dbl": 1000, "bool": True, "text": "26",
                                          "bad": "many", "iri": "urn:c", "unbound": None}]
