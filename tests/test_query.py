"""SPARQL on pyoxigraph (kg.query) and the shipped competency queries."""

from __future__ import annotations

import pyoxigraph
import pytest

from kg.errors import QueryError
from kg.sparql.query import run, shipped_queries, to_csv, to_json


@pytest.fixture
def store():
    store = pyoxigraph.Store()
    data = """
    @prefix kg: <https://w3id.org/newskg/ontology#> .
    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
    <https://w3id.org/newskg/id/person/a> a kg:Person ; rdfs:label "Ada" .
    <https://w3id.org/newskg/id/person/b> a kg:Person ; rdfs:label "Bo" .
    """
    store.load(data.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    return store


QUERY = """# Who is called so?
# param name: the label (default "Ada")
SELECT ?label ?name WHERE { ?p a kg:Person ; rdfs:label ?label . FILTER(?label = ?name) }"""


def test_standard_prefixes_are_predeclared_and_a_parameter_has_a_default(store):
    assert run(QUERY, store).rows == [["Ada", "Ada"]]


def test_a_parameter_binds_its_variable(store):
    assert run(QUERY, store, {"name": "Bo"}).rows == [["Bo", "Bo"]]
    assert run(QUERY, store, {"name": 'Bo" } ?x ?y ?z . {'}).rows == []  # a value cannot inject SPARQL


def test_an_unknown_parameter_or_a_broken_query_is_a_clear_error(store):
    with pytest.raises(QueryError, match="no parameter 'who'"):
        run(QUERY, store, {"who": "x"})
    with pytest.raises(QueryError, match="does not parse"):
        run("SELECT WHERE {", store)


def test_answers_print_as_csv_and_json(store):
    answer = run("SELECT ?label WHERE { ?p rdfs:label ?label } ORDER BY ?label", store)
    assert to_csv(answer) == "label\nAda\nBo\n"
    assert '"label": "Bo"' in to_json(answer)


@pytest.mark.parametrize("query_file", shipped_queries(), ids=lambda q: q.name)
def test_every_shipped_query_states_its_question_and_parses(query_file, store):
    assert query_file.question.endswith("?")
    run(query_file.text, store)  # runs (on a graph without answers) without error


def test_the_shipped_queries_cover_every_competency_question():
    import yaml

    from conftest import GOLD_FILE

    questions = yaml.safe_load(GOLD_FILE.read_text())["questions"]
    # Besides the gold competency questions, the general questions of any news (issue 16), used by kg serve's page.
    general = {"who-did-what-to-whom", "claims", "quotes-by-speaker", "member-statements"}
    assert {q["id"] for q in questions} | general == {q.name for q in shipped_queries()}
    for question in questions:
        assert read_query_file_for(question["id"]).question == question["ask"]


def read_query_file_for(name):
    return next(q for q in shipped_queries() if q.name == name)


def event_classes_of_the_ontology():
    """Each event class of the ontology by local name, with the names of it and the classes it
    specialises, below kg:Event ("Kill" → {"Kill", "Die", "Assault"}; "Event" → {"Event"})."""
    import rdflib

    from kg.knowledge.resources import ontology_dir

    kg = rdflib.Namespace("https://w3id.org/newskg/ontology#")
    ontology = rdflib.Graph().parse(ontology_dir() / "newskg.ttl")
    names = {}
    for event_class in ontology.transitive_subjects(rdflib.RDFS.subClassOf, kg.Event):
        up = set(ontology.transitive_objects(event_class, rdflib.RDFS.subClassOf)) - ({kg.Event} - {event_class})
        names[event_class.removeprefix(str(kg))] = {c.removeprefix(str(kg)) for c in up if c.startswith(str(kg))}
    return names


@pytest.mark.parametrize("name", ["who-did-what-to-whom", "timeline"])
def test_the_kinds_of_event_name_every_event_class_of_the_ontology_a_class_before_those_it_specialises(name):
    """The query reads an event's kinds from its kg:eventType through a table of the event classes: the
    table must follow the ontology, a class before the classes it specialises ("Kill | Assault | Die")."""
    import re

    classes = event_classes_of_the_ontology()
    text = next(q.text for q in shipped_queries() if q.name == name)
    listed = dict(re.findall(r'\("(\w+)" "(\w+(?: \| \w+)*)"\)', text))
    assert set(listed) == set(classes)
    for name, kinds in listed.items():
        kinds = kinds.split(" | ")
        assert kinds[0] == name and set(kinds) == classes[name], name
        for position, kind in enumerate(kinds):
            assert all(kind not in classes[later] for later in kinds[position + 1:]), (name, kind)


def test_foreign_reactions_names_every_event_class_with_each_class_it_specialises():
    import re

    classes = event_classes_of_the_ontology()
    text = next(q.text for q in shipped_queries() if q.name == "foreign-reactions")
    listed = re.findall(r'\("(\w+)" "(\w+)"\)', text)
    assert len(listed) == len(set(listed))
    found = {}
    for name, kind in listed:
        found.setdefault(name, set()).add(kind)
    assert found == classes
